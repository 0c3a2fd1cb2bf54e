import { accountPath } from "../../api/account-path";
import { request, requestFile, type ApiFile } from "../../api/client";
import type { Lang } from "../../domain/languages";
import type { ReportFormat } from "../../domain/report-range";
import type { TopupRequest } from "../../domain/schemas";
import type { InvoiceInfo, Page, Spending, Topup, Transaction } from "../../domain/types";

/** Starts a top-up; the same key answers the same top-up, however often it is sent. */
export function startTopup(accountId: string, body: TopupRequest, idempotencyKey: string): Promise<Topup> {
  return request("POST", `${accountPath(accountId)}/topups`, {
    body,
    headers: { "Idempotency-Key": idempotencyKey },
  });
}

export function getTopup(accountId: string, topupId: string): Promise<Topup> {
  return request("GET", `${accountPath(accountId)}/topups/${encodeURIComponent(topupId)}`);
}

/** Tells the server Zalo's order id, so it can ask Checkout about the order if no callback comes. */
export function reportCheckoutOrder(accountId: string, topupId: string, orderId: string): Promise<void> {
  return request("POST", `${accountPath(accountId)}/topups/${encodeURIComponent(topupId)}/checkout-order`, {
    body: { orderId },
  });
}

/**
 * Tells the server Zalo's checkout sheet closed: it asks Checkout about the order at once and
 * answers the top-up as it is then (failed, credited, or still pending).
 */
export function reportCheckoutClosed(accountId: string, topupId: string): Promise<Topup> {
  return request("POST", `${accountPath(accountId)}/topups/${encodeURIComponent(topupId)}/checkout-closed`, {
    body: {},
  });
}

export function listTransactions(accountId: string, cursor?: string): Promise<Page<Transaction>> {
  const query = new URLSearchParams({ limit: "20", ...(cursor ? { cursor } : {}) });
  return request("GET", `${accountPath(accountId)}/transactions?${query}`);
}

export function getSpending(accountId: string): Promise<Spending> {
  return request("GET", `${accountPath(accountId)}/spending`);
}

export function getInvoiceInfo(accountId: string): Promise<InvoiceInfo | null> {
  return request("GET", `${accountPath(accountId)}/invoice-info`);
}

export function putInvoiceInfo(accountId: string, info: InvoiceInfo): Promise<InvoiceInfo> {
  return request("PUT", `${accountPath(accountId)}/invoice-info`, { body: info });
}

export type DevCheckoutOutcome = "pay" | "fail" | "cancel" | "pay_late";

/** Dev mode only: the server plays Zalo Checkout and sends its signed callback to itself. */
export function simulateCheckout(
  accountId: string,
  topupId: string,
  outcome: DevCheckoutOutcome,
): Promise<void> {
  return request("POST", `/dev/checkout/${encodeURIComponent(accountId)}/${encodeURIComponent(topupId)}`, {
    body: { outcome },
  });
}

/** Dev mode only: the server plays the bank and sends its signed transfer notice to itself. */
export function simulateTransfer(accountId: string, topupId: string): Promise<void> {
  return request(
    "POST",
    `/dev/bank-transfer/${encodeURIComponent(accountId)}/${encodeURIComponent(topupId)}`,
    { body: {} },
  );
}

/** What a report covers: months "YYYY-MM" (both counted), its format and its headers' language. */
export interface ReportRequest {
  from: string;
  to: string;
  format: ReportFormat;
  lang: Lang;
}

/** "Chi tiêu" or "Lịch sử giao dịch" of the chosen months, as a file to keep. */
export function exportReport(
  accountId: string,
  report: "spending" | "history",
  choice: ReportRequest,
): Promise<ApiFile> {
  const query = new URLSearchParams({ ...choice });
  return requestFile(`${accountPath(accountId)}/${report}/export?${query}`);
}

/** Records that the person confirmed the tax code the ZCA's invoices will carry (before its first top-up). */
export function confirmTaxCode(accountId: string, taxCode: string): Promise<void> {
  return request("POST", `${accountPath(accountId)}/tax-code-confirmation`, { body: { taxCode } });
}

/** An e-invoice for one credited payment, as `GET /accounts/:id/invoices` lists it. */
export interface Invoice {
  id: string;
  /** The provider's number and series (ký hiệu); null while it is being issued. */
  number: string | null;
  series: string | null;
  /** The top-up it was paid by; null for money credited without one (a plain transfer, staff). */
  topupId: string | null;
  amount: number;
  status: "issuing" | "issued" | "emailed" | "failed";
  issuedAt: string | null;
  /** Whom it is made out to, as they were when it was issued. */
  buyer: { companyName: string; taxCode: string; address: string; email: string };
}

export function listInvoices(accountId: string, cursor?: string): Promise<Page<Invoice>> {
  const query = new URLSearchParams({ limit: "20", ...(cursor ? { cursor } : {}) });
  return request("GET", `${accountPath(accountId)}/invoices?${query}`);
}

/** The provider's signed PDF, fetched with the session (never a link carrying the token). */
export async function getInvoicePdf(accountId: string, invoiceId: string): Promise<Blob> {
  const path = `${accountPath(accountId)}/invoices/${encodeURIComponent(invoiceId)}/pdf`;
  return (await requestFile(path, "application/pdf")).blob;
}
