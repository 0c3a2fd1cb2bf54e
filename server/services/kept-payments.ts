import { randomUUID } from "node:crypto";
import type { PaymentProvider } from "../../src/domain/money";
import type { Db, Tx } from "../db/client";
import { topups, unmatchedPayments } from "../db/schema";
import { storable } from "../db/storable";
import type { Write } from "./command";

// Money that arrived and that no top-up takes: kept in unmatched_payments for a person, never
// dropped and never credited twice.

type TopupRow = typeof topups.$inferSelect;

/** What Checkout's callback (MAC-checked) says of one payment. */
export interface CheckoutResult {
  orderId: string;
  transId: string;
  amount: number;
  succeeded: boolean;
  message: string;
}

/**
 * Why Zalo's signed payment is kept for a person instead of credited: an order that is not the
 * top-up's, a second payment of a credited top-up, a transaction id credited elsewhere.
 */
export type KeptReason = "other_order" | "second_payment" | "trans_credited";

/** Money Zalo says arrived that no top-up takes: kept once per transaction id, with an audit event. */
export async function keepPayment(write: Write, topup: TopupRow, result: CheckoutResult, reason: KeptReason) {
  const [kept] = await write.tx
    .insert(unmatchedPayments)
    .values({
      provider: "zalo_checkout",
      reference: result.transId,
      amount: result.amount,
      content: result.message.slice(0, 500),
      reason,
      payload: { topupId: topup.id, orderId: result.orderId, transId: result.transId, amount: result.amount },
    })
    .onConflictDoNothing()
    .returning({ id: unmatchedPayments.id });
  if (!kept) return;
  auditKept(write, topup, {
    reason,
    amount: result.amount,
    orderId: result.orderId,
    reference: result.transId,
  });
}

/** Zalo Checkout, the actor of what its callbacks and answers settle on no member's behalf. */
export const ZALO_CHECKOUT = { personId: "zalo_checkout" };

export function auditKept(
  write: Write,
  topup: TopupRow,
  detail: { reason: string; amount: number; orderId: string | null; reference: string },
): void {
  write.audit(
    { action: "wallet.payment_kept", accountId: topup.accountId, subjectId: topup.id, detail },
    ZALO_CHECKOUT,
  );
}

/** Money no ZCA takes, kept for a person to resolve; a notice already kept is kept once. */
export async function keepUnmatched(
  db: Db | Tx,
  row: typeof unmatchedPayments.$inferInsert,
): Promise<"unmatched"> {
  await db.insert(unmatchedPayments).values(row).onConflictDoNothing();
  return "unmatched";
}

/**
 * A notice we cannot read is still money someone sent: kept as the bank sent it, with what can be
 * read of it.
 */
export function keepUnreadable(
  db: Db,
  provider: PaymentProvider,
  raw: string,
  body: unknown,
  beside: Record<string, string> = {},
): Promise<"unmatched"> {
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  return keepUnmatched(db, {
    provider,
    reference: typeof record.transactionId === "string" ? record.transactionId : `malformed-${randomUUID()}`,
    accountNumber: typeof record.accountNumber === "string" ? record.accountNumber : null,
    // A negative amount is no money the database keeps (its CHECK): 0, the text says what was sent.
    amount:
      typeof record.amount === "number" && Number.isSafeInteger(record.amount) && record.amount >= 0
        ? record.amount
        : 0,
    content: typeof record.content === "string" ? record.content.slice(0, 500) : "",
    reason: "malformed",
    // The text itself: parsed JSON of any shape (nested a thousand deep) would not be a usable record.
    payload: { raw: storable(raw), ...beside },
  });
}
