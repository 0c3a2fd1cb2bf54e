import { Hono } from "hono";
import type { Db } from "../db/client";
import type { Env } from "../http";
import { listDevPersonas } from "../services/people";

/** Dev mode only: the seeded people the app's picker offers. */
export function devRoutes(db: Db) {
  return new Hono<Env>().get("/personas", async (c) => c.json(await listDevPersonas(db)));
}
