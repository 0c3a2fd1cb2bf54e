import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTokenBox } from "../../server/auth/token-box";

const KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

describe("token box (AES-256-GCM under ZALO_TOKEN_KEY)", () => {
  it("opens what it sealed, and never shows the secret in the sealed form", () => {
    const box = createTokenBox([KEY]);
    const sealed = box.seal("refresh-token-abc");
    expect(sealed).not.toContain("refresh-token-abc");
    expect(sealed).toMatch(/^v1(\.[A-Za-z0-9_-]*){3}\.[A-Za-z0-9_-]{8}$/);
    expect(box.open(sealed)).toBe("refresh-token-abc");
  });

  it("seals the same secret differently each time (a fresh IV)", () => {
    const box = createTokenBox([KEY]);
    expect(box.seal("same")).not.toBe(box.seal("same"));
  });

  it("refuses a sealed value that was tampered with, or sealed under another key", () => {
    const box = createTokenBox([KEY]);
    const sealed = box.seal("refresh-token-abc");
    const parts = sealed.split(".");
    // v1 . iv . tag . ciphertext . key id
    const flipped = [
      ...parts.slice(0, 3),
      parts[3]!.replace(/^./, (c) => (c === "A" ? "B" : "A")),
      parts[4],
    ].join(".");
    expect(() => box.open(flipped)).toThrow();
    expect(() => createTokenBox([Buffer.alloc(32, 7).toString("base64")]).open(sealed)).toThrow();
    expect(() => box.open("plain-text")).toThrow();
    // A tag cut short (GCM would check only its first bytes) does not open either.
    const short = [parts[0], parts[1], parts[2]!.slice(0, 6), parts[3], parts[4]].join(".");
    expect(() => box.open(short)).toThrow();
  });

  it("accepts a key as 64 hex digits or base64 of 32 bytes, and nothing shorter", () => {
    expect(() => createTokenBox([Buffer.alloc(32, 1).toString("base64")])).not.toThrow();
    expect(() => createTokenBox(["abcd"])).toThrow(/32 bytes/);
  });

  describe("rotating ZALO_TOKEN_KEY (current first, then ZALO_TOKEN_KEY_PREVIOUS)", () => {
    const OLD = KEY;
    const NEW = "ff".repeat(32);

    it("opens what the previous key sealed, seals only under the new one, and says which is which", () => {
      const before = createTokenBox([OLD]).seal("refresh-token-abc");
      const rotating = createTokenBox([NEW, OLD]);
      expect(rotating.open(before)).toBe("refresh-token-abc");
      expect(rotating.isCurrent(before)).toBe(false);
      const after = rotating.seal("refresh-token-abc");
      expect(rotating.isCurrent(after)).toBe(true);
      expect(createTokenBox([NEW]).open(after)).toBe("refresh-token-abc");
      expect(() => createTokenBox([OLD]).open(after)).toThrow(/does not have/);
    });

    it("refuses what the previous key sealed once it is removed", () => {
      const before = createTokenBox([OLD]).seal("refresh-token-abc");
      expect(() => createTokenBox([NEW]).open(before)).toThrow(/does not have/);
    });

    it("opens values sealed before key ids existed under whichever key sealed them, and re-seals them", () => {
      const v1 = (key: string) => {
        const iv = randomBytes(12);
        const cipher = createCipheriv("aes-256-gcm", Buffer.from(key, "hex"), iv);
        const data = Buffer.concat([cipher.update("old-token", "utf8"), cipher.final()]);
        return ["v1", iv, cipher.getAuthTag(), data]
          .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
          .join(".");
      };
      const rotating = createTokenBox([NEW, OLD]);
      expect(rotating.open(v1(OLD))).toBe("old-token");
      expect(rotating.open(v1(NEW))).toBe("old-token");
      expect(rotating.isCurrent(v1(NEW))).toBe(false);
      expect(() => createTokenBox([NEW]).open(v1(OLD))).toThrow();
    });

    it("seals what an instance of the version before key ids still opens, during the rolling deploy of this one", () => {
      // That version's open, as it was: the first four parts, under its one key.
      const openBefore = (key: string, sealed: string) => {
        const [version, iv, tag, data] = sealed.split(".");
        if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("Not a sealed value");
        const decipher = createDecipheriv(
          "aes-256-gcm",
          Buffer.from(key, "hex"),
          Buffer.from(iv, "base64url"),
        );
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString(
          "utf8",
        );
      };
      expect(openBefore(OLD, createTokenBox([OLD]).seal("refresh-token-abc"))).toBe("refresh-token-abc");
    });
  });
});
