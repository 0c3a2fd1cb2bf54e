import { tidy, withoutDiacritics } from "./text";

export const ACCOUNT_NAME_MIN = 3;
export const ACCOUNT_NAME_MAX = 80;

export const ACCOUNT_NAME_PROBLEMS = [
  "required",
  "diacritics",
  "special_characters",
  "too_short",
  "too_long",
] as const;
export type AccountNameProblem = (typeof ACCOUNT_NAME_PROBLEMS)[number];

export type AccountNameResult = { ok: true; value: string } | { ok: false; problem: AccountNameProblem };

const ALLOWED = /^[A-Za-z0-9 ]$/;
const ASCII_LETTERS = /^[A-Za-z]*$/;

/** A character the name may not hold that removing diacritics turns into an allowed letter. */
const isAccented = (char: string) => ASCII_LETTERS.test(withoutDiacritics(char));

/** The name as it may be used: tidied and without diacritics. It may still break another rule. */
export function suggestAccountName(input: string): string {
  return tidy(withoutDiacritics(input));
}

/** The characters of `input` the name may not hold and that no conversion fixes, each once. */
export function specialCharacters(input: string): string[] {
  return [...new Set([...tidy(input)].filter((c) => !ALLOWED.test(c) && !isAccented(c)))];
}

/**
 * Today's ZCA name rule, shared by the name step and the server: ASCII letters, digits and single
 * spaces ("không dấu, không ký tự đặc biệt"), 3–80 characters. Whitespace is tidied first.
 * Diacritics are reported before other characters: one tap converts them.
 */
export function validateAccountName(input: string): AccountNameResult {
  const value = tidy(input);
  if (value.length === 0) return { ok: false, problem: "required" };
  const refused = [...value].filter((c) => !ALLOWED.test(c));
  if (refused.some(isAccented)) return { ok: false, problem: "diacritics" };
  if (refused.length > 0) return { ok: false, problem: "special_characters" };
  if (value.length < ACCOUNT_NAME_MIN) return { ok: false, problem: "too_short" };
  if (value.length > ACCOUNT_NAME_MAX) return { ok: false, problem: "too_long" };
  return { ok: true, value };
}
