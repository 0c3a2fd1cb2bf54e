import { createRequire } from "node:module";
import { timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import PDFDocument from "pdfkit";
import { validateTaxCode } from "../../src/domain/tax-code";
import { serveLocal } from "../listen";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

export interface EinvoiceStandInOptions {
  username: string;
  password: string;
  supplierTaxCode: string;
  /** The seller's name printed on the PDF. */
  sellerName: string;
  port?: number;
}

/** One invoice as the provider keeps it, under its transactionUuid. */
interface StoredInvoice {
  transactionUuid: string;
  invoiceNo: string;
  series: string;
  templateCode: string;
  reservationCode: string;
  transactionID: string;
  issuedAt: Date;
  buyer: { name: string; taxCode: string; address: string; email: string };
  line: { name: string; withoutTax: number; taxPercentage: number; tax: number };
  total: number;
  /** On a replacement: the invoiceNo it replaces and why. */
  replaces?: { invoiceNo: string; issuedAt: Date; reason: string };
  /** Set on an original once a replacement replaced it: the replacement's invoiceNo. */
  replacedBy?: string;
}

/** An email the provider "sent" the buyer. */
export interface SentEmail {
  to: string;
  subject: string;
  invoiceNo: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isAmount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Dev mode and the tests: a local stand-in for Viettel S-Invoice. It checks what the provider
 * checks (Basic auth, the seller's tax code in the path, the required fields, the buyer's tax code,
 * totals that add up), keeps one invoice per transactionUuid (a replay answers the same invoice),
 * numbers invoices per series, makes each invoice's PDF (DejaVu Sans: Vietnamese renders) and
 * records the emails it "sends" (GET /dev/emails). A replacement (adjustmentType "3") must name
 * an invoice it issued, on its issue date, for the same buyer tax code, not replaced already; the
 * original is then marked replaced. Tests can take it down or make it refuse.
 */
export async function startEinvoiceStandIn(opts: EinvoiceStandInOptions) {
  const invoices = new Map<string, StoredInvoice>();
  const lastNumber = new Map<string, number>();
  const emails: SentEmail[] = [];
  let down = false;
  let refusals = 0;
  let lostAnswers = 0;
  let holding: (() => void) | null = null;
  const web = new Hono();

  const expectedAuth = Buffer.from(
    `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString("base64")}`,
  );
  web.use("/InvoiceAPI/*", async (c, next) => {
    if (down) return c.text("Service Unavailable", 503);
    const given = Buffer.from(c.req.header("Authorization") ?? "");
    if (given.length !== expectedAuth.length || !timingSafeEqual(given, expectedAuth)) {
      return c.json({ errorCode: "401", description: "Unauthorized" }, 401);
    }
    await next();
  });
  const refuse = (c: Context, errorCode: string, description: string) =>
    c.json({ errorCode, description, result: null });
  const invoiceByNo = (invoiceNo: unknown) =>
    [...invoices.values()].find((invoice) => invoice.invoiceNo === invoiceNo);

  web.post("/InvoiceAPI/InvoiceWS/createInvoice/:supplierTaxCode", async (c) => {
    if (c.req.param("supplierTaxCode") !== opts.supplierTaxCode) {
      return refuse(c, "SUPPLIER_TAX_CODE_INVALID", "Mã số thuế người bán không đúng");
    }
    const body: unknown = await c.req.json().catch(() => null);
    const problem = problemOf(body);
    if (problem) return refuse(c, "BAD_REQUEST", problem);
    if (refusals > 0) {
      refusals--;
      return c.text("Internal Server Error", 500);
    }
    const request = body as Json;
    const general = request.generalInvoiceInfo as Json;
    const uuid = general.transactionUuid as string;
    let invoice = invoices.get(uuid);
    if (!invoice) {
      const buyer = request.buyerInfo as Json;
      const original = general.adjustmentType === "3" ? invoiceByNo(general.originalInvoiceId) : undefined;
      if (general.adjustmentType === "3") {
        const refused = replacementProblem(general, buyer, original);
        if (refused) return refuse(c, "ORIGINAL_INVOICE_INVALID", refused);
      }
      const series = general.invoiceSeries as string;
      const next = (lastNumber.get(series) ?? 0) + 1;
      lastNumber.set(series, next);
      const item = (request.itemInfo as Json[])[0]!;
      invoice = {
        transactionUuid: uuid,
        invoiceNo: `${series}${next}`,
        series,
        templateCode: general.templateCode as string,
        reservationCode: `STANDIN${String(next).padStart(6, "0")}`,
        transactionID: `standin-${uuid}`,
        issuedAt: new Date(),
        buyer: {
          name: buyer.buyerLegalName as string,
          taxCode: (buyer.buyerTaxCode as string | undefined) ?? "",
          address: (buyer.buyerAddressLine as string | undefined) ?? "",
          email: (buyer.buyerEmail as string | undefined) ?? "",
        },
        line: {
          name: item.itemName as string,
          withoutTax: item.itemTotalAmountWithoutTax as number,
          taxPercentage: item.taxPercentage as number,
          tax: item.taxAmount as number,
        },
        total: (request.summarizeInfo as Json).totalAmountWithTax as number,
        ...(original && {
          replaces: {
            invoiceNo: original.invoiceNo,
            issuedAt: original.issuedAt,
            reason: general.additionalReferenceDesc as string,
          },
        }),
      };
      invoices.set(uuid, invoice);
      if (original) original.replacedBy = invoice.invoiceNo;
    }
    if (holding) {
      // The invoice is made and its answer never leaves: the caller is stopped meanwhile.
      holding();
      holding = null;
      return new Promise<Response>(() => {});
    }
    if (lostAnswers > 0) {
      // The invoice is made, but its answer never reaches the caller.
      lostAnswers--;
      return c.text("Gateway Timeout", 504);
    }
    return c.json({
      errorCode: null,
      description: null,
      result: {
        supplierTaxCode: opts.supplierTaxCode,
        invoiceNo: invoice.invoiceNo,
        transactionID: invoice.transactionID,
        reservationCode: invoice.reservationCode,
      },
    });
  });

  web.post("/InvoiceAPI/InvoiceUtilsWS/getInvoiceRepresentationFile", async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const invoice = isObject(body) ? invoices.get(String(body.transactionUuid)) : undefined;
    if (
      !isObject(body) ||
      body.supplierTaxCode !== opts.supplierTaxCode ||
      !invoice ||
      body.invoiceNo !== invoice.invoiceNo ||
      body.fileType !== "PDF"
    ) {
      return c.json({ errorCode: "NOT_FOUND", description: "Không tìm thấy hóa đơn" });
    }
    const pdf = await invoicePdf(opts, invoice);
    return c.json({
      errorCode: null,
      description: null,
      fileName: `${invoice.invoiceNo}.pdf`,
      fileToBytes: pdf.toString("base64"),
    });
  });

  web.post("/InvoiceAPI/InvoiceUtilsWS/sendHtmlMailProcess", async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const invoice = isObject(body) ? invoices.get(String(body.lstTransactionUuid)) : undefined;
    if (!isObject(body) || body.supplierTaxCode !== opts.supplierTaxCode || !invoice) {
      return c.json({ errorCode: "NOT_FOUND", description: "Không tìm thấy hóa đơn" });
    }
    if (!invoice.buyer.email) return c.json({ errorCode: "NO_EMAIL", description: "Thiếu email người mua" });
    emails.push({
      to: invoice.buyer.email,
      subject: `Hóa đơn điện tử số ${invoice.invoiceNo} (ký hiệu ${invoice.series})`,
      invoiceNo: invoice.invoiceNo,
    });
    return c.json({ errorCode: null, description: null });
  });

  web.get("/dev/emails", (c) => c.json(emails));

  const { server, url } = await serveLocal(web.fetch, opts.port);
  return {
    url,
    /** Every invoice made so far, oldest first. */
    invoices: () => [...invoices.values()],
    emails: () => [...emails],
    /** Down: every call answers 503 until it is up again. */
    setDown(value: boolean) {
      down = value;
    },
    /** The next `count` createInvoice calls fail with HTTP 500, no invoice made. */
    refuseNext(count: number) {
      refusals = count;
    },
    /** The next `count` createInvoice calls make the invoice but lose the answer (HTTP 504). */
    loseNextAnswers(count: number) {
      lostAnswers = count;
    },
    /** The next createInvoice makes its invoice and never answers; resolves once it has come. */
    holdNextAnswer(): Promise<void> {
      return new Promise((resolve) => {
        holding = resolve;
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}

export type EinvoiceStandIn = Awaited<ReturnType<typeof startEinvoiceStandIn>>;

/** What Viettel would refuse in a createInvoice body, in its words; null when it would take it. */
function problemOf(body: unknown): string | null {
  if (!isObject(body)) return "Dữ liệu không hợp lệ";
  const { generalInvoiceInfo: general, buyerInfo: buyer, itemInfo: items, summarizeInfo: sums } = body;
  if (!isObject(general) || !isObject(buyer) || !Array.isArray(items) || !isObject(sums)) {
    return "Thiếu generalInvoiceInfo, buyerInfo, itemInfo hoặc summarizeInfo";
  }
  for (const field of ["invoiceType", "templateCode", "invoiceSeries", "transactionUuid"]) {
    if (typeof general[field] !== "string" || !general[field]) return `Thiếu ${field}`;
  }
  if (general.currencyCode !== "VND") return "currencyCode phải là VND";
  // 1: an original; 3: a replacement (the only correction this seller makes).
  if (general.adjustmentType !== "1" && general.adjustmentType !== "3") return "adjustmentType không hợp lệ";
  if (typeof buyer.buyerLegalName !== "string" || !buyer.buyerLegalName.trim()) return "Thiếu buyerLegalName";
  if (typeof buyer.buyerTaxCode === "string" && buyer.buyerTaxCode !== "") {
    if (!validateTaxCode(buyer.buyerTaxCode).ok) return "Mã số thuế người mua không hợp lệ";
  }
  if (items.length === 0) return "Thiếu itemInfo";
  let withoutTax = 0;
  let tax = 0;
  for (const item of items) {
    if (!isObject(item) || typeof item.itemName !== "string" || !item.itemName) return "Thiếu itemName";
    const { itemTotalAmountWithoutTax: lineAmount, taxAmount: lineTax, taxPercentage } = item;
    if (!isAmount(lineAmount) || !isAmount(lineTax) || typeof taxPercentage !== "number") {
      return "Thiếu số tiền dòng hàng";
    }
    if (Math.abs(Math.round((lineAmount * taxPercentage) / 100) - lineTax) > 1) {
      return "Tiền thuế không khớp thuế suất";
    }
    withoutTax += lineAmount;
    tax += lineTax;
  }
  if (
    sums.totalAmountWithoutTax !== withoutTax ||
    sums.totalTaxAmount !== tax ||
    sums.totalAmountWithTax !== withoutTax + tax
  ) {
    return "Tổng tiền không khớp các dòng hàng";
  }
  return null;
}

const vietnamDay = (at: Date | number) =>
  new Date(at).toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/**
 * What Viettel would refuse in a replacement's reference, in its words; null when it holds: the
 * original is one of ours, issued on the day named, to the same buyer tax code, not replaced yet.
 */
function replacementProblem(general: Json, buyer: Json, original: StoredInvoice | undefined): string | null {
  const { originalInvoiceIssueDate: issued, additionalReferenceDesc: reason } = general;
  if (typeof general.originalInvoiceId !== "string" || typeof issued !== "number") {
    return "Thiếu originalInvoiceId hoặc originalInvoiceIssueDate";
  }
  if (typeof reason !== "string" || !reason.trim() || typeof general.additionalReferenceDate !== "number") {
    return "Thiếu additionalReferenceDesc hoặc additionalReferenceDate";
  }
  if (!original) return "Không tìm thấy hóa đơn gốc";
  if (vietnamDay(issued) !== vietnamDay(original.issuedAt)) return "Ngày lập hóa đơn gốc không khớp";
  if (general.originalTemplateCode !== undefined && general.originalTemplateCode !== original.templateCode) {
    return "Mẫu số hóa đơn gốc không khớp";
  }
  if ((buyer.buyerTaxCode ?? "") !== original.buyer.taxCode) return "Mã số thuế người mua khác hóa đơn gốc";
  if (original.replacedBy) return `Hóa đơn gốc đã được thay thế bởi hóa đơn ${original.replacedBy}`;
  return null;
}

const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")} ₫`;

/** The invoice's PDF: seller, buyer, number, series, lookup code, the line and the totals. */
function invoicePdf(opts: EinvoiceStandInOptions, invoice: StoredInvoice): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: `Hóa đơn ${invoice.invoiceNo}` } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.registerFont("body", FONT);
    doc.registerFont("bold", FONT_BOLD);
    doc.font("bold").fontSize(16).text("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", { align: "center" });
    doc
      .font("body")
      .fontSize(9)
      .text("(Bản thể hiện của hóa đơn điện tử — bản giả lập)", { align: "center" });
    doc.moveDown();
    doc.fontSize(10);
    doc.text(`Mẫu số: ${invoice.templateCode}    Ký hiệu: ${invoice.series}    Số: ${invoice.invoiceNo}`);
    doc.text(`Ngày: ${invoice.issuedAt.toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}`);
    doc.text(`Mã tra cứu: ${invoice.reservationCode}`);
    if (invoice.replaces) {
      const { invoiceNo, issuedAt, reason } = invoice.replaces;
      const day = issuedAt.toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" });
      doc.text(`Hóa đơn này thay thế hóa đơn số ${invoiceNo} ngày ${day}. ${reason}.`);
    }
    doc.moveDown();
    doc.font("bold").text("Đơn vị bán hàng: ", { continued: true }).font("body").text(opts.sellerName);
    doc.text(`Mã số thuế: ${opts.supplierTaxCode}`);
    doc.moveDown();
    doc.font("bold").text("Người mua: ", { continued: true }).font("body").text(invoice.buyer.name);
    doc.text(`Mã số thuế: ${invoice.buyer.taxCode || "—"}`);
    doc.text(`Địa chỉ: ${invoice.buyer.address || "—"}`);
    doc.text(`Email: ${invoice.buyer.email || "—"}`);
    doc.moveDown();
    doc.font("bold").text("STT  Tên hàng hóa, dịch vụ");
    doc.font("body").text(`1    ${invoice.line.name}    SL: 1    Đơn giá: ${vnd(invoice.line.withoutTax)}`);
    doc.moveDown();
    doc.text(`Cộng tiền hàng: ${vnd(invoice.line.withoutTax)}`);
    doc.text(`Thuế suất GTGT: ${invoice.line.taxPercentage}%    Tiền thuế GTGT: ${vnd(invoice.line.tax)}`);
    doc.font("bold").text(`Tổng tiền thanh toán: ${vnd(invoice.total)}`);
    doc.end();
  });
}
