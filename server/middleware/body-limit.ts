import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors";

const BODY_LIMIT_BYTES = 16 * 1024;

/**
 * A body over 16 KB is 413 payload_too_large. Only requests that may carry a body are looked at:
 * looking for one makes @hono/node-server build a full Request (with an AbortController) for every
 * GET, a tenth of a cheap read's cost.
 */
export function limitBodies(): MiddlewareHandler {
  const limitBody = bodyLimit({
    maxSize: BODY_LIMIT_BYTES,
    onError: () => Promise.reject(new ApiError("payload_too_large")),
  });
  return (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next));
}
