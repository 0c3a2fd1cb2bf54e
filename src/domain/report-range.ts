/** The formats a report is taken away in. */
export const REPORT_FORMATS = ["csv", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Longest range of a report, in months: two years of a ZCA's money in one file. */
export const REPORT_MONTHS_MAX = 24;

/** Months are Vietnam's: a ZCA's business runs on Asia/Ho_Chi_Minh's calendar. */
export const REPORT_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** A calendar month, "YYYY-MM", from 2000-01 to 2099-12 (2026-13 is none). */
const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value);
}

/** How many months from `from` to `to`, both counted (2026-01..2026-03 is 3). */
export function monthsInRange(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return index(to) - index(from) + 1;
}

/** The month `offset` months after `month` (before it when negative). */
export function addMonths(month: string, offset: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The month it is now in Vietnam. */
export function currentMonth(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: REPORT_TIME_ZONE, year: "numeric", month: "2-digit" })
    .format(now)
    .slice(0, 7);
}

/**
 * What is wrong with a report's range, by field, in the stable codes a refusal carries: a month
 * that is none ("invalid"), an end before the start ("before_from"), more than
 * REPORT_MONTHS_MAX months ("range_too_long"). Empty when the range is good.
 */
export function reportRangeProblems(from: unknown, to: unknown): Record<string, string> {
  if (!isMonth(from) || !isMonth(to)) {
    return { ...(isMonth(from) ? {} : { from: "invalid" }), ...(isMonth(to) ? {} : { to: "invalid" }) };
  }
  const months = monthsInRange(from, to);
  if (months < 1) return { to: "before_from" };
  if (months > REPORT_MONTHS_MAX) return { to: "range_too_long" };
  return {};
}
