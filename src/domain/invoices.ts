/**
 * An e-invoice's life: `issuing` until the provider numbers it, `issued` once numbered (its PDF
 * fetched), `emailed` once the provider has sent it to the buyer, `failed` after the retries.
 */
export const INVOICE_STATUSES = ["issuing", "issued", "emailed", "failed"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Who an invoice is made out to, as it was when the invoice was made (never changed after). */
export interface InvoiceBuyer {
  companyName: string;
  taxCode: string;
  address: string;
  email: string;
}

/** Another invoice this one points at: the one it replaces, or the one that replaced it. */
export interface InvoiceLink {
  id: string;
  /** null while that invoice is being issued. */
  number: string | null;
  series: string | null;
}

/** One e-invoice of a ZCA: one per credited payment. `topupId` is null for money without a top-up. */
export interface Invoice {
  id: string;
  number: string | null;
  series: string | null;
  topupId: string | null;
  amount: number;
  status: InvoiceStatus;
  issuedAt: string | null;
  buyer: InvoiceBuyer;
  /** The invoice this replacement corrects (a wrong company name or address); null on an original. */
  replaces: InvoiceLink | null;
  /** The replacement that corrects this one; null while it stands as issued. */
  replacedBy: InvoiceLink | null;
}

/** Whether an issued invoice may still be corrected by a replacement: issued, and not replaced yet. */
export function canReplace(invoice: Pick<Invoice, "status" | "replacedBy">): boolean {
  return (invoice.status === "issued" || invoice.status === "emailed") && invoice.replacedBy === null;
}

/**
 * The invoice's number as a person reads it beside its series: Viettel's invoiceNo starts with
 * the series ("C26TZC1" for series "C26TZC", "AA/20E0000123" for "AA/20E"), which the screen
 * already shows, so the series is not repeated. A number that does not start with its series is
 * shown as it is.
 */
export function invoiceNumberShown(number: string, series: string | null): string {
  if (series && number.length > series.length && number.startsWith(series)) {
    return number.slice(series.length);
  }
  return number;
}

/**
 * An invoice PDF's file name, the same from the API and the app: "<stem>-<series>-<number without
 * the series>.pdf", only letters, digits, "-" and "_" from the provider's values.
 */
export function invoicePdfFileName(stem: string, number: string, series: string | null): string {
  const safe = (part: string) => part.replace(/[^A-Za-z0-9_-]/g, "");
  return `${stem}-${safe(series ?? "")}-${safe(invoiceNumberShown(number, series))}.pdf`;
}
