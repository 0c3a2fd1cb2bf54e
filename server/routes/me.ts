import { Hono } from "hono";
import type { Db } from "../db/client";
import type { Env } from "../http";
import { getMe } from "../services/me";

/**
 * GET /api/me: the person, their ZCAs, and whether they may create one (R1). Mounted before
 * requireLiveSession: its one query also checks that the session has not been ended.
 */
export function meRoutes(db: Db) {
  return new Hono<Env>().get("/", async (c) =>
    c.json(await getMe(db, c.get("personId"), c.get("sessionVersion"))),
  );
}
