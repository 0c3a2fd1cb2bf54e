import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { Env } from "../http";

/**
 * A request id a client makes up would land in audit events as if ours: only a trusted proxy's
 * X-Request-Id is taken (limitLength 0 refuses every incoming one); otherwise we make one.
 */
export function requestIds(trustProxy: number | undefined): MiddlewareHandler<Env> {
  return requestId({ limitLength: trustProxy ? 255 : 0 });
}

/** One log line per request; while stopping, each answer also ends its connection. */
export function requestLog(
  log: (line: Record<string, unknown>) => void,
  stopping: () => boolean,
): MiddlewareHandler<Env> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log({
      at: new Date().toISOString(),
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
    // Stopping: the answers of requests still in flight end their connection, so none stays open.
    if (stopping()) c.header("Connection", "close");
  };
}
