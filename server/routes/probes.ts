import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { Db } from "../db/client";

/** Why an instance should get no traffic now: still starting, stopping, or its database gone. */
export type NotReady = "starting" | "stopping" | "database_unreachable";

const DATABASE_PROBE_MS = 2000;

/**
 * GET /health: the process answers (a load balancer restarts it when not). GET /ready: it can
 * serve now (migrations done, database reachable, not stopping); a load balancer sends it traffic
 * only then.
 */
export function probeRoutes(whyNotReady: () => Promise<NotReady | null>) {
  return new Hono()
    .get("/health", (c) => c.json({ ok: true }))
    .get("/ready", async (c) => {
      const reason = await whyNotReady();
      return reason ? c.json({ ready: false, reason }, 503) : c.json({ ready: true });
    });
}

/** Readiness of a running API: its database answers in time, and it is not stopping. */
export function readiness(db: Db, stopping: () => boolean): () => Promise<NotReady | null> {
  return async () => {
    if (stopping()) return "stopping";
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>(
      (resolve) => (timer = setTimeout(() => resolve(false), DATABASE_PROBE_MS)),
    );
    const answered = db.execute(sql`SELECT 1`).then(
      () => true,
      () => false,
    );
    const ok = await Promise.race([answered, late]);
    clearTimeout(timer);
    if (!ok) return "database_unreachable";
    return stopping() ? "stopping" : null;
  };
}
