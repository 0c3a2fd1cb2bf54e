import { randomUUID } from "node:crypto";
import type { Actor } from "../actor";
import type { Db } from "../db/client";
import { ApiError } from "../errors";
import { webhookSignature } from "../payments/webhook-signature";
import { getTopup, recordCheckoutOrder } from "../services/topups";
import type { PaymentSettings } from "../services/wallet";
import type { CheckoutOutcome, CheckoutStandIn } from "./checkout-standin";

/**
 * Dev mode only: plays the app's createOrder and the person on Checkout's sheet (through the
 * Checkout stand-in, which sends Zalo's signed callback and answers its order status API), and
 * the bank's part for a transfer. The money moves only through the real, signed routes.
 */
export interface PaymentSimulatorDeps {
  db: Db;
  settings: PaymentSettings;
  bankSecret: string;
  /** Where the bank sends its notices: the API's public origin. */
  publicUrl: string;
  /** The local stand-in for Zalo Checkout: it takes the order and sends Zalo's callback. */
  checkout: CheckoutStandIn;
}

/** POSTs to the API's own public URL over HTTP, exactly as the bank's servers would. */
async function deliver(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  }).catch(() => {});
}

/** Pays (or fails, cancels, pays late) a pending checkout top-up as a person on Zalo's sheet would. */
export async function simulateCheckout(
  deps: PaymentSimulatorDeps,
  actor: Actor,
  accountId: string,
  topupId: string,
  outcome: CheckoutOutcome,
): Promise<{ orderId: string }> {
  const topup = await getTopup(deps.db, deps.settings, actor.personId, accountId, topupId);
  if (!topup.checkout) throw new ApiError("invalid_input", "This top-up is not waiting for Checkout.");
  const orderId = deps.checkout.createOrder(topup.checkout);
  await recordCheckoutOrder(deps.db, actor, accountId, topupId, orderId);
  await deps.checkout.decide(orderId, outcome);
  return { orderId };
}

/** Sends the bank's signed notice for a pending transfer top-up; nothing when it is not one. */
export async function simulateBankTransfer(
  deps: PaymentSimulatorDeps,
  personId: string,
  accountId: string,
  topupId: string,
): Promise<{ sent: boolean }> {
  const topup = await getTopup(deps.db, deps.settings, personId, accountId, topupId);
  if (!topup.bankTransfer) return { sent: false };
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
    "X-Signature": webhookSignature(deps.bankSecret, timestamp, body),
  });
  return { sent: true };
}
