import { createHmac, timingSafeEqual } from "node:crypto";
import { sign } from "hono/jwt";

export const SESSION_TTL_SECONDS = 60 * 60;
/** However often it is refreshed, a session ends this long after its sign-in. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export interface SessionClaims {
  sub: string;
  mode: "dev" | "zalo";
  exp: number;
  iat: number;
  /** When the person signed in; refreshed tokens carry it on. */
  auth?: number;
  /** The person's session version it was issued under ("Đăng xuất mọi thiết bị" raises it). */
  ver?: number;
}

/** The session version of `claims` (tokens from before `ver` existed: 0, every person's first). */
export function sessionVersionOf(claims: SessionClaims): number {
  return typeof claims.ver === "number" ? claims.ver : 0;
}

/** When the sign-in behind `claims` happened (tokens from before `auth` existed: their issue time). */
export function signedInAt(claims: SessionClaims): number {
  return typeof claims.auth === "number" ? claims.auth : claims.iat;
}

export async function issueSessionToken(
  secret: string,
  personId: string,
  mode: "dev" | "zalo",
  now = Math.floor(Date.now() / 1000),
  auth = now,
  version = 0,
): Promise<{ token: string; expiresAt: string }> {
  const exp = Math.min(now + SESSION_TTL_SECONDS, auth + SESSION_MAX_AGE_SECONDS);
  const claims: SessionClaims = { sub: personId, mode, iat: now, exp, auth, ver: version };
  const token = await sign({ ...claims }, secret, "HS256");
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/**
 * The claims of a valid, unexpired token minted in `mode` and signed with one of `secrets`
 * (SESSION_SECRET, then SESSION_SECRET_PREVIOUS while a rotation is under way); null otherwise.
 * Every API request checks one, so this verifies the HS256 signature with node:crypto's
 * synchronous HMAC: hono/jwt's verify imports a WebCrypto key per call, which cost about a fifth
 * of an authenticated request. New tokens (a refresh included) are signed with the first secret.
 */
export async function readSessionToken(
  secrets: readonly string[],
  token: string,
  mode: "dev" | "zalo",
): Promise<SessionClaims | null> {
  const claims = verifyHs256(secrets, token);
  if (!claims || typeof claims.sub !== "string" || claims.mode !== mode) return null;
  return claims as unknown as SessionClaims;
}

function verifyHs256(secrets: readonly string[], token: string): Record<string, unknown> | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const given = Buffer.from(signature);
  const signedBy = (secret: string) => {
    const expected = Buffer.from(
      createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url"),
    );
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  if (!secrets.some(signedBy)) return null;
  const head = decodePart(header);
  const claims = decodePart(payload);
  if (head?.alg !== "HS256" || !claims) return null;
  // As hono/jwt checks them, but an expiry is required: every token this server issues has one.
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== "number" || claims.exp <= now) return null;
  // Nor may it outlive a session's hour (a minute of clock skew aside), whoever minted it.
  if (claims.exp > now + SESSION_TTL_SECONDS + 60) return null;
  if (typeof claims.nbf === "number" && claims.nbf > now) return null;
  if (typeof claims.iat === "number" && claims.iat > now) return null;
  return claims;
}

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
