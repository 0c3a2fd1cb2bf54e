import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Seals secrets kept at rest (Zalo OA tokens, PKCE verifiers) with AES-256-GCM under
 * ZALO_TOKEN_KEY: a database dump alone gives nobody an OA's tokens. A sealed value is
 * "v1.<iv>.<tag>.<ciphertext>.<key id>", each part base64url; a tampered one does not open.
 *
 * Several keys rotate one into the next (docs/deploy.md, "Rotating a key"): the first seals,
 * every one opens, and the key id says which. It comes last so that an instance of the version
 * before key ids, which reads the first four parts, still opens what this one seals during a
 * rolling deploy; a value it sealed (no key id) is tried under each key. `isCurrent` tells a
 * value that a re-seal would move to the first key.
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
      return ["v1", ...[iv, cipher.getAuthTag(), data].map((p) => p.toString("base64url")), current.id].join(
        ".",
      );
    },
    open(sealed) {
      const [version, iv, tag, data, id, ...rest] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || data === undefined || rest.length > 0) {
        throw new Error("Not a sealed value");
      }
      if (id !== undefined) {
        const key = ring.find((k) => k.id === id);
        if (!key) throw new Error(`Sealed under token key ${id}, which this server does not have.`);
        return decrypt(key, iv, tag, data);
      }
      for (const key of ring) {
        try {
          return decrypt(key, iv, tag, data);
        } catch {
          // Not this key: try the next.
        }
      }
      throw new Error("Sealed under none of this server's token keys.");
    },
    isCurrent(sealed) {
      const parts = sealed.split(".");
      return parts.length === 5 && parts[4] === current.id;
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
