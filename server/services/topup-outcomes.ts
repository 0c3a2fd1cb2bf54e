import { eq } from "drizzle-orm";
import { topups } from "../db/schema";
import { storableJson } from "../db/storable";
import type { OrderStatus } from "../payments/checkout-status";
import type { Write } from "./command";
import { auditKept, ZALO_CHECKOUT } from "./kept-payments";
import { credit } from "./ledger";
import { paymentFailed } from "./notify";

// How a checkout top-up ends, from Zalo's callback or Checkout's answer: failed, credited once,
// or under review for a person.

export type TopupRow = typeof topups.$inferSelect;

export async function markFailed({ tx, audit }: Write, topup: TopupRow, message: string): Promise<void> {
  await tx
    .update(topups)
    .set({ status: "failed", failure: message.slice(0, 200), settledAt: new Date() })
    .where(eq(topups.id, topup.id));
  await paymentFailed(tx, topup);
  audit(
    { action: "wallet.topup_failed", accountId: topup.accountId, subjectId: topup.id },
    { personId: topup.createdBy },
  );
}

/**
 * Credits the top-up's amount with Checkout's transaction id, once; "already" if that id was
 * credited. Money that would take the balance past its bound is kept (unmatched_payments) and the
 * top-up waits for a person.
 */
export async function creditTopup(
  write: Write,
  topup: TopupRow,
  transId: string,
): Promise<"credited" | "already" | "kept"> {
  const { tx } = write;
  const credited = await credit(tx, {
    accountId: topup.accountId,
    amount: topup.amount,
    provider: "zalo_checkout",
    reference: transId,
    method: "checkout",
    topupId: topup.id,
    invoice: topup.invoice,
    description: "topup_checkout",
  });
  if (credited === "credited") {
    await tx
      .update(topups)
      .set({ status: "succeeded", reference: transId, failure: null, settledAt: new Date() })
      .where(eq(topups.id, topup.id));
    write.audit(
      {
        action: "wallet.topup_credited",
        accountId: topup.accountId,
        subjectId: topup.id,
        detail: { amount: topup.amount, provider: "zalo_checkout", reference: transId },
      },
      { personId: topup.createdBy },
    );
  }
  if (credited === "kept") {
    const reason = "balance_over_bound";
    auditKept(write, topup, {
      reason,
      amount: topup.amount,
      orderId: topup.checkoutOrderId,
      reference: transId,
    });
    await markForReview(write, topup, reason);
  }
  return credited;
}

/**
 * Why Checkout's answer about a top-up's order is not taken as its payment: no transaction id,
 * another amount, an extradata that does not name this top-up, a transaction id already credited.
 */
export type ReviewReason =
  | "no_trans_id"
  | "amount_differs"
  | "other_topup"
  | "trans_credited"
  | "balance_over_bound";

export async function markForReview(
  { tx, audit }: Write,
  topup: TopupRow,
  reason: ReviewReason,
  answer?: OrderStatus,
) {
  await tx
    .update(topups)
    .set({ status: "review", reviewReason: reason, reviewAnswer: storableJson(answer?.answer ?? null) })
    .where(eq(topups.id, topup.id));
  audit(
    {
      action: "wallet.topup_review",
      accountId: topup.accountId,
      subjectId: topup.id,
      detail: { reason, orderId: topup.checkoutOrderId },
    },
    ZALO_CHECKOUT,
  );
}
