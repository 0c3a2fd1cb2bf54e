import { and, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { topups } from "../db/schema";
import type { CheckoutStatus, OrderStatus } from "../payments/checkout-status";
import { topupIdOf } from "../payments/extradata";
import { runWrite, type Write } from "./command";
import { ZALO_CHECKOUT } from "./kept-payments";
import { creditTopup, markFailed, markForReview, type ReviewReason, type TopupRow } from "./topup-outcomes";

/** A checkout top-up whose callback has not come after this long is asked about. */
export const CHECKOUT_CALLBACK_GRACE_MS = 20 * 60_000;

/**
 * A checkout top-up still without an order after this long never got one to the server (Zalo's
 * sheet did not open, or the app never reported it): it is failed. A MAC-checked callback naming
 * it can still credit it (its order becomes its own), as for any failed top-up.
 */
export const CHECKOUT_ORDERLESS_MS = 24 * 60 * 60_000;

/**
 * Settles checkout top-ups whose callback never came, by asking Checkout's order status API:
 * those pending for over twenty minutes with an order id. Every instance sweeps: each top-up is
 * claimed (locked, SKIP LOCKED) for the time of its question and answer, so two instances never
 * ask about or settle the same one at once, and a callback arriving meanwhile waits for the
 * claim, then finds it settled. Returns how many this sweep settled.
 */
export async function settleStaleCheckouts(
  db: Db,
  status: CheckoutStatus,
  now = new Date(),
): Promise<number> {
  const stale = await db
    .select({ id: topups.id })
    .from(topups)
    .where(pendingCheckouts({ withOrder: true, madeBefore: now.getTime() - CHECKOUT_CALLBACK_GRACE_MS }))
    // In no fixed order: fifty that Checkout keeps calling "processing" never hold back the rest.
    .orderBy(sql`random()`)
    .limit(50);
  let settled = 0;
  for (const { id } of stale) {
    // One top-up that cannot be settled now does not hold back the others.
    if (await askCheckout(db, status, id).catch(() => false)) settled++;
  }
  return settled + (await failOrderless(db, now));
}

/** Checkout top-ups still pending that were made before `madeBefore`, with an order or without one. */
function pendingCheckouts(opts: { withOrder: boolean; madeBefore: number }) {
  return and(
    eq(topups.method, "checkout"),
    eq(topups.status, "pending"),
    opts.withOrder ? isNotNull(topups.checkoutOrderId) : isNull(topups.checkoutOrderId),
    lt(topups.createdAt, new Date(opts.madeBefore)),
  );
}

/** Fails up to 50 checkout top-ups that never got an order (see CHECKOUT_ORDERLESS_MS). */
async function failOrderless(db: Db, now: Date): Promise<number> {
  return runWrite(db, ZALO_CHECKOUT, async (write) => {
    const stale = await write.tx
      .select()
      .from(topups)
      .where(pendingCheckouts({ withOrder: false, madeBefore: now.getTime() - CHECKOUT_ORDERLESS_MS }))
      .limit(50)
      .for("update", { skipLocked: true });
    for (const topup of stale) await markFailed(write, topup, "No Checkout order was made for it.");
    return stale.length;
  });
}

/**
 * Asks Checkout about a pending top-up's order and settles it from the answer, with the top-up
 * claimed (locked, SKIP LOCKED) meanwhile: true when it settled (failed, credited or put under
 * review). Used by the sweep and when the app says Checkout's sheet closed.
 */
export async function askCheckout(db: Db, status: CheckoutStatus, topupId: string): Promise<boolean> {
  return runWrite(db, ZALO_CHECKOUT, async (write) => {
    // Pending still, and not claimed by another sweep or being settled by its callback.
    const [topup] = await write.tx
      .select()
      .from(topups)
      .where(and(eq(topups.id, topupId), eq(topups.status, "pending"), isNotNull(topups.checkoutOrderId)))
      .for("update", { skipLocked: true });
    if (!topup) return false;
    const answer = await status.ask(topup.checkoutOrderId!).catch(() => null);
    if (!answer || answer.state === "pending") return false;
    await settleFromStatus(write, topup, answer);
    return true;
  });
}

/**
 * Checkout's answer about the order a member reported for a top-up, believed only as far as it
 * proves itself: a payment is credited when the answer names a transaction, the top-up's amount
 * and, in its extradata, this top-up (as our createOrder wrote it). A failure fails it unless the
 * answer speaks of another top-up or amount. Anything else waits for a person, the answer kept.
 */
async function settleFromStatus(write: Write, topup: TopupRow, answer: OrderStatus): Promise<void> {
  const named = answer.extradata === undefined ? undefined : topupIdOf(answer.extradata);
  const otherTopup = named !== topup.id;
  const otherAmount = answer.amount !== topup.amount;
  if (answer.state === "failed") {
    if (answer.extradata !== undefined && otherTopup)
      return markForReview(write, topup, "other_topup", answer);
    if (answer.amount !== undefined && otherAmount)
      return markForReview(write, topup, "amount_differs", answer);
    return markFailed(write, topup, answer.message ?? "");
  }
  const problem: ReviewReason | null = !answer.transId
    ? "no_trans_id"
    : otherAmount
      ? "amount_differs"
      : otherTopup
        ? "other_topup"
        : null;
  if (problem) return markForReview(write, topup, problem, answer);
  if ((await creditTopup(write, topup, answer.transId!)) === "already") {
    await markForReview(write, topup, "trans_credited", answer);
  }
}
