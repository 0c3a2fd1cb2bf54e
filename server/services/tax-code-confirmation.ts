import { eq } from "drizzle-orm";
import type { Actor } from "../actor";
import type { Db } from "../db/client";
import { accountBusiness, accounts, invoiceInfo } from "../db/schema";
import { ApiError } from "../errors";
import { runCommand } from "./command";

/**
 * Records that a person confirmed the tax code the ZCA's invoices will carry: before the first
 * top-up the app asks, since a tax code cannot change once an invoice was issued with it. Only a
 * tax code the ZCA's invoices can carry is taken: its business's, or its saved invoice details'.
 */
export async function confirmTaxCode(
  db: Db,
  actor: Actor,
  accountId: string,
  taxCode: string,
): Promise<void> {
  await runCommand(db, actor, { accountId, permission: "wallet.use", lock: true }, async ({ tx, audit }) => {
    const [[business], [invoice]] = await Promise.all([
      tx
        .select({ taxCode: accountBusiness.taxCode })
        .from(accountBusiness)
        .where(eq(accountBusiness.accountId, accountId)),
      tx
        .select({ taxCode: invoiceInfo.taxCode })
        .from(invoiceInfo)
        .where(eq(invoiceInfo.accountId, accountId)),
    ]);
    if (taxCode !== business?.taxCode && taxCode !== invoice?.taxCode) {
      throw new ApiError("invalid_input", "taxCode: not_current", { taxCode: "not_current" });
    }
    await tx.update(accounts).set({ taxCodeConfirmed: taxCode }).where(eq(accounts.id, accountId));
    audit({ action: "wallet.tax_code_confirmed", subjectId: accountId });
  });
}
