import { createHmac } from "node:crypto";
import { sameMac } from "./checkout-mac";

/** A bank notice older or newer than this is refused: a captured one cannot be replayed later. */
export const BANK_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * `X-Signature` of a bank transfer notice: hex HMAC-SHA256(secret, `<X-Timestamp>.<raw body>`),
 * over the body's bytes as sent (a string is its UTF-8 bytes).
 */
export function bankSignature(secret: string, timestamp: string, rawBody: Uint8Array | string): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(rawBody).digest("hex");
}

/**
 * Whether a notice is signed with one of `secrets` (BANK_WEBHOOK_SECRET, then
 * BANK_WEBHOOK_SECRET_PREVIOUS while a rotation is under way) and sent within five minutes of now.
 * Checked over the bytes as they came, before any decoding: bytes that are not UTF-8 would decode
 * to other text.
 */
export function isGenuineBankNotice(
  secrets: readonly string[],
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: Uint8Array,
  now = Date.now(),
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !/^\d{1,15}$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > BANK_CLOCK_SKEW_MS) return false;
  return secrets.some((secret) => sameMac(bankSignature(secret, timestamp, rawBody), signature));
}
