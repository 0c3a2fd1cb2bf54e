import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { Env } from "../http";
import type { Log } from "../log";

/**
 * A request id a client makes up would land in audit events as if ours: only a trusted proxy's
 * X-Request-Id is taken (limitLength 0 refuses every incoming one); otherwise we make one.
 */
export function requestIds(trustProxy: number | undefined): MiddlewareHandler<Env> {
  return requestId({ limitLength: trustProxy ? 255 : 0 });
}

/**
 * Every line logged during the request (c.var.log) carries its id, and the last says how it went;
 * while stopping, each answer also ends its connection.
 */
export function requestLog(log: Log, stopping: () => boolean): MiddlewareHandler<Env> {
  return async (c, next) => {
    const started = performance.now();
    c.set("log", log.child({ requestId: c.get("requestId") }));
    await next();
    c.var.log.info({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
    // Stopping: the answers of requests still in flight end their connection, so none stays open.
    if (stopping()) c.header("Connection", "close");
  };
}
