import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Seals secrets kept at rest (Zalo OA tokens, PKCE verifiers) with AES-256-GCM under
 * ZALO_TOKEN_KEY: a database dump alone gives nobody an OA's tokens. A sealed value is
 * "v2.<key id>.<iv>.<tag>.<ciphertext>", each part base64url; a tampered one does not open.
 *
 * Several keys rotate one into the next (docs/deploy.md, "Rotating a key"): the first seals,
 * every one opens, and the key id in a sealed value says which. `isCurrent` tells a value that a
 * re-seal would move to the first key. Values sealed before key ids ("v1.<iv>.<tag>.<ciphertext>")
 * are tried under each key.
 */
export interface TokenBox {
  seal(plain: string): string;
  /** Throws on a tampered value or one sealed under a key this box does not have. */
  open(sealed: string): string;
  /** Whether `sealed` is sealed under the first key, in today's format. */
  isCurrent(sealed: string): boolean;
}

interface Key {
  id: string;
  bytes: Buffer;
}

/** `keys`: each 32 bytes as 64 hex digits or base64 (ZALO_TOKEN_KEY, then ZALO_TOKEN_KEY_PREVIOUS). */
export function createTokenBox(keys: readonly string[]): TokenBox {
  const ring = keys.map(readKey);
  const current = ring[0];
  if (!current) throw new Error("ZALO_TOKEN_KEY is needed to seal tokens.");
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", current.bytes, iv);
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return ["v2", current.id, ...[iv, cipher.getAuthTag(), data].map((p) => p.toString("base64url"))].join(
        ".",
      );
    },
    open(sealed) {
      const parts = sealed.split(".");
      if (parts[0] === "v2" && parts.length === 5) {
        const [, id, iv, tag, data] = parts as [string, string, string, string, string];
        const key = ring.find((k) => k.id === id);
        if (!key) throw new Error(`Sealed under token key ${id}, which this server does not have.`);
        return decrypt(key, iv, tag, data);
      }
      if (parts[0] === "v1" && parts.length === 4) {
        const [, iv, tag, data] = parts as [string, string, string, string];
        for (const key of ring) {
          try {
            return decrypt(key, iv, tag, data);
          } catch {
            // Not this key: try the next.
          }
        }
        throw new Error("Sealed under none of this server's token keys.");
      }
      throw new Error("Not a sealed value");
    },
    isCurrent(sealed) {
      return sealed.startsWith(`v2.${current.id}.`);
    },
  };
}

function readKey(key: string): Key {
  const bytes = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, "hex") : Buffer.from(key, "base64");
  if (bytes.length !== 32) throw new Error("ZALO_TOKEN_KEY must be 32 bytes (64 hex digits or base64).");
  // Names the key without revealing it: 48 bits of a hash, enough to tell a handful of keys apart.
  const id = createHash("sha256").update("zca-token-key-id:").update(bytes).digest("base64url").slice(0, 8);
  return { id, bytes };
}

function decrypt(key: Key, iv: string, tag: string, data: string): string {
  const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"), {
    authTagLength: 16,
  });
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
