import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { QRPay } from "vietnam-qr-pay";
import type { TopupRequest } from "../../src/domain/schemas";
import { transferNote } from "../../src/domain/money";
import type { CheckoutOrder, Topup } from "../../src/domain/types";
import type { Actor } from "../actor";
import { isUniqueViolation, type Db, type Tx } from "../db/client";
import { topups } from "../db/schema";
import { ApiError } from "../errors";
import { orderMac } from "../payments/checkout-mac";
import type { CheckoutStatus } from "../payments/checkout-status";
import { checkoutExtradata } from "../payments/extradata";
import { authorize } from "../policy";
import { askCheckout } from "./checkout-sweep";
import { runCommand } from "./command";
import { idempotent, requestHash } from "./idempotency";
import { makeTransferAccount, transferAccountOf } from "./transfer-accounts";
import type { PaymentSettings } from "./wallet";

type TopupRow = typeof topups.$inferSelect;

/** A top-up as the app shows it, with what paying it needs: the signed order, or the transfer. */
async function describeTopup(db: Db | Tx, settings: PaymentSettings, row: TopupRow): Promise<Topup> {
  const topup: Topup = {
    id: row.id,
    amount: row.amount,
    method: row.method,
    status: row.status,
    invoice: row.invoice,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.status !== "pending") return topup;
  if (row.method === "checkout") return { ...topup, checkout: checkoutOrder(settings.checkoutKey, row) };
  // Made with the top-up, in its transaction (createTopup).
  const accountNumber = await transferAccountOf(db, row.accountId);
  if (!accountNumber) throw new Error(`transfer top-up ${row.id} of a ZCA without a transfer account`);
  const note = transferNote(row.invoice);
  const qr = QRPay.initVietQR({
    bankBin: settings.bankBin,
    bankNumber: accountNumber,
    // vietnam-qr-pay measures the amount as text: a number would corrupt the payload.
    amount: String(row.amount),
    purpose: note,
  }).build();
  return { ...topup, bankTransfer: { accountNumber, bankName: settings.bankName, note, qr } };
}

/** Exactly what the app passes to Zalo Checkout's createOrder, with its MAC. */
function checkoutOrder(key: string, row: TopupRow): CheckoutOrder {
  const order = {
    amount: row.amount,
    desc: `Nap tien ZCA ${row.amount}`,
    item: [{ id: row.id, amount: row.amount }],
    extradata: checkoutExtradata(row.id),
  };
  return { ...order, mac: orderMac(key, order) };
}

/**
 * Starts a top-up. One Idempotency-Key gives one top-up, whatever the retries; the same key with
 * another body is refused. The top-up is pending until Checkout's callback or the bank's notice.
 * A transfer top-up of a ZCA made before the wallet makes the ZCA's transfer account with it.
 */
export async function createTopup(
  db: Db,
  settings: PaymentSettings,
  actor: Actor,
  accountId: string,
  request: TopupRequest,
  idempotencyKey: string,
): Promise<{ topup: Topup; replayed: boolean }> {
  const body = { amount: request.amount, method: request.method, invoice: request.invoice ?? false };
  const hash = requestHash({ accountId, ...body });
  return runCommand(db, actor, { accountId, permission: "wallet.use" }, async (write) => {
    const { tx } = write;
    const { answer, replayed } = await idempotent(
      write,
      {
        key: idempotencyKey,
        scope: "topup",
        hash,
        kept: () => keptOnTopup(tx, actor.personId, idempotencyKey),
      },
      async (made) => describeTopup(tx, settings, await topupOf(tx, made.accountId, made.resourceId)),
      async () => {
        if (body.method === "bank_transfer") await makeTransferAccount(tx, accountId);
        const [row] = await tx
          .insert(topups)
          .values({
            id: `topup-${randomUUID()}`,
            accountId,
            ...body,
            createdBy: actor.personId,
            // Kept on the top-up too, for the instances of the release before 0016 (docs/deploy.md).
            idempotencyKey,
            requestHash: hash,
          })
          .returning();
        write.audit({ action: "wallet.topup_start", subjectId: row!.id, detail: body });
        return { accountId, resourceId: row!.id, answer: await describeTopup(tx, settings, row!) };
      },
    );
    return { topup: answer, replayed };
  });
}

/** A key an instance of the release before 0016 kept only on the top-up it made. */
async function keptOnTopup(tx: Tx, personId: string, key: string) {
  const [row] = await tx
    .select({ id: topups.id, accountId: topups.accountId, hash: topups.requestHash })
    .from(topups)
    .where(and(eq(topups.createdBy, personId), eq(topups.idempotencyKey, key)));
  return row && { accountId: row.accountId, resourceId: row.id, hash: row.hash };
}

async function topupOf(db: Db | Tx, accountId: string, topupId: string): Promise<TopupRow> {
  const [row] = await db
    .select()
    .from(topups)
    .where(and(eq(topups.id, topupId), eq(topups.accountId, accountId)));
  if (!row) throw new ApiError("not_found");
  return row;
}

export async function getTopup(
  db: Db,
  settings: PaymentSettings,
  personId: string,
  accountId: string,
  topupId: string,
): Promise<Topup> {
  await authorize(db, personId, accountId, "wallet.use");
  return describeTopup(db, settings, await topupOf(db, accountId, topupId));
}

/**
 * Keeps Zalo Checkout's order id of a top-up, as createOrder answered it in the app: the server
 * asks Checkout about that order if its callback never comes, and believes the answer only when
 * it names this top-up (services/checkout-sweep.ts). One top-up, one order, set once: the same report
 * again is answered alike; another order for this top-up, or an order another top-up holds, is
 * 409 order_taken (a payment retried in the app makes a new top-up).
 */
export async function recordCheckoutOrder(
  db: Db,
  actor: Actor,
  accountId: string,
  topupId: string,
  orderId: string,
): Promise<void> {
  await runCommand(db, actor, { accountId, permission: "wallet.use" }, async ({ tx }) => {
    const row = await topupOf(tx, accountId, topupId);
    if (row.method !== "checkout") throw new ApiError("invalid_input", "This top-up is a bank transfer.");
    if (row.checkoutOrderId === orderId) return;
    if (row.checkoutOrderId !== null) {
      throw new ApiError("order_taken", "This top-up has another order; a new payment needs a new top-up.");
    }
    try {
      const [set] = await tx
        .update(topups)
        .set({ checkoutOrderId: orderId })
        .where(and(eq(topups.id, topupId), sql`${topups.checkoutOrderId} IS NULL`))
        .returning({ id: topups.id });
      if (set) return;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new ApiError("order_taken", "This order belongs to another top-up.");
    }
    // Another report for this top-up came first: the same order is answered alike.
    const [now] = await tx
      .select({ orderId: topups.checkoutOrderId })
      .from(topups)
      .where(eq(topups.id, topupId));
    if (now?.orderId !== orderId) throw new ApiError("order_taken", "This top-up has another order.");
  });
}

/**
 * The app saw Checkout's sheet close (paid or not, the app cannot know): the server asks
 * Checkout about the top-up's order at once and settles it from that answer alone, as the sweep
 * would (failed, credited, or under review); while Checkout says it is processing, or does not
 * answer, it stays pending for the sweep. Answers the top-up as it is then.
 */
export async function checkoutClosed(
  db: Db,
  settings: PaymentSettings,
  status: CheckoutStatus | null,
  personId: string,
  accountId: string,
  topupId: string,
): Promise<Topup> {
  await authorize(db, personId, accountId, "wallet.use");
  const row = await topupOf(db, accountId, topupId);
  if (row.method !== "checkout") throw new ApiError("invalid_input", "This top-up is a bank transfer.");
  if (row.status !== "pending" || !row.checkoutOrderId || !status) return describeTopup(db, settings, row);
  await askCheckout(db, status, row.id);
  return describeTopup(db, settings, await topupOf(db, accountId, topupId));
}
