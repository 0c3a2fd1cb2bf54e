import { Hono } from "hono";
import { sessionRequestSchema } from "../../src/domain/schemas";
import { actor, readBody, type Ctx, type Env } from "../http";
import type { RateLimiter } from "../middleware/rate-limit";
import { createSession, endAllSessions, sessionFor, type SessionDeps } from "../services/session";

/** POST /api/session: signing in, the one route without a session. */
export function signInRoutes(deps: SessionDeps & { signInLimiter: RateLimiter; address(c: Ctx): string }) {
  return new Hono<Env>().post("/", async (c) => {
    await deps.signInLimiter.take(`ip:${deps.address(c)}`);
    const body = await readBody(c, sessionRequestSchema);
    return c.json(await createSession(deps, body, c.get("requestId")), 201);
  });
}

/**
 * POST /api/session/refresh: a new token for a session that is about to end.
 * POST /api/session/revoke-all: "Đăng xuất mọi thiết bị". Any signed-in person, for themselves
 * only: it reads nothing from the request but the session, so no body, parameter or forwarded
 * link can name someone else. Whoever holds a token can end it (and the person's others), which
 * ends what they hold too; it counts against the write limits like every write.
 */
export function sessionRoutes(deps: SessionDeps) {
  return new Hono<Env>()
    .post("/refresh", async (c) => {
      const renewing = { auth: c.get("signedInAt"), version: c.get("sessionVersion") };
      return c.json(await sessionFor(deps, c.get("person"), renewing), 201);
    })
    .post("/revoke-all", async (c) => {
      await endAllSessions(deps.db, actor(c));
      return c.body(null, 204);
    });
}
