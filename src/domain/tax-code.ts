/**
 * A Vietnamese enterprise tax code (mã số thuế): two digits of the province, seven of a sequence
 * (never all zero), and a check digit; a branch adds "-" and three digits (001–999). The check
 * digit is 10 − (Σ digit × weight mod 11) over the first nine digits; a prefix whose sum is a
 * multiple of 11 would need "10" and is never issued. People write the code with spaces or dots
 * ("0312 68 78 78 - 001", "01.00.112.437"); it is stored as "0312687878-001".
 */
export type TaxCodeProblem = "required" | "format" | "checksum";

export type TaxCodeResult = { ok: true; value: string } | { ok: false; problem: TaxCodeProblem };

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
const SHAPE = /^(\d{10})(?:[-–]?(\d{3}))?$/;

/** The check digit of the first nine digits, or null when none exists. */
export function taxCodeCheckDigit(firstNine: string): number | null {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstNine[i]), 0);
  const remainder = sum % 11;
  return remainder === 0 ? null : 10 - remainder;
}

export function validateTaxCode(input: string): TaxCodeResult {
  const compact = input.replace(/[\s.]/gu, "");
  if (compact === "") return { ok: false, problem: "required" };
  const match = SHAPE.exec(compact);
  if (!match) return { ok: false, problem: "format" };
  const [, main, branch] = match as unknown as [string, string, string | undefined];
  if (main.slice(2, 9) === "0000000" || branch === "000") return { ok: false, problem: "format" };
  if (taxCodeCheckDigit(main) !== Number(main[9])) return { ok: false, problem: "checksum" };
  return { ok: true, value: branch ? `${main}-${branch}` : main };
}
