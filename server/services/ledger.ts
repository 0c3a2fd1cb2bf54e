import { and, eq, sql } from "drizzle-orm";
import { BALANCE_MAX, type PaymentProvider, type TopupMethod } from "../../src/domain/money";
import type { Tx } from "../db/client";
import { accounts, ledgerEntries, unmatchedPayments } from "../db/schema";
import { openInvoice } from "./invoices";
import { balanceMoved } from "./notify";

export interface Credit {
  accountId: string;
  amount: number;
  provider: PaymentProvider;
  /** The provider's transaction id: credited at most once (a unique index says so too). */
  reference: string;
  method: TopupMethod;
  topupId?: string;
  invoice: boolean;
  description: string;
}

/**
 * Credits money that arrived, inside the caller's transaction: the balance moves only together
 * with its ledger entry, and the payment's e-invoice (services/invoices.ts) and the notifications
 * it asks for (services/notify.ts) are written with them. A reference already credited answers "already" and changes nothing; two
 * credits of one reference racing each other meet the unique index, and the loser's transaction
 * rolls back whole (the caller retries and finds "already").
 *
 * The balance and the entry's balance_after are the database's bigint sum, never a JavaScript
 * number. Money that would take the balance past BALANCE_MAX is not credited but kept in
 * unmatched_payments (`balance_over_bound`) for a person, and answers "kept".
 */
export async function credit(tx: Tx, entry: Credit): Promise<"credited" | "already" | "kept"> {
  const [seen] = await tx
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.provider, entry.provider), eq(ledgerEntries.reference, entry.reference)));
  if (seen) return "already";
  const [account] = await tx
    .update(accounts)
    .set({ balance: sql`${accounts.balance} + ${entry.amount}` })
    .where(
      and(eq(accounts.id, entry.accountId), sql`${accounts.balance} + ${entry.amount} <= ${BALANCE_MAX}`),
    )
    .returning({ balance: accounts.balance });
  if (!account) return keepOverBound(tx, entry);
  const [ledgerEntry] = await tx
    .insert(ledgerEntries)
    .values({
      accountId: entry.accountId,
      kind: "topup",
      amount: entry.amount,
      // Read back in SQL: the row is ours (locked by the update above) until the commit.
      balanceAfter: sql`(SELECT ${accounts.balance} FROM ${accounts} WHERE ${accounts.id} = ${entry.accountId})`,
      method: entry.method,
      provider: entry.provider,
      reference: entry.reference,
      topupId: entry.topupId,
      invoice: entry.invoice,
      description: entry.description,
    })
    .returning({ id: ledgerEntries.id });
  await openInvoice(tx, {
    accountId: entry.accountId,
    ledgerEntryId: ledgerEntry!.id,
    topupId: entry.topupId,
    amount: entry.amount,
    toInvoiceDetails: entry.invoice,
  });
  await balanceMoved(tx, {
    accountId: entry.accountId,
    kind: "credit",
    amount: entry.amount,
    balanceBefore: account.balance - entry.amount,
    balanceAfter: account.balance,
    reference: `${entry.provider}:${entry.reference}`,
  });
  return "credited";
}

async function keepOverBound(tx: Tx, entry: Credit): Promise<"kept"> {
  const [exists] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, entry.accountId));
  if (!exists) throw new Error(`credit to a ZCA that does not exist: ${entry.accountId}`);
  await tx
    .insert(unmatchedPayments)
    .values({
      provider: entry.provider,
      reference: entry.reference,
      amount: entry.amount,
      reason: "balance_over_bound",
      payload: {
        accountId: entry.accountId,
        topupId: entry.topupId ?? null,
        invoice: entry.invoice,
        description: entry.description,
      },
    })
    .onConflictDoNothing();
  return "kept";
}
