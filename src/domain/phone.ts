/**
 * A Vietnamese mobile number in any form people write it ("0901 000 001", "+84 901-000-001",
 * "84901000001", "(+84) 901.000.001"), as E.164 ("+84901000001"). Mobile numbers have nine digits
 * after the country code and start with 3, 5, 7, 8 or 9 since the 2018 renumbering.
 */
export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: "required" | "format" };

const SEPARATORS = /[\s.\-()]/g;
const NATIONAL = /^[35789]\d{8}$/;

export function parseVietnamMobile(input: string): PhoneResult {
  const compact = input.trim().replace(SEPARATORS, "");
  if (compact === "") return { ok: false, problem: "required" };
  const national = compact.replace(/^(\+84|0084|84|0)/, "");
  if (national === compact || !NATIONAL.test(national)) return { ok: false, problem: "format" };
  return { ok: true, e164: `+84${national}` };
}

/**
 * A number as Zalo's Graph API gives it ("84912345678") or as a person types it, in E.164: a
 * Vietnamese mobile as "+84…", any other number as "+" and its digits.
 */
export function toE164(raw: string): string {
  const vietnamese = parseVietnamMobile(raw);
  return vietnamese.ok ? vietnamese.e164 : `+${raw.replace(/\D/g, "")}`;
}

/** A number as it is shown back, even to its owner: the last three digits ("•••••••001"). */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const national = phone.startsWith("+84") ? `0${phone.slice(3)}` : phone;
  return `${"•".repeat(Math.max(0, national.length - 3))}${national.slice(-3)}`;
}

/** A Vietnamese mobile as people write it at home ("0901 000 001"); any other number as stored. */
export function formatVietnamMobile(phone: string): string {
  const national = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return national ? `0${national[1]} ${national[2]} ${national[3]}` : phone;
}
