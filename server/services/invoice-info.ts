import { eq } from "drizzle-orm";
import type { InvoiceInfo, SavedInvoiceInfo } from "../../src/domain/types";
import type { Actor } from "../actor";
import type { Db, Tx } from "../db/client";
import { invoiceInfo } from "../db/schema";
import { authorize } from "../policy";
import { runCommand } from "./command";
import { refuseTaxCodeChange, taxCodeInvoiced } from "./tax-code-lock";

/** Who the ZCA's invoices are made out to, and whether its tax code is locked; null until someone says. */
export async function getInvoiceInfo(
  db: Db,
  personId: string,
  accountId: string,
): Promise<SavedInvoiceInfo | null> {
  await authorize(db, personId, accountId, "wallet.use");
  return savedInvoiceInfo(db, accountId);
}

async function savedInvoiceInfo(db: Db | Tx, accountId: string): Promise<SavedInvoiceInfo | null> {
  const [row] = await db.select().from(invoiceInfo).where(eq(invoiceInfo.accountId, accountId));
  if (!row) return null;
  const { companyName, taxCode, address, buyer, phone, email } = row;
  const taxCodeLocked = await taxCodeInvoiced(db, accountId, taxCode);
  return { companyName, taxCode, address, buyer, phone, email, taxCodeLocked };
}

/**
 * Saves the invoice details. Their tax code cannot change once an invoice was written with it
 * (409 tax_code_invoiced): the ZCA's row is locked first, as a credit locks it before it opens
 * its invoice, so the check and the write see every invoice opened before them.
 */
export async function putInvoiceInfo(
  db: Db,
  actor: Actor,
  accountId: string,
  info: InvoiceInfo,
): Promise<SavedInvoiceInfo> {
  const command = { accountId, permission: "wallet.use" as const, lock: true };
  return runCommand(db, actor, command, async ({ tx, audit }) => {
    const [before] = await tx
      .select({ taxCode: invoiceInfo.taxCode })
      .from(invoiceInfo)
      .where(eq(invoiceInfo.accountId, accountId));
    if (before) await refuseTaxCodeChange(tx, accountId, before.taxCode, info.taxCode);
    const values = { ...info, updatedAt: new Date() };
    await tx
      .insert(invoiceInfo)
      .values({ accountId, ...values })
      .onConflictDoUpdate({ target: invoiceInfo.accountId, set: values });
    audit({ action: "wallet.invoice_info", subjectId: accountId });
    return (await savedInvoiceInfo(tx, accountId))!;
  });
}
