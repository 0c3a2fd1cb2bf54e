import { sign, verify } from "hono/jwt";

export const SESSION_TTL_SECONDS = 60 * 60;

export interface SessionClaims {
  sub: string;
  mode: "dev" | "zalo";
  exp: number;
  iat: number;
}

export async function issueSessionToken(
  secret: string,
  personId: string,
  mode: "dev" | "zalo",
  now = Math.floor(Date.now() / 1000),
): Promise<{ token: string; expiresAt: string }> {
  const exp = now + SESSION_TTL_SECONDS;
  const claims: SessionClaims = { sub: personId, mode, iat: now, exp };
  const token = await sign({ ...claims }, secret, "HS256");
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The claims of a valid, unexpired token minted in `mode`; null otherwise. */
export async function readSessionToken(
  secret: string,
  token: string,
  mode: "dev" | "zalo",
): Promise<SessionClaims | null> {
  try {
    const claims = (await verify(token, secret, "HS256")) as unknown as SessionClaims;
    if (typeof claims.sub !== "string" || claims.mode !== mode) return null;
    return claims;
  } catch {
    return null;
  }
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return `${"•".repeat(Math.max(0, phone.length - 3))}${phone.slice(-3)}`;
}
