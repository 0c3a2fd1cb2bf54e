import { sign } from "hono/jwt";
import { issueSessionToken, SESSION_TTL_SECONDS } from "../../../server/auth/session-token";

type Mode = "dev" | "zalo";
const now = () => Math.floor(Date.now() / 1000);
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Session tokens an attacker could present, each for the person `sub`. */
export const forge = {
  /** Signed by the server's own key, but its hour ran out a minute ago. */
  expired: async (secret: string, sub: string, mode: Mode) =>
    (await issueSessionToken(secret, sub, mode, now() - SESSION_TTL_SECONDS - 60)).token,
  /** Well-formed and unexpired, signed with a key the server does not hold. */
  otherKey: async (sub: string, mode: Mode) =>
    (await issueSessionToken("an-attacker-key-0123456789abcdef0123456789", sub, mode)).token,
  /** The server's key, but no expiry at all: valid forever if accepted. */
  noExpiry: (secret: string, sub: string, mode: Mode) => sign({ sub, mode, iat: now() }, secret, "HS256"),
  /** The server's key, with an expiry years away. */
  farExpiry: (secret: string, sub: string, mode: Mode) =>
    sign({ sub, mode, iat: now(), exp: now() + 10 * 365 * 86_400 }, secret, "HS256"),
  /** "alg": "none" with no signature. */
  unsigned: (sub: string, mode: Mode) =>
    `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub, mode, iat: now(), exp: now() + 600 })}.`,
  /** A valid token of someone else whose payload was rewritten to name `sub`. */
  tampered: (validToken: string, sub: string, mode: Mode) => {
    const [header, , signature] = validToken.split(".");
    return `${header}.${b64({ sub, mode, iat: now(), exp: now() + 600 })}.${signature}`;
  },
};

/** Authorization headers that are not a usable bearer token at all. */
export const MALFORMED_AUTHORIZATION = [
  "Bearer",
  "Bearer ",
  "Bearer not-a-token",
  "Bearer a.b.c",
  "Bearer ....",
  `Bearer ${"A".repeat(3000)}`,
  "Basic YW46eA==",
  "Token abc.def.ghi",
];
