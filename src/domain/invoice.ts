import { validateBusinessField } from "./business";
import { validateText } from "./text";
import type { InvoiceInfo } from "./types";

/** How long the buyer's name may be; the other fields are the business's, by the same rules. */
export const BUYER_LENGTH = { min: 2, max: 100 };

/** The invoice details' fields that break their rule: the screen's check, and the server's. */
export function invoiceProblems(info: InvoiceInfo): (keyof InvoiceInfo)[] {
  const ok: Record<keyof InvoiceInfo, boolean> = {
    companyName: validateBusinessField("companyName", info.companyName).ok,
    taxCode: validateBusinessField("taxCode", info.taxCode).ok,
    buyer: validateText(info.buyer, BUYER_LENGTH.min, BUYER_LENGTH.max).ok,
    phone: validateBusinessField("phone", info.phone).ok,
    email: validateBusinessField("email", info.email).ok,
  };
  return (Object.keys(ok) as (keyof InvoiceInfo)[]).filter((field) => !ok[field]);
}
