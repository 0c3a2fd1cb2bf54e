import { z } from "zod";
import type { InvoiceBuyer } from "../../src/domain/invoices";
import { fetchJson, OutboundError } from "../outbound";

/** How long the provider has to answer one call. */
const EINVOICE_TIMEOUT_MS = 15_000;

/** The one line every top-up invoice carries, as Zalo's own top-up invoices word it. */
export const INVOICE_LINE = "Nạp tiền tài khoản Zalo Cloud Account";
/** Value-added tax on a top-up, in percent: the amount paid includes it. */
export const VAT_PERCENT = 10;

export interface EinvoiceSettings {
  /** Viettel S-Invoice's base URL (EINVOICE_URL): …/InvoiceAPI/… is appended. */
  url: string;
  username: string;
  password: string;
  /** Our own tax code as the seller: in the path of every call. */
  supplierTaxCode: string;
  /** Mẫu số and ký hiệu registered with the tax authority (e.g. "1/001", "C26TZC"). */
  templateCode: string;
  series: string;
}

/** What a replacement invoice's reference says; the invoice it replaces has the same template. */
export const REPLACEMENT_REASON = "Thay thế hóa đơn lập sai tên công ty hoặc địa chỉ người mua";

/** The invoice a replacement replaces (Decree 70/2025), as Viettel's replacement fields name it. */
export interface ReplacedInvoice {
  /** Its invoiceNo as Viettel gave it. */
  invoiceNo: string;
  issuedAt: Date;
  /** additionalReferenceDesc: why, in words (the agreement or notice of the error). */
  reason: string;
  /** additionalReferenceDate: when the correction was asked for. */
  agreedAt: Date;
}

/** What we ask for: one invoice, its key the invoice's own id. */
export interface InvoiceRequest {
  /** Viettel's idempotency key: the same uuid never makes a second invoice. */
  transactionUuid: string;
  buyer: InvoiceBuyer;
  /** What the person paid, VAT included. */
  amount: number;
  issuedAt: Date;
  /** Set on a replacement invoice: the one it replaces. */
  replaces?: ReplacedInvoice;
}

export interface IssuedInvoice {
  invoiceNo: string;
  series: string;
  /** Viettel's reservationCode: the lookup code printed on the invoice. */
  lookupCode: string;
  transactionId: string;
}

/** The provider refused the invoice (its errorCode) or could not be reached. */
export class EinvoiceError extends OutboundError {}

const createAnswer = z.object({
  errorCode: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  result: z
    .object({
      supplierTaxCode: z.string(),
      invoiceNo: z.string().min(1),
      transactionID: z.string(),
      reservationCode: z.string(),
    })
    .nullable()
    .optional(),
});
const statusAnswer = z.object({
  errorCode: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
});
const fileAnswer = z.object({
  errorCode: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  fileToBytes: z.string().nullable().optional(),
  fileName: z.string().nullable().optional(),
});

/** The amount paid split into its price and VAT, in whole đồng (the tax rounded). */
export function splitVat(amount: number): { withoutTax: number; tax: number } {
  const withoutTax = Math.round((amount * 100) / (100 + VAT_PERCENT));
  return { withoutTax, tax: amount - withoutTax };
}

/**
 * generalInvoiceInfo's adjustment fields: "1" for an original; for a replacement "3" and the
 * original's number, issue date and template, with the reference (why, and when it was asked).
 */
function adjustmentFields(settings: EinvoiceSettings, replaces: ReplacedInvoice | undefined) {
  if (!replaces) return { adjustmentType: "1" };
  return {
    adjustmentType: "3",
    originalInvoiceId: replaces.invoiceNo,
    originalInvoiceIssueDate: replaces.issuedAt.getTime(),
    originalTemplateCode: settings.templateCode,
    additionalReferenceDesc: replaces.reason,
    additionalReferenceDate: replaces.agreedAt.getTime(),
  };
}

/** Viettel's createInvoice body for one top-up invoice, or its replacement. */
export function invoiceBody(settings: EinvoiceSettings, request: InvoiceRequest) {
  const { withoutTax, tax } = splitVat(request.amount);
  return {
    generalInvoiceInfo: {
      invoiceType: "1",
      templateCode: settings.templateCode,
      invoiceSeries: settings.series,
      invoiceIssuedDate: request.issuedAt.getTime(),
      currencyCode: "VND",
      ...adjustmentFields(settings, request.replaces),
      paymentStatus: true,
      cusGetInvoiceRight: true,
      transactionUuid: request.transactionUuid,
    },
    buyerInfo: {
      buyerLegalName: request.buyer.companyName,
      buyerTaxCode: request.buyer.taxCode,
      buyerAddressLine: request.buyer.address,
      buyerEmail: request.buyer.email,
    },
    sellerInfo: { sellerTaxCode: settings.supplierTaxCode },
    payments: [{ paymentMethodName: "CK" }],
    itemInfo: [
      {
        lineNumber: 1,
        itemName: INVOICE_LINE,
        unitName: "Lần",
        quantity: 1,
        unitPrice: withoutTax,
        itemTotalAmountWithoutTax: withoutTax,
        taxPercentage: VAT_PERCENT,
        taxAmount: tax,
      },
    ],
    summarizeInfo: {
      sumOfTotalLineAmountWithoutTax: withoutTax,
      totalAmountWithoutTax: withoutTax,
      totalTaxAmount: tax,
      totalAmountWithTax: request.amount,
    },
  };
}

/**
 * Viettel S-Invoice, behind the one adapter the invoice worker calls: createInvoice (keyed by
 * transactionUuid, so a retry after a lost answer gets the invoice already made) and the
 * invoice's PDF (getInvoiceRepresentationFile) and the email to the buyer (sendHtmlMailProcess).
 * HTTP Basic auth on every call.
 */
export function createViettelEinvoice(settings: EinvoiceSettings) {
  const base = settings.url.replace(/\/+$/, "");
  const headers = {
    "Content-Type": "application/json",
    Authorization: `Basic ${Buffer.from(`${settings.username}:${settings.password}`).toString("base64")}`,
  };
  const post = (path: string, body: unknown) =>
    fetchJson(
      "the e-invoice provider",
      new URL(`${base}/InvoiceAPI/${path}`),
      { method: "POST", headers, body: JSON.stringify(body) },
      EINVOICE_TIMEOUT_MS,
    );
  const tax = encodeURIComponent(settings.supplierTaxCode);

  return {
    async issue(request: InvoiceRequest): Promise<IssuedInvoice> {
      const parsed = createAnswer.safeParse(
        await post(`InvoiceWS/createInvoice/${tax}`, invoiceBody(settings, request)),
      );
      if (!parsed.success) throw new EinvoiceError("the e-invoice provider answered an unknown shape");
      const { errorCode, description, result } = parsed.data;
      if (errorCode || !result) {
        throw new EinvoiceError(
          `the e-invoice provider refused: ${errorCode ?? "no result"} ${description ?? ""}`,
        );
      }
      return {
        invoiceNo: result.invoiceNo,
        series: settings.series,
        lookupCode: result.reservationCode,
        transactionId: result.transactionID,
      };
    },
    async pdf(invoice: { invoiceNo: string; transactionUuid: string }): Promise<Buffer> {
      const parsed = fileAnswer.safeParse(
        await post("InvoiceUtilsWS/getInvoiceRepresentationFile", {
          supplierTaxCode: settings.supplierTaxCode,
          invoiceNo: invoice.invoiceNo,
          templateCode: settings.templateCode,
          transactionUuid: invoice.transactionUuid,
          fileType: "PDF",
        }),
      );
      if (!parsed.success || parsed.data.errorCode || !parsed.data.fileToBytes) {
        throw new EinvoiceError("the e-invoice provider gave no PDF");
      }
      return Buffer.from(parsed.data.fileToBytes, "base64");
    },
    /** Has Viettel email the invoice to the buyer's address (sendHtmlMailProcess). */
    async email(transactionUuid: string): Promise<void> {
      const parsed = statusAnswer.safeParse(
        await post("InvoiceUtilsWS/sendHtmlMailProcess", {
          supplierTaxCode: settings.supplierTaxCode,
          lstTransactionUuid: transactionUuid,
        }),
      );
      if (!parsed.success || parsed.data.errorCode) {
        throw new EinvoiceError(
          `the e-invoice provider did not email it: ${parsed.data?.errorCode ?? "unknown answer"}`,
        );
      }
    },
  };
}

export type Einvoice = ReturnType<typeof createViettelEinvoice>;
