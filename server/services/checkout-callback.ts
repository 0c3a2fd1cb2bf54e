import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { topups } from "../db/schema";
import { callbackMacs, sameMac } from "../payments/checkout-mac";
import { topupIdOf } from "../payments/extradata";
import { runWrite, type Write } from "./command";
import { keepPayment, ZALO_CHECKOUT, type CheckoutResult } from "./kept-payments";
import { creditTopup, markFailed, type TopupRow } from "./topup-outcomes";

export interface PaymentDeps {
  db: Db;
  appId: string;
  checkoutKey: string;
}

const callbackBody = z.object({
  data: z
    .object({
      appId: z.union([z.string(), z.number()]),
      orderId: z.union([z.string(), z.number()]),
      transId: z.union([z.string(), z.number()]),
      amount: z.number(),
      description: z.string(),
      resultCode: z.number(),
      message: z.string(),
      extradata: z.string(),
    })
    .passthrough(),
  mac: z.string(),
  overallMac: z.string(),
});

/** What Zalo Checkout is told: 1 when the callback is recorded (a repeat is recorded already). */
export type CallbackAnswer = { returnCode: 1 | -1; returnMessage: string };

// The answers to a callback that is not Zalo's (its shape, its app or its MACs): only these count
// against the sender's limit on failed signatures (isUnsigned).
const MALFORMED: CallbackAnswer = { returnCode: -1, returnMessage: "malformed callback" };
const UNKNOWN_APP: CallbackAnswer = { returnCode: -1, returnMessage: "unknown app" };
const BAD_MAC: CallbackAnswer = { returnCode: -1, returnMessage: "bad mac" };

/** Whether the answer refused the callback as not Zalo's, rather than settling or refusing its payment. */
export const isUnsigned = (answer: CallbackAnswer) => [MALFORMED, UNKNOWN_APP, BAD_MAC].includes(answer);

/**
 * Zalo Checkout's callback (POST /api/payments/checkout/callback), checked as Zalo signs it: our
 * app id, `mac` and `overallMac` compared in constant time. resultCode 1 credits the top-up's
 * amount once; any other result marks a pending top-up failed (never one already credited).
 * Refused, crediting nothing: a bad MAC, an unknown top-up, an amount that differs from it.
 */
export async function handleCheckoutCallback(deps: PaymentDeps, body: unknown): Promise<CallbackAnswer> {
  const parsed = callbackBody.safeParse(body);
  if (!parsed.success) return MALFORMED;
  const { data, mac, overallMac } = parsed.data;
  if (String(data.appId) !== deps.appId) return UNKNOWN_APP;
  const expected = callbackMacs(deps.checkoutKey, data);
  if (!sameMac(expected.mac, mac) || !sameMac(expected.overallMac, overallMac)) {
    return BAD_MAC;
  }
  const topupId = topupIdOf(data.extradata);
  if (!topupId) return { returnCode: -1, returnMessage: "unknown top-up" };
  return settleCheckout(deps.db, topupId, {
    orderId: String(data.orderId),
    transId: String(data.transId),
    amount: data.amount,
    succeeded: data.resultCode === 1,
    message: data.message,
  });
}

const RECORDED: CallbackAnswer = { returnCode: 1, returnMessage: "recorded" };

/**
 * Records how a checkout top-up ended, from its callback (MAC-checked: Zalo's word). The order
 * must be the top-up's own: the one reported for it, or, for a top-up without one, an order no
 * other top-up holds, which then becomes its order. A payment of another order, or a second
 * payment of a top-up already credited, is kept for a person (unmatched_payments), never credited
 * twice and never dropped; Zalo is told it is recorded.
 */
async function settleCheckout(db: Db, topupId: string, result: CheckoutResult): Promise<CallbackAnswer> {
  return runWrite(db, ZALO_CHECKOUT, async (write) => settle(write, topupId, result), { retries: 3 });
}

async function settle(write: Write, topupId: string, result: CheckoutResult): Promise<CallbackAnswer> {
  const { tx } = write;
  const [topup] = await tx.select().from(topups).where(eq(topups.id, topupId)).for("update");
  if (!topup || topup.method !== "checkout") return { returnCode: -1, returnMessage: "unknown top-up" };
  if (topup.amount !== result.amount) return { returnCode: -1, returnMessage: "amount differs" };
  if (!(await isOwnOrder(write, topup, result.orderId))) {
    if (result.succeeded) await keepPayment(write, topup, result, "other_order");
    return RECORDED;
  }
  if (!result.succeeded) {
    if (topup.status === "pending") await markFailed(write, topup, result.message);
    return RECORDED;
  }
  if (topup.status === "succeeded") {
    if (topup.reference !== result.transId) await keepPayment(write, topup, result, "second_payment");
    return RECORDED;
  }
  // Pending, failed (a later success stands) or under review (Zalo's signed word settles it).
  if ((await creditTopup(write, topup, result.transId)) === "already") {
    await keepPayment(write, topup, result, "trans_credited");
  }
  return RECORDED;
}

/** Whether `orderId` is the top-up's order; a top-up without one takes it if no other holds it. */
async function isOwnOrder({ tx }: Write, topup: TopupRow, orderId: string): Promise<boolean> {
  if (topup.checkoutOrderId !== null) return topup.checkoutOrderId === orderId;
  const [holder] = await tx.select({ id: topups.id }).from(topups).where(eq(topups.checkoutOrderId, orderId));
  if (holder) return false;
  // Two callbacks racing to give one order to two top-ups: the loser meets the unique index and
  // runs again (runWrite), to find the order held.
  await tx.update(topups).set({ checkoutOrderId: orderId }).where(eq(topups.id, topup.id));
  topup.checkoutOrderId = orderId;
  return true;
}
