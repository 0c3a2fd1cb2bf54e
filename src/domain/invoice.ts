import { validateBusinessField, type BusinessProblem } from "./business";
import { validateText, type TextProblem } from "./text";
import type { InvoiceInfo } from "./types";

/** How long the buyer's name may be; the other fields are the business's, by the same rules. */
export const BUYER_LENGTH = { min: 2, max: 100 };

/** What is wrong with each field that breaks its rule: the codes the server reports, by field. */
export type InvoiceProblems = { [F in Exclude<keyof InvoiceInfo, "buyer">]?: BusinessProblem[F] } & {
  buyer?: TextProblem;
};

/** The invoice details' fields that break their rule, and how: the screen's check, and the server's. */
export function invoiceProblems(info: InvoiceInfo): InvoiceProblems {
  const results = {
    companyName: validateBusinessField("companyName", info.companyName),
    taxCode: validateBusinessField("taxCode", info.taxCode),
    address: validateBusinessField("address", info.address),
    buyer: validateText(info.buyer, BUYER_LENGTH.min, BUYER_LENGTH.max),
    phone: validateBusinessField("phone", info.phone),
    email: validateBusinessField("email", info.email),
  };
  const problems: Record<string, string> = {};
  for (const [field, result] of Object.entries(results)) if (!result.ok) problems[field] = result.problem;
  return problems as InvoiceProblems;
}
