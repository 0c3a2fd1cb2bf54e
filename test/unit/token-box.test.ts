import { describe, expect, it } from "vitest";
import { createTokenBox } from "../../server/auth/token-box";

const KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

describe("token box (AES-256-GCM under ZALO_TOKEN_KEY)", () => {
  it("opens what it sealed, and never shows the secret in the sealed form", () => {
    const box = createTokenBox(KEY);
    const sealed = box.seal("refresh-token-abc");
    expect(sealed).not.toContain("refresh-token-abc");
    expect(sealed).toMatch(/^v1\./);
    expect(box.open(sealed)).toBe("refresh-token-abc");
  });

  it("seals the same secret differently each time (a fresh IV)", () => {
    const box = createTokenBox(KEY);
    expect(box.seal("same")).not.toBe(box.seal("same"));
  });

  it("refuses a sealed value that was tampered with, or sealed under another key", () => {
    const box = createTokenBox(KEY);
    const sealed = box.seal("refresh-token-abc");
    const parts = sealed.split(".");
    const flipped = [...parts.slice(0, 3), parts[3]!.replace(/^./, (c) => (c === "A" ? "B" : "A"))].join(".");
    expect(() => box.open(flipped)).toThrow();
    expect(() => createTokenBox(Buffer.alloc(32, 7).toString("base64")).open(sealed)).toThrow();
    expect(() => box.open("plain-text")).toThrow();
  });

  it("accepts a key as 64 hex digits or base64 of 32 bytes, and nothing shorter", () => {
    expect(() => createTokenBox(Buffer.alloc(32, 1).toString("base64"))).not.toThrow();
    expect(() => createTokenBox("abcd")).toThrow(/32 bytes/);
  });
});
