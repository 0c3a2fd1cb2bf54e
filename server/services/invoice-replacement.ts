import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { canReplace, type Invoice } from "../../src/domain/invoices";
import type { InvoiceReplacement } from "../../src/domain/schemas";
import type { Actor } from "../actor";
import type { Db } from "../db/client";
import { invoices } from "../db/schema";
import { ApiError } from "../errors";
import { runCommand } from "./command";
import { invoiceOf } from "./invoices";

/**
 * Corrects an issued invoice's company name or address the only way Decree 70/2025 allows: a
 * replacement invoice that references it (issued and emailed by the invoice worker, with the
 * provider's replacement fields); the original stays on record, replaced. The tax code, the
 * amount, the line and the email stay the original's. One replacement per invoice (a unique
 * index): the same correction sent again answers the replacement already made (`replayed`);
 * another answers 409 invoice_replaced. 409 invoice_not_issued before the provider numbered it,
 * 409 invoice_unchanged when neither field changes.
 */
export async function replaceInvoice(
  db: Db,
  actor: Actor,
  accountId: string,
  invoiceId: string,
  correction: InvoiceReplacement,
): Promise<{ invoice: Invoice; replayed: boolean }> {
  const command = { accountId, permission: "wallet.use" as const, lock: true };
  return runCommand(db, actor, command, async ({ tx, audit }) => {
    const original = await invoiceOf(tx, accountId, invoiceId);
    if (original.replacedBy) {
      const replacement = await invoiceOf(tx, accountId, original.replacedBy.id);
      if (sameCorrection(replacement.buyer, correction)) return { invoice: replacement, replayed: true };
      throw new ApiError("invoice_replaced");
    }
    if (!canReplace(original)) throw new ApiError("invoice_not_issued");
    if (sameCorrection(original.buyer, correction)) throw new ApiError("invoice_unchanged");

    const [row] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.id, invoiceId), eq(invoices.accountId, accountId)));
    const id = `invoice-${randomUUID()}`;
    await tx.insert(invoices).values({
      id,
      accountId,
      ledgerEntryId: null,
      replacesInvoiceId: invoiceId,
      topupId: row!.topupId,
      amount: row!.amount,
      buyerCompanyName: correction.companyName,
      buyerTaxCode: row!.buyerTaxCode,
      buyerAddress: correction.address,
      buyerEmail: row!.buyerEmail,
    });
    audit({
      action: "wallet.invoice_replacement",
      subjectId: id,
      detail: {
        replaces: invoiceId,
        changes: {
          companyName: { from: original.buyer.companyName, to: correction.companyName },
          address: { from: original.buyer.address, to: correction.address },
        },
      },
    });
    return { invoice: await invoiceOf(tx, accountId, id), replayed: false };
  });
}

const sameCorrection = (buyer: Invoice["buyer"], correction: InvoiceReplacement) =>
  buyer.companyName === correction.companyName && buyer.address === correction.address;
