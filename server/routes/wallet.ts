import { Hono } from "hono";
import {
  checkoutClosedSchema,
  checkoutOrderReportSchema,
  invoiceInfoSchema,
  invoiceReplacementSchema,
  taxCodeConfirmationSchema,
  topupRequestSchema,
} from "../../src/domain/schemas";
import { invoicePdfFileName } from "../../src/domain/invoices";
import type { Db } from "../db/client";
import { actor, readBody, readIdempotencyKey, readLimit, readParam, type Env } from "../http";
import type { CheckoutStatus } from "../payments/checkout-status";
import { readReportQuery, sendReport } from "../exports/respond";
import { historyReport, spendingReport } from "../services/exports";
import { getSpending, listTransactions, TRANSACTIONS_PAGE_MAX } from "../services/transactions";
import { getInvoiceInfo, putInvoiceInfo } from "../services/invoice-info";
import { confirmTaxCode } from "../services/tax-code-confirmation";
import { invoicePdf, INVOICES_PAGE_MAX, listInvoices } from "../services/invoices";
import { replaceInvoice } from "../services/invoice-replacement";
import { checkoutClosed, createTopup, getTopup, recordCheckoutOrder } from "../services/topups";
import { getWallet, type PaymentSettings } from "../services/wallet";

/** /api/accounts/:id/…: a ZCA's wallet, top-ups, history, spending, invoices and invoice details. */
export function walletRoutes(db: Db, settings: PaymentSettings, checkoutStatus: CheckoutStatus | null) {
  return (
    new Hono<Env>()
      .get("/:id/wallet", async (c) =>
        c.json(await getWallet(db, settings, c.get("personId"), readParam(c, "id"))),
      )
      .post("/:id/topups", async (c) => {
        const key = readIdempotencyKey(c);
        const body = await readBody(c, topupRequestSchema);
        const { topup, replayed } = await createTopup(db, settings, actor(c), readParam(c, "id"), body, key);
        if (replayed) c.header("Idempotent-Replayed", "true");
        return c.json(topup, 201);
      })
      .get("/:id/topups/:topupId", async (c) =>
        c.json(await getTopup(db, settings, c.get("personId"), readParam(c, "id"), readParam(c, "topupId"))),
      )
      .post("/:id/topups/:topupId/checkout-order", async (c) => {
        const { orderId } = await readBody(c, checkoutOrderReportSchema);
        await recordCheckoutOrder(db, actor(c), readParam(c, "id"), readParam(c, "topupId"), orderId);
        return c.body(null, 204);
      })
      .post("/:id/topups/:topupId/checkout-closed", async (c) => {
        // Any member with wallet.use, about any top-up of the ZCA: nothing the caller says is
        // believed, only Checkout's answer about the order; each call asks Zalo at most once.
        await readBody(c, checkoutClosedSchema);
        const topup = await checkoutClosed(
          db,
          settings,
          checkoutStatus,
          c.get("personId"),
          readParam(c, "id"),
          readParam(c, "topupId"),
        );
        return c.json(topup);
      })
      // Who: the ZCA's members with wallet.use (super_admin, admin, finance), through the policy.
      // Abuse: another ZCA's invoice id answers not_found (the query is scoped to this ZCA), a
      // cursor we did not give or a limit outside 1..100 answers invalid_input.
      .get("/:id/invoices", async (c) =>
        c.json(
          await listInvoices(db, c.get("personId"), readParam(c, "id"), {
            limit: readLimit(c, INVOICES_PAGE_MAX) ?? 20,
            cursor: c.req.query("cursor"),
          }),
        ),
      )
      .get("/:id/invoices/:invoiceId/pdf", async (c) => {
        const { pdf, number, series } = await invoicePdf(
          db,
          c.get("personId"),
          readParam(c, "id"),
          readParam(c, "invoiceId"),
        );
        return c.body(new Uint8Array(pdf), 200, {
          "Content-Type": "application/pdf",
          "Content-Disposition": `inline; filename="${invoicePdfFileName("hoa-don", number, series)}"`,
          "Cache-Control": "private, no-store",
        });
      })
      // Who: as for the list (wallet.use, through runCommand's policy). Abuse: another ZCA's
      // invoice id answers not_found (read within this ZCA); a replay or a double tap meets the
      // unique replacement per invoice (the same correction answers the one made, 200); a tax
      // code or any other field in the body is refused (strict schema): only the company name and
      // the address are ever corrected; an invoice not issued yet, replaced already, or unchanged
      // answers 409.
      .post("/:id/invoices/:invoiceId/replacement", async (c) => {
        const correction = await readBody(c, invoiceReplacementSchema);
        const { invoice, replayed } = await replaceInvoice(
          db,
          actor(c),
          readParam(c, "id"),
          readParam(c, "invoiceId"),
          correction,
        );
        return c.json(invoice, replayed ? 200 : 201);
      })
      .get("/:id/transactions", async (c) =>
        c.json(
          await listTransactions(db, c.get("personId"), readParam(c, "id"), {
            limit: readLimit(c, TRANSACTIONS_PAGE_MAX) ?? 20,
            cursor: c.req.query("cursor"),
          }),
        ),
      )
      .get("/:id/spending", async (c) => c.json(await getSpending(db, c.get("personId"), readParam(c, "id"))))
      // Exports: the wallet's readers (wallet.use), of their own ZCA; the range is capped and a
      // history too long for one file is refused (server/services/exports.ts).
      .get("/:id/spending/export", async (c) => {
        const { format, ...choice } = readReportQuery(c);
        return sendReport(c, await spendingReport(db, c.get("personId"), readParam(c, "id"), choice), format);
      })
      .get("/:id/history/export", async (c) => {
        const { format, ...choice } = readReportQuery(c);
        return sendReport(c, await historyReport(db, c.get("personId"), readParam(c, "id"), choice), format);
      })
      .get("/:id/invoice-info", async (c) =>
        c.json(await getInvoiceInfo(db, c.get("personId"), readParam(c, "id"))),
      )
      .put("/:id/invoice-info", async (c) => {
        const info = await readBody(c, invoiceInfoSchema);
        return c.json(await putInvoiceInfo(db, actor(c), readParam(c, "id"), info));
      })
      .post("/:id/tax-code-confirmation", async (c) => {
        const { taxCode } = await readBody(c, taxCodeConfirmationSchema);
        await confirmTaxCode(db, actor(c), readParam(c, "id"), taxCode);
        return c.body(null, 204);
      })
  );
}
