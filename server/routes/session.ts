import { Hono } from "hono";
import { sessionRequestSchema } from "../../src/domain/schemas";
import { readBody, type Ctx, type Env } from "../http";
import type { RateLimiter } from "../rate-limit";
import { requirePerson } from "../services/people";
import { createSession, sessionFor, type SessionDeps } from "../services/session";

/** POST /api/session: signing in, the one route without a session. */
export function signInRoutes(deps: SessionDeps & { signInLimiter: RateLimiter; address(c: Ctx): string }) {
  return new Hono<Env>().post("/", async (c) => {
    await deps.signInLimiter.take(`ip:${deps.address(c)}`);
    const body = await readBody(c, sessionRequestSchema);
    return c.json(await createSession(deps, body, c.get("requestId")), 201);
  });
}

/** POST /api/session/refresh: a new token for a session that is about to end. */
export function sessionRoutes(deps: SessionDeps) {
  return new Hono<Env>().post("/refresh", async (c) => {
    const person = await requirePerson(deps.db, c.get("personId"));
    return c.json(await sessionFor(deps, person, c.get("signedInAt")), 201);
  });
}
