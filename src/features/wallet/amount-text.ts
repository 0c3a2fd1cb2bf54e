import { parseAmount, type AmountTextProblem } from "../../domain/amount-text";

/** An edit of an amount field: what it showed, whether that was our grouping, what it shows now. */
export interface AmountEdit {
  before: string;
  /** `before` is an amount as we grouped it (or empty): its separators are ours, not the person's. */
  ours: boolean;
  typed: string;
  caret: number;
}

/**
 * What a person typed in an amount field, read back: the amount (null when empty or not an
 * amount), why it is not one, and the text to show with its caret. Digits typed into or deleted
 * from an amount we grouped are read as its digits, regrouped ("1.250.000"), with the caret after
 * the same digits it followed. Anything else typed or pasted (a sign, a decimal part, a letter, a
 * dot of the person's own) is read by parseAmount as written, and shown as written when it is not
 * an amount, so the field never shows a number the person did not write.
 */
export function readAmount(
  edit: AmountEdit,
  group: (amount: number) => string,
): { amount: number | null; problem: AmountTextProblem | null; text: string; caret: number } {
  const separator = group(1000).replace(/\d/g, "") === "," ? "," : ".";
  const digitsOnly = edit.ours && /^\d*$/.test(inserted(edit.before, edit.typed));
  const read = parseAmount(digitsOnly ? edit.typed.replace(/\D/g, "") : edit.typed, separator);
  if (read.amount === null) {
    return read.problem ? { ...read, text: edit.typed, caret: edit.caret } : { ...read, text: "", caret: 0 };
  }
  const text = group(read.amount);
  // Leading zeros vanish ("007" is 7): the caret follows the digits that stay.
  const dropped = edit.typed.replace(/\D/g, "").length - String(read.amount).length;
  const keep = Math.max(0, edit.typed.slice(0, edit.caret).replace(/\D/g, "").length - dropped);
  let position = 0;
  for (let seen = 0; position < text.length && seen < keep; position++) {
    if (/\d/.test(text[position]!)) seen++;
  }
  return { amount: read.amount, problem: null, text, caret: position };
}

/** What an edit put between the text it kept at the start and at the end. */
function inserted(before: string, after: string): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  return after.slice(start, after.length - end);
}
