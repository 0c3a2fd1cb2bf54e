import { createHmac } from "node:crypto";
import { sameMac } from "./checkout-mac";

/** A signed call older or newer than this is refused: a captured one cannot be replayed later. */
export const WEBHOOK_WINDOW_MS = 5 * 60_000;

/**
 * `X-Signature` of a server-to-server call signed with a shared secret (the bank's transfer
 * notices, Zalo's usage holds and events): hex HMAC-SHA256(secret, `<X-Timestamp>.<raw body>`),
 * over the body's bytes as sent (a string is its UTF-8 bytes).
 */
export function webhookSignature(secret: string, timestamp: string, rawBody: Uint8Array | string): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(rawBody).digest("hex");
}

/**
 * Whether a call is signed with one of `secrets` (the current key, then the previous one while a
 * rotation is under way) and sent within five minutes of now. Checked over the bytes as they
 * came, before any decoding: bytes that are not UTF-8 would decode to other text.
 */
export function isSignedRecently(
  secrets: readonly string[],
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: Uint8Array,
  now = Date.now(),
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !/^\d{1,15}$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > WEBHOOK_WINDOW_MS) return false;
  return secrets.some((secret) => sameMac(webhookSignature(secret, timestamp, rawBody), signature));
}
