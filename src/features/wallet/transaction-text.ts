import type { Transaction } from "../../domain/types";
import type { Formatters } from "../../i18n/format";
import type { strings } from "./strings";

type HistoryStrings = (typeof strings)["vi"]["history"];

/** What an entry was, in words: the server sends a code ("zns"), the screen names it. */
export function describe(transaction: Transaction, t: HistoryStrings): string {
  return t.descriptions[transaction.description] ?? t.kinds[transaction.kind];
}

/** "+200.000 đ" for money in, "−220.000 đ" for money out. */
export function signedMoney(amount: number, format: Formatters): string {
  return `${amount < 0 ? "−" : "+"}${format.money(Math.abs(amount))}`;
}
