import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { AMOUNT_MAX, asksForInvoice } from "../../src/domain/money";
import { isUniqueViolation, type Db, type Tx } from "../db/client";
import { topups, transferAccounts, unmatchedPayments } from "../db/schema";
import { callbackMacs, sameMac } from "../payments/checkout-mac";
import type { CheckoutStatus, OrderStatus } from "../payments/checkout-status";
import { recordAudit } from "./audit";
import { credit, type Provider } from "./ledger";

export interface PaymentDeps {
  db: Db;
  appId: string;
  checkoutKey: string;
}

/** Runs `work` in one transaction; a lost race on a unique index is run again, to find it done. */
async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
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

/** extradata comes back as we sent it, or URI-encoded: it names our top-up. */
function topupIdOf(extradata: string): string | null {
  for (const text of [extradata, safeDecode(extradata)]) {
    try {
      const parsed = JSON.parse(text ?? "") as { topupId?: unknown };
      if (typeof parsed.topupId === "string") return parsed.topupId;
    } catch {
      // not this form
    }
  }
  return null;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Zalo Checkout's callback (POST /api/payments/checkout/callback), checked as Zalo signs it: our
 * app id, `mac` and `overallMac` compared in constant time. resultCode 1 credits the top-up's
 * amount once; any other result marks a pending top-up failed (never one already credited).
 * Refused, crediting nothing: a bad MAC, an unknown top-up, an amount that differs from it.
 */
export async function handleCheckoutCallback(deps: PaymentDeps, body: unknown): Promise<CallbackAnswer> {
  const parsed = callbackBody.safeParse(body);
  if (!parsed.success) return { returnCode: -1, returnMessage: "malformed callback" };
  const { data, mac, overallMac } = parsed.data;
  if (String(data.appId) !== deps.appId) return { returnCode: -1, returnMessage: "unknown app" };
  const expected = callbackMacs(deps.checkoutKey, data);
  if (!sameMac(expected.mac, mac) || !sameMac(expected.overallMac, overallMac)) {
    return { returnCode: -1, returnMessage: "bad mac" };
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

interface CheckoutResult {
  orderId: string;
  transId: string;
  amount: number;
  succeeded: boolean;
  message: string;
}

type TopupRow = typeof topups.$inferSelect;
const RECORDED: CallbackAnswer = { returnCode: 1, returnMessage: "recorded" };

/**
 * Records how a checkout top-up ended, from its callback (MAC-checked: Zalo's word). The order
 * must be the top-up's own: the one reported for it, or, for a top-up without one, an order no
 * other top-up holds, which then becomes its order. A payment of another order, or a second
 * payment of a top-up already credited, is kept for a person (unmatched_payments), never credited
 * twice and never dropped; Zalo is told it is recorded.
 */
async function settleCheckout(db: Db, topupId: string, result: CheckoutResult): Promise<CallbackAnswer> {
  return inTransaction(db, async (tx) => {
    const [topup] = await tx.select().from(topups).where(eq(topups.id, topupId)).for("update");
    if (!topup || topup.method !== "checkout") return { returnCode: -1, returnMessage: "unknown top-up" };
    if (topup.amount !== result.amount) return { returnCode: -1, returnMessage: "amount differs" };
    if (!(await isOwnOrder(tx, topup, result.orderId))) {
      if (result.succeeded) await keepPayment(tx, topup, result, "other_order");
      return RECORDED;
    }
    if (!result.succeeded) {
      if (topup.status === "pending") await markFailed(tx, topup, result.message);
      return RECORDED;
    }
    if (topup.status === "succeeded") {
      if (topup.reference !== result.transId) await keepPayment(tx, topup, result, "second_payment");
      return RECORDED;
    }
    // Pending, failed (a later success stands) or under review (Zalo's signed word settles it).
    if ((await creditTopup(tx, topup, result.transId)) === "already") {
      await keepPayment(tx, topup, result, "trans_credited");
    }
    return RECORDED;
  });
}

/** Whether `orderId` is the top-up's order; a top-up without one takes it if no other holds it. */
async function isOwnOrder(tx: Tx, topup: TopupRow, orderId: string): Promise<boolean> {
  if (topup.checkoutOrderId !== null) return topup.checkoutOrderId === orderId;
  const [holder] = await tx.select({ id: topups.id }).from(topups).where(eq(topups.checkoutOrderId, orderId));
  if (holder) return false;
  // Two callbacks racing to give one order to two top-ups: the loser meets the unique index and
  // runs again (inTransaction), to find the order held.
  await tx.update(topups).set({ checkoutOrderId: orderId }).where(eq(topups.id, topup.id));
  topup.checkoutOrderId = orderId;
  return true;
}

async function markFailed(tx: Tx, topup: TopupRow, message: string): Promise<void> {
  await tx
    .update(topups)
    .set({ status: "failed", failure: message.slice(0, 200), settledAt: new Date() })
    .where(eq(topups.id, topup.id));
  await recordAudit(
    tx,
    { personId: topup.createdBy },
    { action: "wallet.topup_failed", accountId: topup.accountId, subjectId: topup.id },
  );
}

/**
 * Credits the top-up's amount with Checkout's transaction id, once; "already" if that id was
 * credited. Money that would take the balance past its bound is kept (unmatched_payments) and the
 * top-up waits for a person.
 */
async function creditTopup(
  tx: Tx,
  topup: TopupRow,
  transId: string,
): Promise<"credited" | "already" | "kept"> {
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
    await recordAudit(
      tx,
      { personId: topup.createdBy },
      {
        action: "wallet.topup_credited",
        accountId: topup.accountId,
        subjectId: topup.id,
        detail: { amount: topup.amount, provider: "zalo_checkout", reference: transId },
      },
    );
  }
  if (credited === "kept") {
    const reason = "balance_over_bound";
    await auditKept(tx, topup, {
      reason,
      amount: topup.amount,
      orderId: topup.checkoutOrderId,
      reference: transId,
    });
    await markForReview(tx, topup, reason);
  }
  return credited;
}

/**
 * Why Zalo's signed payment is kept for a person instead of credited: an order that is not the
 * top-up's, a second payment of a credited top-up, a transaction id credited elsewhere.
 */
type KeptReason = "other_order" | "second_payment" | "trans_credited";

/** Money Zalo says arrived that no top-up takes: kept once per transaction id, with an audit event. */
async function keepPayment(tx: Tx, topup: TopupRow, result: CheckoutResult, reason: KeptReason) {
  const [kept] = await tx
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
  await auditKept(tx, topup, {
    reason,
    amount: result.amount,
    orderId: result.orderId,
    reference: result.transId,
  });
}

function auditKept(
  tx: Tx,
  topup: TopupRow,
  detail: { reason: string; amount: number; orderId: string | null; reference: string },
) {
  return recordAudit(
    tx,
    { personId: "zalo_checkout" },
    { action: "wallet.payment_kept", accountId: topup.accountId, subjectId: topup.id, detail },
  );
}

const bankNotice = z.strictObject({
  transactionId: z.string().min(1).max(128),
  accountNumber: z.string().min(1).max(64),
  amount: z.number().int().positive(),
  content: z.string().max(500),
  paidAt: z.string().max(64),
});

type BankOutcome = "credited" | "already" | "unmatched";

/**
 * A bank's transfer notice, already checked for its signature (over these bytes) and time: the
 * amount is credited to the ZCA whose dedicated number it was sent to, once per transactionId.
 * Money no ZCA takes is recorded for a person to resolve, never dropped: a notice that is not
 * UTF-8 or not our shape, an amount over AMOUNT_MAX, an unknown number, a balance that would pass
 * BALANCE_MAX. "HDDN" in the note asks for an invoice.
 */
export async function handleBankNotice(db: Db, bytes: Uint8Array): Promise<BankOutcome> {
  const text = utf8(bytes);
  if (text === null) {
    // Read with U+FFFD where it is not UTF-8, and the bytes themselves kept beside it.
    const read = new TextDecoder().decode(bytes);
    return keepUnreadable(db, "bank", read, undefined, { base64: Buffer.from(bytes).toString("base64") });
  }
  const body = parseJson(text);
  const parsed = bankNotice.safeParse(body);
  if (!parsed.success) return keepUnreadable(db, "bank", text, body);
  const notice = parsed.data;
  if (notice.amount > AMOUNT_MAX) {
    return keepUnmatched(db, {
      provider: "bank",
      reference: notice.transactionId,
      accountNumber: notice.accountNumber,
      amount: keptAmount(notice.amount),
      content: notice.content,
      reason: "amount_over_bound",
      payload: { raw: storable(text) },
    });
  }
  return inTransaction(db, async (tx) => {
    const [target] = await tx
      .select({ accountId: transferAccounts.accountId })
      .from(transferAccounts)
      .where(eq(transferAccounts.accountNumber, notice.accountNumber));
    if (!target) {
      return keepUnmatched(tx, {
        provider: "bank",
        reference: notice.transactionId,
        accountNumber: notice.accountNumber,
        amount: notice.amount,
        content: notice.content,
        reason: "unknown_account",
        payload: notice,
      });
    }
    const invoice = asksForInvoice(notice.content);
    // The member who opened a transfer top-up of this amount sees it settle.
    const [waiting] = await tx
      .select()
      .from(topups)
      .where(
        and(
          eq(topups.accountId, target.accountId),
          eq(topups.method, "bank_transfer"),
          eq(topups.status, "pending"),
          eq(topups.amount, notice.amount),
        ),
      )
      .orderBy(topups.createdAt)
      .limit(1)
      .for("update");
    const credited = await credit(tx, {
      accountId: target.accountId,
      amount: notice.amount,
      provider: "bank",
      reference: notice.transactionId,
      method: "bank_transfer",
      topupId: waiting?.id,
      invoice: invoice || (waiting?.invoice ?? false),
      description: "topup_bank",
    });
    if (credited === "kept") return "unmatched";
    if (credited === "credited") {
      if (waiting) {
        await tx
          .update(topups)
          .set({ status: "succeeded", reference: notice.transactionId, settledAt: new Date() })
          .where(eq(topups.id, waiting.id));
      }
      await recordAudit(
        tx,
        { personId: waiting?.createdBy ?? "bank" },
        {
          action: "wallet.topup_credited",
          accountId: target.accountId,
          subjectId: waiting?.id ?? notice.transactionId,
          detail: { amount: notice.amount, provider: "bank", reference: notice.transactionId, invoice },
        },
      );
    }
    return credited;
  });
}

/** Money no ZCA takes, kept for a person to resolve; a notice already kept is kept once. */
async function keepUnmatched(db: Db | Tx, row: typeof unmatchedPayments.$inferInsert): Promise<"unmatched"> {
  await db.insert(unmatchedPayments).values(row).onConflictDoNothing();
  return "unmatched";
}

/** A notice we cannot read is still money someone sent: kept as the bank sent it, with what can be read of it. */
function keepUnreadable(
  db: Db,
  provider: Provider,
  raw: string,
  body: unknown,
  beside: Record<string, string> = {},
): Promise<"unmatched"> {
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  return keepUnmatched(db, {
    provider,
    reference: typeof record.transactionId === "string" ? record.transactionId : `malformed-${randomUUID()}`,
    accountNumber: typeof record.accountNumber === "string" ? record.accountNumber : null,
    amount: keptAmount(record.amount),
    content: typeof record.content === "string" ? record.content.slice(0, 500) : "",
    reason: "malformed",
    // The text itself: parsed JSON of any shape (nested a thousand deep) would not be a usable record.
    payload: { raw: storable(raw), ...beside },
  });
}

/**
 * The amount a kept notice is filed under: what it says when that is a whole number of đồng a
 * balance can hold, else 0 (a negative or a number past 2^53, exact in no JSON reader). The text
 * as sent is kept beside it either way.
 */
function keptAmount(amount: unknown): number {
  return typeof amount === "number" && Number.isSafeInteger(amount) && amount >= 0 ? amount : 0;
}

/** The bytes as UTF-8 text, or null when they are not UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// PostgreSQL stores neither a NUL character nor half of a UTF-16 pair (a lone "\udfff" escape), in
// text or jsonb: a notice carrying one is kept with U+FFFD in its place.
const storable = (text: string) => text.toWellFormed().replaceAll("\0", "\uFFFD");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? storable(value) : value));
  } catch {
    return undefined;
  }
}

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
    .where(
      and(
        eq(topups.method, "checkout"),
        eq(topups.status, "pending"),
        isNotNull(topups.checkoutOrderId),
        lt(topups.createdAt, new Date(now.getTime() - CHECKOUT_CALLBACK_GRACE_MS)),
      ),
    )
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

/** Fails up to 50 checkout top-ups that never got an order (see CHECKOUT_ORDERLESS_MS). */
async function failOrderless(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const stale = await tx
      .select()
      .from(topups)
      .where(
        and(
          eq(topups.method, "checkout"),
          eq(topups.status, "pending"),
          isNull(topups.checkoutOrderId),
          lt(topups.createdAt, new Date(now.getTime() - CHECKOUT_ORDERLESS_MS)),
        ),
      )
      .limit(50)
      .for("update", { skipLocked: true });
    for (const topup of stale) await markFailed(tx, topup, "No Checkout order was made for it.");
    return stale.length;
  });
}

/**
 * Asks Checkout about a pending top-up's order and settles it from the answer, with the top-up
 * claimed (locked, SKIP LOCKED) meanwhile: true when it settled (failed, credited or put under
 * review). Used by the sweep and when the app says Checkout's sheet closed.
 */
export async function askCheckout(db: Db, status: CheckoutStatus, topupId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Pending still, and not claimed by another sweep or being settled by its callback.
    const [topup] = await tx
      .select()
      .from(topups)
      .where(and(eq(topups.id, topupId), eq(topups.status, "pending"), isNotNull(topups.checkoutOrderId)))
      .for("update", { skipLocked: true });
    if (!topup) return false;
    const answer = await status.ask(topup.checkoutOrderId!).catch(() => null);
    if (!answer || answer.state === "pending") return false;
    await settleFromStatus(tx, topup, answer);
    return true;
  });
}

/**
 * Why Checkout's answer about a top-up's order is not taken as its payment: no transaction id,
 * another amount, an extradata that does not name this top-up, a transaction id already credited.
 */
type ReviewReason =
  | "no_trans_id"
  | "amount_differs"
  | "other_topup"
  | "trans_credited"
  | "balance_over_bound";

/**
 * Checkout's answer about the order a member reported for a top-up, believed only as far as it
 * proves itself: a payment is credited when the answer names a transaction, the top-up's amount
 * and, in its extradata, this top-up (as our createOrder wrote it). A failure fails it unless the
 * answer speaks of another top-up or amount. Anything else waits for a person, the answer kept.
 */
async function settleFromStatus(tx: Tx, topup: TopupRow, answer: OrderStatus): Promise<void> {
  const named = answer.extradata === undefined ? undefined : topupIdOf(answer.extradata);
  const otherTopup = named !== topup.id;
  const otherAmount = answer.amount !== topup.amount;
  if (answer.state === "failed") {
    if (answer.extradata !== undefined && otherTopup) return markForReview(tx, topup, "other_topup", answer);
    if (answer.amount !== undefined && otherAmount) return markForReview(tx, topup, "amount_differs", answer);
    return markFailed(tx, topup, answer.message ?? "");
  }
  const problem: ReviewReason | null = !answer.transId
    ? "no_trans_id"
    : otherAmount
      ? "amount_differs"
      : otherTopup
        ? "other_topup"
        : null;
  if (problem) return markForReview(tx, topup, problem, answer);
  if ((await creditTopup(tx, topup, answer.transId!)) === "already") {
    await markForReview(tx, topup, "trans_credited", answer);
  }
}

async function markForReview(tx: Tx, topup: TopupRow, reason: ReviewReason, answer?: OrderStatus) {
  await tx
    .update(topups)
    .set({ status: "review", reviewReason: reason, reviewAnswer: storableJson(answer?.answer ?? null) })
    .where(eq(topups.id, topup.id));
  await recordAudit(
    tx,
    { personId: "zalo_checkout" },
    {
      action: "wallet.topup_review",
      accountId: topup.accountId,
      subjectId: topup.id,
      detail: { reason, orderId: topup.checkoutOrderId },
    },
  );
}

/** An answer as received, with each string storable in jsonb (see `storable`). */
function storableJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === "string" ? storable(item) : item,
  );
}
