import { Hono } from "hono";
import type { Db } from "../db/client";
import type { Env } from "../http";
import { listAppsFor } from "../services/apps";

/** GET /api/apps: the apps the person administers. */
export function appRoutes(db: Db) {
  return new Hono<Env>().get("/", async (c) => c.json(await listAppsFor(db, c.get("personId"))));
}
