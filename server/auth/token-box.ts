import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";

/**
 * Seals secrets kept at rest (Zalo OA tokens, PKCE verifiers) with AES-256-GCM under
 * ZALO_TOKEN_KEY: a database dump alone gives nobody an OA's tokens. A sealed value is
 * "v1.<iv>.<tag>.<ciphertext>", each part base64url; a tampered one does not open.
 */
export interface TokenBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** `key`: 32 bytes as 64 hex digits or base64 (ZALO_TOKEN_KEY). */
export function createTokenBox(key: string): TokenBox {
  const bytes = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, "hex") : Buffer.from(key, "base64");
  if (bytes.length !== 32) throw new Error("ZALO_TOKEN_KEY must be 32 bytes (64 hex digits or base64).");
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", bytes, iv);
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(".");
      if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Not a sealed value");
      const decipher = createDecipheriv("aes-256-gcm", bytes, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString(
        "utf8",
      );
    },
  };
}
