import { and, eq, sql } from "drizzle-orm";
import type { TopupMethod } from "../../src/domain/money";
import type { Tx } from "../db/client";
import { accounts, ledgerEntries } from "../db/schema";

export type Provider = "zalo_checkout" | "bank";

export interface Credit {
  accountId: string;
  amount: number;
  provider: Provider;
  /** The provider's transaction id: credited at most once (a unique index says so too). */
  reference: string;
  method: TopupMethod;
  topupId?: string;
  invoice: boolean;
  description: string;
}

/**
 * Credits money that arrived, inside the caller's transaction: the balance moves only together
 * with its ledger entry. A reference already credited answers "already" and changes nothing; two
 * credits of one reference racing each other meet the unique index, and the loser's transaction
 * rolls back whole (the caller retries and finds "already").
 */
export async function credit(tx: Tx, entry: Credit): Promise<"credited" | "already"> {
  const [seen] = await tx
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.provider, entry.provider), eq(ledgerEntries.reference, entry.reference)));
  if (seen) return "already";
  const [account] = await tx
    .update(accounts)
    .set({ balance: sql`${accounts.balance} + ${entry.amount}` })
    .where(eq(accounts.id, entry.accountId))
    .returning({ balance: accounts.balance });
  if (!account) throw new Error(`credit to a ZCA that does not exist: ${entry.accountId}`);
  await tx.insert(ledgerEntries).values({
    accountId: entry.accountId,
    kind: "topup",
    amount: entry.amount,
    balanceAfter: account.balance,
    method: entry.method,
    provider: entry.provider,
    reference: entry.reference,
    topupId: entry.topupId,
    invoice: entry.invoice,
    description: entry.description,
  });
  return "credited";
}
