import type { CheckoutOrder } from "../domain/types";
import { callSdk, UNATTENDED_MS } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/**
 * How Zalo's checkout page ended, as far as Zalo tells the app: "closed" (paid, failed or
 * unknown: only the server's signed callback says which), or "not_paid" when Zalo reports the
 * person closed it without paying (checkTransaction's resultCode -2).
 */
export type CheckoutEnd = "closed" | "not_paid";

export interface CheckoutSession {
  /** Zalo's order id, for the server to ask Checkout about if its callback never comes. */
  orderId: string;
  /** Settles when the checkout page has closed. */
  ended: Promise<CheckoutEnd>;
}

/** Zalo Checkout exists only inside Zalo; elsewhere (a browser in dev mode) the app plays it. */
export function canPayInZalo(): boolean {
  return isInsideZalo();
}

/**
 * Opens Zalo's checkout page for an order the server signed, passing its fields through unchanged
 * (the MAC covers them). createOrder resolves once the page is open, not when payment ends; when
 * the page closes, zmp-sdk waits 500 ms, emits PaymentDone, calls checkTransaction and emits
 * PaymentClose with its answer (common/apis/general/payment/createOrder.js). It decides whether to
 * emit PaymentDone from the listeners present when createOrder is called: they come first.
 */
export async function openCheckout(order: CheckoutOrder): Promise<CheckoutSession> {
  const { createOrder, events, EventName } = await callSdk(loadSdk, UNATTENDED_MS);
  let settle: (end: CheckoutEnd) => void = () => {};
  const ended = new Promise<CheckoutEnd>((resolve) => (settle = resolve));
  let fallback: ReturnType<typeof setTimeout> | undefined;

  const onClose = (data?: { resultCode?: number }) => finish(data?.resultCode === -2 ? "not_paid" : "closed");
  // PaymentClose never follows when checkTransaction fails, nor after a payment app sent the
  // person back through OpenApp: PaymentDone alone then ends the payment.
  const onDone = () => {
    clearTimeout(fallback);
    fallback = setTimeout(() => finish("closed"), UNATTENDED_MS);
  };
  function stop() {
    clearTimeout(fallback);
    events.off(EventName.PaymentDone, onDone);
    events.off(EventName.PaymentClose, onClose);
  }
  function finish(end: CheckoutEnd) {
    stop();
    settle(end);
  }

  events.on(EventName.PaymentDone, onDone);
  events.on(EventName.PaymentClose, onClose);
  try {
    const { orderId } = await callSdk(() => createOrder({ ...order }), UNATTENDED_MS);
    return { orderId, ended };
  } catch (error) {
    stop();
    throw error;
  }
}
