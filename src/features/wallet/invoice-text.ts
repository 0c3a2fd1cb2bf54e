import type { Invoice } from "./api";
import type { strings } from "./strings";

type InvoiceWords = (typeof strings)["vi"]["invoices"];

/** "Số 0000123 · Ký hiệu 1C26TAA"; before the provider gave it a number, "Đang xuất" or "Chưa có số". */
export function invoiceName(invoice: Invoice, t: InvoiceWords): string {
  if (invoice.number && invoice.series) return t.number(invoice.number, invoice.series);
  return invoice.status === "issuing" ? t.issuing : t.noNumber;
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
