import { Hono } from "hono";
import type { Db } from "../db/client";
import { readPageQuery, type Env } from "../http";
import { listAppsFor, pageAppsFor } from "../services/apps";

/**
 * GET /api/apps: the apps the person administers, those matching ?q= when searching. With ?limit= a
 * page ({items, nextCursor}, ?cursor= for the next); without it the whole list, as an array.
 */
export function appRoutes(db: Db) {
  return new Hono<Env>().get("/", async (c) => {
    const personId = c.get("personId");
    const { q, limit, cursor } = readPageQuery(c);
    if (limit === undefined) return c.json(await listAppsFor(db, personId, { q }));
    return c.json(await pageAppsFor(db, personId, { limit, q, cursor }));
  });
}
