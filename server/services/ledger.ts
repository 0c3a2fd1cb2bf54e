import { and, eq, sql } from "drizzle-orm";
import { BALANCE_MAX, type PaymentProvider, type TopupMethod } from "../../src/domain/money";
import { USAGE_DESCRIPTIONS, type UsageKind, type UsageRefusal } from "../../src/domain/usage";
import type { Tx } from "../db/client";
import { accounts, ledgerEntries, unmatchedPayments, usageHolds, usageRefusals } from "../db/schema";
import { ApiError } from "../errors";
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

/** One charge of a Zalo service (a usage event), to be debited from a ZCA's balance. */
export interface Charge {
  eventId: string;
  accountId: string;
  kind: UsageKind;
  amount: number;
  /** The hold it captures; none for a charge that was never held (an OA package renewal). */
  holdId?: string;
  oaId?: string;
  appId?: string;
  quantity?: number;
  occurredAt: Date;
}

export type Debit =
  | { outcome: "debited"; ledgerEntryId: number; balanceBefore: number; balanceAfter: number }
  | { outcome: "already" }
  | { outcome: "refused"; reason: UsageRefusal };

/**
 * The sum of a ZCA's holds that still reserve money: active, and not past their expiry (the sweep
 * releases those later; they reserve nothing from their expiry on).
 */
export const heldOf = (accountId: string) =>
  sql`(SELECT coalesce(sum(${usageHolds.amount}), 0) FROM ${usageHolds}
       WHERE ${usageHolds.accountId} = ${accountId} AND ${usageHolds.status} = 'active'
         AND ${usageHolds.expiresAt} > now())`;

/**
 * Locks the ZCA's row for this transaction (every change to its money and holds takes this lock
 * first, so they run one at a time per ZCA and each statement after it reads what the previous
 * one committed). not_found when there is no such ZCA.
 */
export async function lockAccount(tx: Tx, accountId: string): Promise<void> {
  const [row] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for("no key update");
  if (!row) throw new ApiError("not_found");
}

/**
 * Debits a usage event, inside the caller's transaction: the balance moves only together with its
 * spend entry, once per eventId (a unique index says so too), and never below 0. From its hold
 * when it names one (the hold is captured, the rest of it released); without one, only what the
 * available balance (balance minus holds) covers. An event seen before answers "already" when it
 * is the same charge, and usage_id_reused when it is not. A refusal is recorded in
 * usage_refusals, in this transaction, and answered "refused": the caller commits it.
 *
 * balanceBefore and balanceAfter are read under the ZCA's row lock, in this transaction, and the
 * movement's notifications (a debit above the set amount, the balance crossing its low level) are
 * written with it (services/notify.ts).
 */
export async function debit(
  tx: Tx,
  charge: Charge,
  /** Checks, for a charge without a hold, that what it names may be charged (after a replay is answered). */
  checkUnheld: (tx: Tx) => Promise<void> = async () => {},
): Promise<Debit> {
  await lockAccount(tx, charge.accountId);
  const [seen] = await tx.select().from(ledgerEntries).where(eq(ledgerEntries.eventId, charge.eventId));
  if (seen) {
    if (!sameCharge(seen, charge)) throw new ApiError("usage_id_reused");
    return { outcome: "already" };
  }
  if (charge.holdId) {
    const problem = await captureProblem(tx, charge);
    if (problem) return refuse(tx, charge, problem);
  } else {
    await checkUnheld(tx);
  }
  // With a hold, the money is reserved already: the balance need only cover it. Without one, the
  // money other holds reserve is not to be spent.
  const floor = charge.holdId ? sql`0` : heldOf(charge.accountId);
  const [moved] = await tx
    .update(accounts)
    .set({ balance: sql`${accounts.balance} - ${charge.amount}` })
    .where(and(eq(accounts.id, charge.accountId), sql`${accounts.balance} - ${charge.amount} >= ${floor}`))
    .returning({ balanceAfter: accounts.balance });
  if (!moved) return refuse(tx, charge, "insufficient_balance");
  const [entry] = await tx
    .insert(ledgerEntries)
    .values({
      accountId: charge.accountId,
      kind: "spend",
      amount: -charge.amount,
      balanceAfter: moved.balanceAfter,
      description: USAGE_DESCRIPTIONS[charge.kind],
      oaId: charge.oaId,
      appId: charge.appId,
      eventId: charge.eventId,
      holdId: charge.holdId,
      usageKind: charge.kind,
      quantity: charge.quantity,
      occurredAt: charge.occurredAt,
    })
    .returning({ id: ledgerEntries.id });
  if (charge.holdId) {
    await tx
      .update(usageHolds)
      .set({
        status: "captured",
        eventId: charge.eventId,
        capturedAmount: charge.amount,
        settledAt: new Date(),
      })
      .where(eq(usageHolds.id, charge.holdId));
  }
  await balanceMoved(tx, {
    accountId: charge.accountId,
    kind: "debit",
    amount: charge.amount,
    balanceBefore: moved.balanceAfter + charge.amount,
    balanceAfter: moved.balanceAfter,
    reference: `usage:${charge.eventId}`,
  });
  return {
    outcome: "debited",
    ledgerEntryId: entry!.id,
    balanceBefore: moved.balanceAfter + charge.amount,
    balanceAfter: moved.balanceAfter,
  };
}

/** Why the charge cannot be taken from the hold it names, or null when it can. */
async function captureProblem(tx: Tx, charge: Charge): Promise<UsageRefusal | null> {
  const [hold] = await tx
    .select({
      accountId: usageHolds.accountId,
      kind: usageHolds.kind,
      amount: usageHolds.amount,
      oaId: usageHolds.oaId,
      appId: usageHolds.appId,
      status: usageHolds.status,
      live: sql<boolean>`${usageHolds.expiresAt} > now()`,
    })
    .from(usageHolds)
    .where(eq(usageHolds.id, charge.holdId!))
    .for("update");
  // Another ZCA's hold is no hold of this one's.
  if (!hold || hold.accountId !== charge.accountId) return "hold_unknown";
  if (
    hold.kind !== charge.kind ||
    hold.oaId !== (charge.oaId ?? null) ||
    hold.appId !== (charge.appId ?? null)
  ) {
    throw new ApiError("invalid_input", "kind, oaId and appId must be the hold's.", {
      holdId: "differs_from_hold",
    });
  }
  if (hold.status !== "active" || !hold.live) return "hold_closed";
  if (charge.amount > hold.amount) return "hold_exceeded";
  return null;
}

async function refuse(tx: Tx, charge: Charge, reason: UsageRefusal): Promise<Debit> {
  await tx
    .insert(usageRefusals)
    .values({
      eventId: charge.eventId,
      accountId: charge.accountId,
      holdId: charge.holdId,
      kind: charge.kind,
      amount: charge.amount,
      oaId: charge.oaId,
      appId: charge.appId,
      quantity: charge.quantity,
      occurredAt: charge.occurredAt,
      reason,
    })
    .onConflictDoUpdate({
      target: usageRefusals.eventId,
      set: { reason, attempts: sql`${usageRefusals.attempts} + 1`, lastRefusedAt: sql`now()` },
    });
  return { outcome: "refused", reason };
}

/** Whether a spend entry is the debit of this very charge (a replay), not another under its id. */
function sameCharge(entry: typeof ledgerEntries.$inferSelect, charge: Charge): boolean {
  return (
    entry.accountId === charge.accountId &&
    entry.usageKind === charge.kind &&
    entry.amount === -charge.amount &&
    entry.holdId === (charge.holdId ?? null) &&
    entry.oaId === (charge.oaId ?? null) &&
    entry.appId === (charge.appId ?? null) &&
    entry.quantity === (charge.quantity ?? null) &&
    entry.occurredAt?.getTime() === charge.occurredAt.getTime()
  );
}
