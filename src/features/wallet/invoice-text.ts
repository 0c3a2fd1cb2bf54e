import { invoiceNumberShown, type Invoice, type InvoiceLink } from "../../domain/invoices";
import type { strings } from "./strings";

type InvoiceWords = (typeof strings)["vi"]["invoices"];

/** "Số 12 · Ký hiệu C26TZC"; before the provider gave it a number, "Đang xuất" or "Chưa có số". */
export function invoiceName(invoice: Invoice, t: InvoiceWords): string {
  if (invoice.number && invoice.series) {
    return t.number(invoiceNumberShown(invoice.number, invoice.series), invoice.series);
  }
  return invoice.status === "issuing" ? t.issuing : t.noNumber;
}

/** A linked invoice's number as the screens say it, without its series: null before it has one. */
export function linkedNumber(link: InvoiceLink): string | null {
  return link.number === null ? null : invoiceNumberShown(link.number, link.series);
}

/** "Thay thế cho hóa đơn số 1" / "Đã được thay thế bởi hóa đơn số 2", or null for neither. */
export function replacementSentences(invoice: Invoice, t: InvoiceWords): string[] {
  return [
    invoice.replaces && t.replaces(linkedNumber(invoice.replaces)),
    invoice.replacedBy && t.replacedBy(linkedNumber(invoice.replacedBy)),
  ].filter((sentence): sentence is string => Boolean(sentence));
}

/** Where the invoice is, in a sentence: being issued, issued, emailed (to whom), or what happens now. */
export function invoiceStatus(invoice: Invoice, t: InvoiceWords): string {
  const s = t.statuses;
  switch (invoice.status) {
    case "issuing":
      return s.issuing;
    case "issued":
      return s.issued(invoice.buyer.email);
    case "emailed":
      return s.emailed(invoice.buyer.email);
    case "failed":
      return s.failed;
  }
}
