import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/client";
import { actor, readBody, readParam, type Env } from "../http";
import { bankSignature } from "../payments/bank-signature";
import { callbackMacs } from "../payments/checkout-mac";
import { getTopup, recordCheckoutOrder, type PaymentSettings } from "../services/wallet";

export interface PaymentSimulatorDeps {
  db: Db;
  settings: PaymentSettings;
  appId: string;
  bankSecret: string;
  /** Where Zalo and the bank send their notices: the API's public origin. */
  publicUrl: string;
  /** How long "pay, but the callback is late" waits before Zalo's callback. */
  lateCallbackMs: number;
}

const checkoutChoice = z.strictObject({ outcome: z.enum(["pay", "fail", "cancel", "pay_late"]) });

/** POSTs to the API's own public URL over HTTP, exactly as Zalo's or the bank's servers would. */
async function deliver(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  }).catch(() => {});
}

/**
 * Dev mode only: plays Zalo Checkout's and the bank's part for a top-up made in a browser. The
 * app's dev checkout sheet and "Giả lập chuyển khoản" call these; they answer at once and then
 * send the same signed callback or notice the real providers send, to the real routes.
 */
export function devPaymentRoutes(deps: PaymentSimulatorDeps) {
  return new Hono<Env>()
    .post("/checkout/:accountId/:topupId", async (c) => {
      const { outcome } = await readBody(c, checkoutChoice);
      const accountId = readParam(c, "accountId");
      const topupId = readParam(c, "topupId");
      const topup = await getTopup(deps.db, deps.settings, c.get("personId"), accountId, topupId);
      const orderId = `dev-order-${randomUUID().slice(0, 8)}`;
      await recordCheckoutOrder(deps.db, actor(c), accountId, topupId, orderId);
      if (outcome === "cancel" || !topup.checkout) return c.json({ orderId });
      const data = {
        appId: deps.appId,
        orderId,
        transId: `dev-trans-${randomUUID()}`,
        amount: topup.amount,
        description: topup.checkout.desc,
        resultCode: outcome === "fail" ? -1 : 1,
        message: outcome === "fail" ? "Giao dịch thất bại" : "Giao dịch thành công",
        extradata: encodeURIComponent(topup.checkout.extradata),
        method: "ZALOPAY_SANDBOX",
      };
      const body = JSON.stringify({ data, ...callbackMacs(deps.settings.checkoutKey, data) });
      const send = () => deliver(`${deps.publicUrl}/api/payments/checkout/callback`, body);
      if (outcome === "pay_late") setTimeout(() => void send(), deps.lateCallbackMs).unref();
      else await send();
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
