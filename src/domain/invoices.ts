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
}
