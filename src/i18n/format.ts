import type { Lang } from "../domain/languages";
import { whenIdle } from "../platform/idle";
import { useLocale } from "./locale";

const LOCALE_TAG: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };

export interface Formatters {
  number(n: number): string;
  /** An amount of Vietnamese đồng: "1.250.000 đ", "₫1,250,000". */
  money(amount: number): string;
  /** A day: "12/03/2024", "Mar 12, 2024". */
  date(iso: string): string;
  /** A moment: "09:00 20/11/2026", "Nov 20, 2026, 09:00". */
  dateTime(iso: string): string;
  /** A month ("2026-07"): "Tháng 7/2026", "July 2026". */
  month(yearMonth: string): string;
  /** A month's short name under a chart's bar: "T7", "Jul". */
  monthShort(yearMonth: string): string;
  /** An amount where space is short, such as above a chart's bar: "210 nghìn", "₫210K". */
  compactMoney(amount: number): string;
  /** Names joined as a sentence says them: "A, B và C", "A, B, and C". */
  list(items: string[]): string;
}

const cache = new Map<Lang, Formatters>();
/** Each language's Intl formatters, to build ahead of use (prepareFormatters). */
const builders = new Map<Lang, (() => unknown)[]>();

/**
 * Builds the Intl formatters of `lang` before a screen needs them, one each time the page is
 * idle: building one loads its locale's data, tens of milliseconds on a mid-range phone, which
 * would otherwise fall on the first screen that writes a date or an amount.
 */
export function prepareFormatters(lang: Lang): void {
  formatters(lang);
  const waiting = [...(builders.get(lang) ?? [])];
  const buildNext = () => {
    waiting.shift()?.();
    if (waiting.length > 0) whenIdle(buildNext);
  };
  whenIdle(buildNext);
}

/** Numbers, đồng amounts and dates as the chosen language writes them (Intl). */
export function formatters(lang: Lang): Formatters {
  let f = cache.get(lang);
  if (!f) {
    const tag = LOCALE_TAG[lang];
    const waiting: (() => unknown)[] = [];
    builders.set(lang, waiting);
    /** `make()`, made on first use (or by prepareFormatters), not all at once. */
    const onFirstUse = <T>(make: () => T): (() => T) => {
      let made: T | undefined;
      const get = () => (made ??= make());
      waiting.push(get);
      return get;
    };
    const number = onFirstUse(() => new Intl.NumberFormat(tag));
    const currency = onFirstUse(() => new Intl.NumberFormat(tag, { style: "currency", currency: "VND" }));
    const dayOptions: Intl.DateTimeFormatOptions =
      lang === "vi"
        ? { day: "2-digit", month: "2-digit", year: "numeric" }
        : { day: "numeric", month: "short", year: "numeric" };
    const day = onFirstUse(() => new Intl.DateTimeFormat(tag, dayOptions));
    const moment = onFirstUse(
      () =>
        new Intl.DateTimeFormat(tag, { ...dayOptions, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
    );
    // A "YYYY-MM" month names the same month wherever the phone is: read and written in UTC.
    const monthOf = (yearMonth: string) => new Date(`${yearMonth}-01T00:00:00Z`);
    const monthLong = onFirstUse(
      () => new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }),
    );
    const monthName = onFirstUse(() => new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" }));
    const compact = onFirstUse(
      () =>
        new Intl.NumberFormat(
          tag,
          lang === "vi"
            ? { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 }
            : { style: "currency", currency: "VND", notation: "compact", maximumFractionDigits: 1 },
        ),
    );
    const list = onFirstUse(() => new Intl.ListFormat(tag, { type: "conjunction" }));
    f = {
      number: (n) => number().format(n),
      // Vietnamese business owners write đồng as "đ" after the amount, as the guide does.
      money: (amount) => (lang === "vi" ? `${number().format(amount)} đ` : currency().format(amount)),
      date: (iso) => day().format(new Date(iso)),
      dateTime: (iso) => moment().format(new Date(iso)),
      // Intl writes Vietnamese months as "tháng 07, 2026"; a business owner writes "Tháng 7/2026".
      month: (yearMonth) =>
        lang === "vi"
          ? `Tháng ${Number(yearMonth.slice(5))}/${yearMonth.slice(0, 4)}`
          : monthLong().format(monthOf(yearMonth)),
      monthShort: (yearMonth) =>
        lang === "vi" ? `T${Number(yearMonth.slice(5))}` : monthName().format(monthOf(yearMonth)),
      compactMoney: (amount) => compact().format(amount),
      list: (items) => list().format(items),
    };
    cache.set(lang, f);
  }
  return f;
}

export function useFormat(): Formatters {
  return formatters(useLocale((s) => s.lang));
}
