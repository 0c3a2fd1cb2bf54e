import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { invoices } from "../db/schema";
import { ApiError } from "../errors";

/**
 * Whether an invoice of the ZCA was written to this tax code. Any invoice counts, whatever its
 * status: one still issuing will be issued with it, and one that failed is retried with the same
 * buyer; the buyer is a snapshot taken when the payment was credited.
 */
export async function taxCodeInvoiced(db: Db | Tx, accountId: string, taxCode: string): Promise<boolean> {
  if (!taxCode) return false;
  const [row] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.accountId, accountId), eq(invoices.buyerTaxCode, taxCode)))
    .limit(1);
  return row !== undefined;
}

/**
 * "A tax code cannot be changed once an invoice was issued with it": 409 tax_code_invoiced when
 * `from` is on an invoice of the ZCA and `to` is another. Call it inside the write, after the
 * ZCA's row is locked (runCommand's `lock`): a credit takes that lock before it opens its invoice,
 * so an invoice is either seen here or opened after the change, with the new tax code.
 */
export async function refuseTaxCodeChange(tx: Tx, accountId: string, from: string, to: string) {
  if (from !== to && (await taxCodeInvoiced(tx, accountId, from))) {
    throw new ApiError("tax_code_invoiced");
  }
}
