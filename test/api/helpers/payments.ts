import { createHmac } from "node:crypto";
import type { RequestOptions } from "./http";
import { TEST_PAYMENTS } from "./server";

export const hmac = (key: string, text: string) => createHmac("sha256", key).update(text).digest("hex");

/**
 * Zalo Checkout's callback for a top-up, signed as Zalo signs it (or with the given changes); its
 * order is `zp-order-<top-up id>` unless `orderId` names another.
 */
export function checkoutCallback(
  topup: { id: string; amount: number },
  change: {
    resultCode?: number;
    transId?: string;
    amount?: number;
    key?: string;
    appId?: string;
    orderId?: string;
  } = {},
) {
  const data = {
    appId: change.appId ?? TEST_PAYMENTS.appId,
    orderId: change.orderId ?? `zp-order-${topup.id}`,
    transId: change.transId ?? `zp-trans-${topup.id}`,
    amount: change.amount ?? topup.amount,
    description: "Nap tien ZCA",
    resultCode: change.resultCode ?? 1,
    message: "Giao dịch thành công",
    extradata: encodeURIComponent(JSON.stringify({ topupId: topup.id })),
    method: "ZALOPAY",
  };
  const key = change.key ?? TEST_PAYMENTS.checkoutKey;
  // The MAC strings as Zalo documents them, built here by hand rather than by the server's code.
  const mac = hmac(
    key,
    `appId=${data.appId}&amount=${data.amount}&description=${data.description}&orderId=${data.orderId}&message=${data.message}&resultCode=${data.resultCode}&transId=${data.transId}`,
  );
  const overallMac = hmac(
    key,
    Object.keys(data)
      .sort()
      .map((k) => `${k}=${data[k as keyof typeof data]}`)
      .join("&"),
  );
  return { data, mac, overallMac };
}

/**
 * The request of a bank's transfer notice for POST /api/payments/bank/webhook, signed by the bank
 * over the bytes it sends; a string or bytes body is sent and signed as it is.
 */
export function bankNoticeRequest(
  body: object | string | Uint8Array,
  opts: { secret?: string; at?: number } = {},
): RequestOptions {
  const raw = typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body);
  const timestamp = String(opts.at ?? Date.now());
  const signature = createHmac("sha256", opts.secret ?? TEST_PAYMENTS.bankSecret)
    .update(`${timestamp}.`)
    .update(raw)
    .digest("hex");
  return {
    rawBody: raw,
    headers: { "Content-Type": "application/json", "X-Timestamp": timestamp, "X-Signature": signature },
  };
}

/**
 * A request to POST /api/usage/holds or /events, signed as Zalo's charging services sign it
 * (USAGE_WEBHOOK_SECRET over `<X-Timestamp>.<raw body>`); a string body is sent as it is.
 */
export function usageRequest(
  body: object | string | Uint8Array,
  opts: { secret?: string; at?: number } = {},
): RequestOptions {
  return bankNoticeRequest(body, { secret: opts.secret ?? TEST_PAYMENTS.usageSecret, at: opts.at });
}
