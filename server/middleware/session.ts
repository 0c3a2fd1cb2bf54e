import type { MiddlewareHandler } from "hono";
import { readSessionToken, sessionVersionOf, signedInAt } from "../auth/session-token";
import type { Db } from "../db/client";
import { ApiError } from "../errors";
import type { Ctx, Env } from "../http";
import { sessionPerson } from "../services/session";
import type { RateLimiter } from "./rate-limit";

/**
 * Every route of the session router (server/routers/signed-in.ts) needs a session token; writes
 * also count against the person's and the address's write limits. Whether the person has since
 * ended their sessions is the database's to say: requireLiveSession asks it, after this.
 */
export function requireSession(opts: {
  sessionSecrets: readonly string[];
  authMode: "dev" | "zalo";
  writeLimiter: RateLimiter;
  address(c: Ctx): string;
}): MiddlewareHandler<Env> {
  return async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(header);
    const claims = match ? await readSessionToken(opts.sessionSecrets, match[1]!, opts.authMode) : null;
    if (!claims) throw new ApiError("unauthenticated");
    c.set("personId", claims.sub);
    c.set("signedInAt", signedInAt(claims));
    c.set("sessionVersion", sessionVersionOf(claims));
    if (c.req.method !== "GET") {
      await Promise.all([
        opts.writeLimiter.take(`person:${claims.sub}`),
        opts.writeLimiter.take(`ip:${opts.address(c)}`),
      ]);
    }
    await next();
  };
}

/**
 * Refuses a token issued before its person ended their sessions ("Đăng xuất mọi thiết bị"), or
 * of someone no longer in the directory: one lookup by primary key, which also hands the routes
 * the person. A route whose own query loads the person checks there instead and is mounted
 * before this (GET /api/me), so no request pays two queries for it.
 */
export function requireLiveSession(db: Db): MiddlewareHandler<Env> {
  return async (c, next) => {
    c.set("person", await sessionPerson(db, c.get("personId"), c.get("sessionVersion")));
    await next();
  };
}
