import { AMOUNT_MAX } from "./money";

/** Why a typed amount is not one. */
export type AmountTextProblem = "sign" | "decimal" | "grouping" | "not_a_number" | "too_large";

export type AmountText =
  | { amount: number | null; problem: null }
  | { amount: null; problem: AmountTextProblem };

/**
 * An amount of đồng as people write it: the one reading of every amount field. Vietnamese groups
 * thousands with "." and writes a decimal part after "," (English the other way round: `group`).
 * Spaces are ignored; empty is no amount. A sign, a decimal part, separators that do not group
 * thousands, any other character, an amount over AMOUNT_MAX: refused with why, never read as
 * another number ("50000.00" is not 5.000.000, "-50000" not 50.000, "1e6" not 16).
 */
export function parseAmount(text: string, group: "." | "," = "."): AmountText {
  const decimal = group === "." ? "," : ".";
  const compact = text.replace(/\s/g, "");
  if (compact === "") return { amount: null, problem: null };
  if (/[+\-\u2212]/.test(compact)) return refuse("sign");
  if (!/^[\d.,]+$/.test(compact)) return refuse("not_a_number");
  // "100.000,00", "50000.00": one or two digits after the last mark are cents, not thousands.
  if (compact.includes(decimal) || /[.,]\d{1,2}$/.test(compact)) return refuse("decimal");
  const grouped = group === "." ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
  if (!/^\d+$/.test(compact) && !grouped.test(compact)) return refuse("grouping");
  const digits = compact.replaceAll(group, "").replace(/^0+(?=\d)/, "");
  if (digits.length > String(AMOUNT_MAX).length || Number(digits) > AMOUNT_MAX) return refuse("too_large");
  return { amount: Number(digits), problem: null };
}

const refuse = (problem: AmountTextProblem): AmountText => ({ amount: null, problem });
