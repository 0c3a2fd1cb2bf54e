export const ACCOUNT_NAME_MIN = 3;
export const ACCOUNT_NAME_MAX = 80;

export type AccountNameProblem = "required" | "too_short" | "too_long" | "bad_characters";

export type AccountNameResult = { ok: true; value: string } | { ok: false; problem: AccountNameProblem };

// Control and format characters, lone UTF-16 surrogates (no character at all: storage would turn
// them into U+FFFD), and the characters that build markup or scripts.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}<>{}`\\]/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The ZCA name rule, shared by the name step and the server. Trims and collapses spaces. */
export function validateAccountName(input: string): AccountNameResult {
  const value = input.normalize("NFC").trim().replace(/\s+/gu, " ");
  if (value.length === 0) return { ok: false, problem: "required" };
  if (FORBIDDEN.test(value) || !HAS_LETTER_OR_DIGIT.test(value)) {
    return { ok: false, problem: "bad_characters" };
  }
  const length = [...value].length;
  if (length < ACCOUNT_NAME_MIN) return { ok: false, problem: "too_short" };
  if (length > ACCOUNT_NAME_MAX) return { ok: false, problem: "too_long" };
  return { ok: true, value };
}
