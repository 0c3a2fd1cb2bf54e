/** Free text as stored: composed (NFC), trimmed, each run of whitespace one space. */
export function tidy(input: string): string {
  return input.normalize("NFC").trim().replace(/\s+/gu, " ");
}

/**
 * The text without its diacritics: "Công ty TNHH Cà phê Sáng" → "Cong ty TNHH Ca phe Sang". Đ is a
 * letter of its own in Unicode, not D with a mark, so it is mapped by hand (with Ð, which some
 * Vietnamese keyboards type for it).
 */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đð]/gu, "d")
    .replace(/[ĐÐ]/gu, "D")
    .normalize("NFC");
}

export type TextProblem = "required" | "too_short" | "too_long" | "bad_characters";

export type TextResult = { ok: true; value: string } | { ok: false; problem: TextProblem };

// Control and format characters, lone UTF-16 surrogates (no character at all: storage would turn
// them into U+FFFD), and the characters that build markup or scripts.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}<>{}`\\]/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A name or an address in any script, diacritics welcome, `min`–`max` characters. */
export function validateText(input: string, min: number, max: number): TextResult {
  const value = tidy(input);
  if (value.length === 0) return { ok: false, problem: "required" };
  if (FORBIDDEN.test(value) || !HAS_LETTER_OR_DIGIT.test(value)) {
    return { ok: false, problem: "bad_characters" };
  }
  const length = [...value].length;
  if (length < min) return { ok: false, problem: "too_short" };
  if (length > max) return { ok: false, problem: "too_long" };
  return { ok: true, value };
}

/** Whether an OA's or app's name contains `query`, ignoring case and Vietnamese diacritics, as the server searches. */
export function nameMatches({ name }: { name: string }, query: string): boolean {
  const fold = (text: string) => withoutDiacritics(text).toLowerCase();
  return fold(name).includes(fold(query));
}
