import { Hono } from "hono";
import { z } from "zod";
import { LANGS } from "../../src/domain/languages";
import { actor, readBody, readParam, type Ctx, type Env } from "../http";
import type { RateLimiter } from "../rate-limit";
import { completeGrant, getGrant, startGrant, type OaAuthDeps } from "../services/oa-grants";
import { GRANT_PAGE_CSP, grantPage } from "./oa-grant-page";

const startSchema = z.strictObject({ lang: z.enum(LANGS) });

/**
 * GET /api/oa-grants/callback: where Zalo sends a person back from its permission page. No
 * session: the state is the proof. Answers a page, in the person's language.
 */
export function oaGrantCallbackRoutes(
  deps: OaAuthDeps & { callbackLimiter: RateLimiter; address(c: Ctx): string },
) {
  return new Hono<Env>().get("/callback", async (c) => {
    await deps.callbackLimiter.take(`ip:${deps.address(c)}`);
    const { code, oa_id, state } = c.req.query();
    const outcome = await completeGrant(deps, { code, oa_id, state }, c.get("requestId"));
    c.header("Content-Security-Policy", GRANT_PAGE_CSP);
    return c.html(grantPage(outcome), outcome.status === "done" ? 200 : 400);
  });
}

/** POST /api/oa-grants (start one) and GET /api/oa-grants/:id (follow it), for the signed-in person. */
export function oaGrantRoutes(deps: OaAuthDeps) {
  return new Hono<Env>()
    .post("/", async (c) => {
      const { lang } = await readBody(c, startSchema);
      return c.json(await startGrant(deps, actor(c), lang), 201);
    })
    .get("/:id", async (c) => c.json(await getGrant(deps.db, c.get("personId"), readParam(c, "id"))));
}
