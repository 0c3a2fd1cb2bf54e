import { createHmac, timingSafeEqual } from "node:crypto";

// Zalo Checkout's MACs (Zalo Mini App "Checkout SDK" docs and Zalo's own sample code): hex
// HMAC-SHA256 with the app's Checkout private key.

const hmac = (key: string, text: string) => createHmac("sha256", key).update(text, "utf8").digest("hex");

/** A value in a MAC string: objects and arrays as compact JSON, everything else as written. */
function macValue(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

/** The keys present in `fields`, sorted, as `key=value` joined by `&`. */
function sortedPairs(fields: Record<string, unknown>): string {
  return Object.keys(fields)
    .filter((key) => fields[key] !== undefined)
    .sort()
    .map((key) => `${key}=${macValue(fields[key])}`)
    .join("&");
}

/** The MAC of an order the app passes to createOrder: over amount, desc, extradata, item, method. */
export function orderMac(
  key: string,
  order: { amount: number; desc: string; item: unknown; extradata: string; method?: string },
): string {
  const { amount, desc, item, extradata, method } = order;
  return hmac(key, sortedPairs({ amount, desc, extradata, item, method }));
}

/** The two MACs Zalo puts on a payment callback: `mac` over set fields in a set order, `overallMac` over all. */
export function callbackMacs(
  key: string,
  data: Record<string, unknown>,
): { mac: string; overallMac: string } {
  const fixed = ["appId", "amount", "description", "orderId", "message", "resultCode", "transId"]
    .map((field) => `${field}=${macValue(data[field])}`)
    .join("&");
  return { mac: hmac(key, fixed), overallMac: hmac(key, sortedPairs(data)) };
}

/** The MAC of a request to Checkout's order status API. */
export function statusMac(key: string, params: { appId: string; orderId: string }): string {
  return hmac(key, `appId=${params.appId}&orderId=${params.orderId}&privateKey=${key}`);
}

/** Compares two hex MACs in constant time. */
export function sameMac(expected: string, given: unknown): boolean {
  if (typeof given !== "string" || !/^[0-9a-f]{64}$/i.test(given)) return false;
  return timingSafeEqual(Buffer.from(expected, "hex"), Buffer.from(given.toLowerCase(), "hex"));
}
