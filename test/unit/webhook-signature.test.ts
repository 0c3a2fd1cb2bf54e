import { describe, expect, it } from "vitest";
import { webhookSignature, isSignedRecently } from "../../server/payments/webhook-signature";

const OLD = "old-bank-webhook-secret-0123456789abcdef";
const NEW = "new-bank-webhook-secret-0123456789abcdef";
const TEXT = '{"transactionId":"t-1","amount":50000}';
const BODY = new TextEncoder().encode(TEXT);

const signed = (secret: string, now = Date.now()) => {
  const timestamp = String(now);
  return { timestamp, signature: webhookSignature(secret, timestamp, BODY) };
};

describe("bank notices while BANK_WEBHOOK_SECRET is rotated (current first, then _PREVIOUS)", () => {
  it("accepts a notice signed with either secret while both are held", () => {
    expect(isSignedRecently([NEW, OLD], signed(OLD), BODY)).toBe(true);
    expect(isSignedRecently([NEW, OLD], signed(NEW), BODY)).toBe(true);
  });

  it("refuses a notice signed with the previous secret once it is removed, and one signed with neither", () => {
    expect(isSignedRecently([NEW], signed(OLD), BODY)).toBe(false);
    expect(isSignedRecently([NEW, OLD], signed("someone-else-0123456789abcdef0123"), BODY)).toBe(false);
  });

  it("refuses a notice signed with a held secret but over another body or out of its five minutes", () => {
    expect(isSignedRecently([NEW, OLD], signed(OLD), new TextEncoder().encode(`${TEXT} `))).toBe(false);
    expect(isSignedRecently([NEW, OLD], signed(OLD, Date.now() - 6 * 60_000), BODY)).toBe(false);
  });
});
