import { parseVietnamMobile } from "./phone";
import type { InvoiceInfo } from "./types";

/** A Vietnamese tax code (mã số thuế): 10 digits, or 10-3 for a branch. */
export const TAX_CODE = /^\d{10}(-\d{3})?$/;
/** How long a company's and a buyer's names may be, trimmed. */
export const COMPANY_NAME_LENGTH = { min: 2, max: 200 };
export const BUYER_LENGTH = { min: 2, max: 100 };
export const EMAIL_MAX = 200;

const within = (text: string, { min, max }: { min: number; max: number }) =>
  text.trim().length >= min && text.trim().length <= max;

/**
 * The invoice details' fields a screen can tell are wrong before sending them; the server's
 * schema checks the same rules (its email check is the stricter one).
 */
export function invoiceProblems(info: InvoiceInfo): (keyof InvoiceInfo)[] {
  const wrong: Record<keyof InvoiceInfo, boolean> = {
    companyName: !within(info.companyName, COMPANY_NAME_LENGTH),
    taxCode: !TAX_CODE.test(info.taxCode.trim()),
    buyer: !within(info.buyer, BUYER_LENGTH),
    phone: !parseVietnamMobile(info.phone).ok,
    email: info.email.trim().length > EMAIL_MAX || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(info.email.trim()),
  };
  return (Object.keys(wrong) as (keyof InvoiceInfo)[]).filter((field) => wrong[field]);
}
