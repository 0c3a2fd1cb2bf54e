import { eq } from "drizzle-orm";
import type { InvoiceInfo } from "../../src/domain/types";
import type { Actor } from "../actor";
import type { Db } from "../db/client";
import { invoiceInfo } from "../db/schema";
import { authorize } from "../policy";
import { runCommand } from "./command";

/** Who the ZCA's invoices are made out to; null until someone says. */
export async function getInvoiceInfo(
  db: Db,
  personId: string,
  accountId: string,
): Promise<InvoiceInfo | null> {
  await authorize(db, personId, accountId, "wallet.use");
  const [row] = await db.select().from(invoiceInfo).where(eq(invoiceInfo.accountId, accountId));
  if (!row) return null;
  const { companyName, taxCode, buyer, phone, email } = row;
  return { companyName, taxCode, buyer, phone, email };
}

export async function putInvoiceInfo(
  db: Db,
  actor: Actor,
  accountId: string,
  info: InvoiceInfo,
): Promise<InvoiceInfo> {
  await runCommand(db, actor, { accountId, permission: "wallet.use" }, async ({ tx, audit }) => {
    const values = { ...info, updatedAt: new Date() };
    await tx
      .insert(invoiceInfo)
      .values({ accountId, ...values })
      .onConflictDoUpdate({ target: invoiceInfo.accountId, set: values });
    audit({ action: "wallet.invoice_info", subjectId: accountId });
  });
  return info;
}
