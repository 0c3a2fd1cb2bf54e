import { accountPath } from "../../api/account-path";
import { request, requestFile, type ApiFile } from "../../api/client";
import type { FileLink, FileLinkRequest } from "../../domain/file-links";
import type { Lang } from "../../domain/languages";
import type { ReportFormat } from "../../domain/report-range";
import type { Invoice } from "../../domain/invoices";
import type { InvoiceReplacement, TopupRequest } from "../../domain/schemas";
import type { InvoiceInfo, Page, SavedInvoiceInfo, Spending, Topup, Transaction } from "../../domain/types";
import type { UsageKind } from "../../domain/usage";

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

export function getInvoiceInfo(accountId: string): Promise<SavedInvoiceInfo | null> {
  return request("GET", `${accountPath(accountId)}/invoice-info`);
}

export function putInvoiceInfo(accountId: string, info: InvoiceInfo): Promise<SavedInvoiceInfo> {
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

/** What "Giả lập chi tiêu" charges: a kind of usage, the OA or app it is for, and the amount. */
export interface DevSpend {
  kind: UsageKind;
  oaId?: string;
  appId?: string;
  amount: number;
}

/** How the signed usage routes answered the simulated service. */
export type DevSpendOutcome = { outcome: "debited" } | { outcome: "refused"; reason: string };

/** Dev mode only: the server plays Zalo's charging service and sends its signed calls to itself. */
export function simulateSpend(accountId: string, spend: DevSpend): Promise<DevSpendOutcome> {
  return request("POST", `/dev/usage/${encodeURIComponent(accountId)}`, { body: spend });
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

export function listInvoices(accountId: string, cursor?: string): Promise<Page<Invoice>> {
  const query = new URLSearchParams({ limit: "20", ...(cursor ? { cursor } : {}) });
  return request("GET", `${accountPath(accountId)}/invoices?${query}`);
}

/** The provider's signed PDF, fetched with the session (never a link carrying the token). */
export async function getInvoicePdf(accountId: string, invoiceId: string): Promise<Blob> {
  const path = `${accountPath(accountId)}/invoices/${encodeURIComponent(invoiceId)}/pdf`;
  return (await requestFile(path, "application/pdf")).blob;
}

/**
 * A short-lived link that serves one of the ZCA's files without the session, for Zalo's viewer and
 * downloader (never shared: whoever holds it gets the file for its few minutes).
 */
export function createFileLink(accountId: string, file: FileLinkRequest): Promise<FileLink> {
  return request("POST", `${accountPath(accountId)}/file-links`, { body: file });
}

/**
 * Asks for a replacement of an issued invoice with a corrected company name or address; answers
 * the replacement (being issued). The same correction sent again answers the same replacement.
 */
export function replaceInvoice(
  accountId: string,
  invoiceId: string,
  correction: InvoiceReplacement,
): Promise<Invoice> {
  return request("POST", `${accountPath(accountId)}/invoices/${encodeURIComponent(invoiceId)}/replacement`, {
    body: correction,
  });
}
