import { Hono } from "hono";
import {
  businessUpdateSchema,
  createAccountSchema,
  linkAppSchema,
  linkOaSchema,
} from "../../src/domain/schemas";
import { actor, readBody, readIdempotencyKey, readParam, type Env } from "../http";
import { createAccount, getAccount } from "../services/accounts";
import { linkApp, unlinkApp } from "../services/apps";
import { updateBusiness } from "../services/business";
import { linkOa, unlinkOa } from "../services/oa-links";
import { authorize } from "../policy";
import { refreshOaIfStale } from "../services/oa-freshness";
import { requireOaAdmin } from "../services/oas";
import type { OaAuthDeps } from "../services/oa-grants";

/**
 * /api/accounts: creating a ZCA, reading one, its business details, and linking its OAs and apps.
 * An OA is described afresh by Zalo (when its description is over an hour old) before it is linked
 * or used to create a ZCA, and only once the person is known to be allowed to: a refresh spends the
 * OA's single-use refresh token, which nobody else's request may do.
 */
export function accountRoutes(deps: OaAuthDeps) {
  const { db } = deps;
  return new Hono<Env>()
    .post("/", async (c) => {
      const key = readIdempotencyKey(c);
      const body = await readBody(c, createAccountSchema);
      await requireOaAdmin(db, body.oaId, c.get("personId"));
      await refreshOaIfStale(deps, body.oaId, c.get("requestId"));
      const { account, replayed } = await createAccount(db, actor(c), body, key);
      if (replayed) c.header("Idempotent-Replayed", "true");
      return c.json(account, 201);
    })
    .get("/:id", async (c) => c.json(await getAccount(db, readParam(c, "id"), c.get("personId"))))
    .patch("/:id/business", async (c) => {
      const accountId = readParam(c, "id");
      const business = await readBody(c, businessUpdateSchema);
      return c.json(await updateBusiness(db, actor(c), accountId, business));
    })
    .post("/:id/oas", async (c) => {
      const { oaId } = await readBody(c, linkOaSchema);
      const accountId = readParam(c, "id");
      await authorize(db, c.get("personId"), accountId, "assets.manage");
      await requireOaAdmin(db, oaId, c.get("personId"));
      await refreshOaIfStale(deps, oaId, c.get("requestId"));
      const { link, created } = await linkOa(db, actor(c), accountId, oaId);
      return c.json(link, created ? 201 : 200);
    })
    .delete("/:id/oas/:oaId", async (c) => {
      await unlinkOa(db, actor(c), readParam(c, "id"), readParam(c, "oaId"));
      return c.body(null, 204);
    })
    .post("/:id/apps", async (c) => {
      const body = await readBody(c, linkAppSchema);
      const { app, created } = await linkApp(db, actor(c), readParam(c, "id"), body);
      return c.json(app, created ? 201 : 200);
    })
    .delete("/:id/apps/:appId", async (c) => {
      await unlinkApp(db, actor(c), readParam(c, "id"), readParam(c, "appId"));
      return c.body(null, 204);
    });
}
