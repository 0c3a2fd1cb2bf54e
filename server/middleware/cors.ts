import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/** Without this a cross-origin client (the mini app runs on Zalo's origin) cannot read them. */
const EXPOSE_HEADERS = ["Idempotent-Replayed", "X-Request-Id"];

/**
 * CORS for the listed origins: hono/cors answers preflights; for the requests themselves the same
 * headers it would add.
 */
export function apiCors(origins: readonly string[]): MiddlewareHandler {
  const preflight = cors({
    origin: (origin) => (origins.includes(origin) ? origin : null),
    allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key"],
    exposeHeaders: EXPOSE_HEADERS,
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
    maxAge: 600,
  });
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    const origin = c.req.header("Origin");
    if (origin && origins.includes(origin)) c.header("Access-Control-Allow-Origin", origin);
    c.header("Access-Control-Expose-Headers", EXPOSE_HEADERS.join(","));
    c.header("Vary", "Origin", { append: true });
    await next();
  };
}
