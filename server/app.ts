import { Hono } from "hono";
import type { AppDeps, RouterDeps } from "./app-deps";
import type { Ctx, Env } from "./http";
import { createLog } from "./log";
import { consoleRouter } from "./console/router";
import { limitBodies } from "./middleware/body-limit";
import { clientAddress } from "./middleware/client-address";
import { apiCors } from "./middleware/cors";
import { notFound, onError } from "./middleware/errors";
import { createRateLimiters } from "./middleware/rate-limit";
import { requestIds, requestLog } from "./middleware/request-log";
import { apiSecureHeaders, noStore } from "./middleware/secure-headers";
import { publicRouter } from "./routers/public";
import { signedInRouter } from "./routers/signed-in";

/**
 * The API: what every request passes (server/middleware/), then the public router, whose routes
 * need no session, and the session router, which answers every other path under /api only to a
 * live session.
 */
export function createApp(deps: AppDeps) {
  const log = deps.log ?? createLog();
  const routerDeps: RouterDeps = {
    ...deps,
    stopping: deps.stopping ?? (() => false),
    limiters: createRateLimiters(deps.limits, deps.pool),
    address: (c: Ctx) => clientAddress(c, deps.trustProxy),
  };
  const app = new Hono<Env>()
    .use(requestIds(deps.trustProxy))
    .use(requestLog(log, routerDeps.stopping))
    .use(apiSecureHeaders())
    .use("/api/*", noStore)
    .use("/api/*", apiCors(deps.corsOrigins))
    .use("/api/*", limitBodies())
    .route("/", publicRouter(routerDeps))
    .route("/api", signedInRouter(routerDeps));
  // The operator's console: its own sessions (a cookie), never the mini app's (server/console/router.ts).
  if (deps.console) app.route("/", consoleRouter(deps.db, deps.console) as unknown as Hono<Env>);
  return app.notFound(notFound).onError(onError(log));
}
