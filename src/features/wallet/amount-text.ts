/** The most digits an amount takes: 999.999.999.999 đ, far above any top-up, and a safe integer. */
const MAX_DIGITS = 12;

/**
 * What a person typed in an amount field, read back: the amount (null when empty) and its text
 * grouped as the language writes it ("1.250.000"), with the caret after the same digits it
 * followed, so typing or deleting in the middle of a number does not throw the caret to its end.
 */
export function readAmount(
  typed: string,
  caret: number,
  group: (amount: number) => string,
): { amount: number | null; text: string; caret: number } {
  const digits = typed.replace(/\D/g, "").slice(0, MAX_DIGITS);
  if (digits === "") return { amount: null, text: "", caret: 0 };
  const amount = Number(digits);
  const text = group(amount);
  // Leading zeros vanish ("007" is 7): the caret follows the digits that stay.
  const dropped = digits.length - String(amount).length;
  const keep = Math.max(0, typed.slice(0, caret).replace(/\D/g, "").length - dropped);
  let position = 0;
  for (let seen = 0; position < text.length && seen < keep; position++) {
    if (/\d/.test(text[position]!)) seen++;
  }
  return { amount, text, caret: position };
}
