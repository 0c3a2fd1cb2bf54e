import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** A JSON API loads nothing and is never framed. */
export function apiSecureHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    // The OA authorization's return page sets a policy of its own.
    overwrite: false,
  });
}

/**
 * No answer (a session, a ZCA) may be cached. Headers of every API answer are set before the
 * route answers: one added afterwards with c.header() (as hono/cors adds Vary) makes Hono rebuild
 * the response as a Web Response with a stream, off @hono/node-server's fast path, which cost a
 * cheap read about half its throughput.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  c.header("Cache-Control", "no-store");
  await next();
};
