import { Hono } from "hono";
import type { Db } from "../db/client";
import type { Env } from "../http";
import { listOasFor } from "../services/oas";

/** GET /api/oas: the OAs the person administers. */
export function oaRoutes(db: Db) {
  return new Hono<Env>().get("/", async (c) => c.json(await listOasFor(db, c.get("personId"))));
}
