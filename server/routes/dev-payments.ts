import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/client";
import type { CheckoutStandIn } from "../dev/checkout-standin";
import { ApiError } from "../errors";
import { actor, readBody, readParam, type Env } from "../http";
import { bankSignature } from "../payments/bank-signature";
import { getTopup, recordCheckoutOrder, type PaymentSettings } from "../services/wallet";

export interface PaymentSimulatorDeps {
  db: Db;
  settings: PaymentSettings;
  bankSecret: string;
  /** Where the bank sends its notices: the API's public origin. */
  publicUrl: string;
  /** The local stand-in for Zalo Checkout: it takes the order and sends Zalo's callback. */
  checkout: CheckoutStandIn;
}

const checkoutChoice = z.strictObject({ outcome: z.enum(["pay", "fail", "cancel", "pay_late"]) });

/** POSTs to the API's own public URL over HTTP, exactly as the bank's servers would. */
async function deliver(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  }).catch(() => {});
}

/**
 * Dev mode only: plays the app's createOrder and the person on Checkout's sheet (through the
 * Checkout stand-in, which sends Zalo's signed callback and answers its order status API), and
 * the bank's part for a transfer. The app's dev checkout sheet and "Giả lập chuyển khoản" call
 * these; the money moves only through the real, signed routes.
 */
export function devPaymentRoutes(deps: PaymentSimulatorDeps) {
  return new Hono<Env>()
    .post("/checkout/:accountId/:topupId", async (c) => {
      const { outcome } = await readBody(c, checkoutChoice);
      const accountId = readParam(c, "accountId");
      const topupId = readParam(c, "topupId");
      const topup = await getTopup(deps.db, deps.settings, c.get("personId"), accountId, topupId);
      if (!topup.checkout) throw new ApiError("invalid_input", "This top-up is not waiting for Checkout.");
      const orderId = deps.checkout.createOrder(topup.checkout);
      await recordCheckoutOrder(deps.db, actor(c), accountId, topupId, orderId);
      await deps.checkout.decide(orderId, outcome);
      return c.json({ orderId });
    })
    .post("/bank-transfer/:accountId/:topupId", async (c) => {
      const accountId = readParam(c, "accountId");
      const topup = await getTopup(
        deps.db,
        deps.settings,
        c.get("personId"),
        accountId,
        readParam(c, "topupId"),
      );
      if (!topup.bankTransfer) return c.json({ sent: false });
      const body = JSON.stringify({
        transactionId: `dev-bank-${randomUUID()}`,
        accountNumber: topup.bankTransfer.accountNumber,
        amount: topup.amount,
        content: topup.bankTransfer.note,
        paidAt: new Date().toISOString(),
      });
      const timestamp = String(Date.now());
      await deliver(`${deps.publicUrl}/api/payments/bank/webhook`, body, {
        "X-Timestamp": timestamp,
        "X-Signature": bankSignature(deps.bankSecret, timestamp, body),
      });
      return c.json({ sent: true });
    });
}
