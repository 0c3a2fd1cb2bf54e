import { Hono } from "hono";
import type { RouterDeps } from "../app-deps";
import type { Env } from "../http";
import { probeRoutes, readiness } from "../routes/probes";
import { devRoutes } from "../routes/dev";
import { fileLinkServeRoutes } from "../routes/file-links";
import { oaGrantCallbackRoutes } from "../routes/oa-grants";
import { paymentRoutes } from "../routes/payments";
import { signInRoutes } from "../routes/session";
import { usageRoutes } from "../routes/usage";

/**
 * The routes anyone may call, without a session; each proves who calls it its own way:
 * - GET /health, /ready: the load balancer's probes;
 * - POST /api/session: signing in (Zalo's token, or a dev persona in dev mode), per-address limit;
 * - /api/oa-grants/{:id/open, callback, confirm}: the OA authorization's pages, opened in a
 *   browser outside the app (a single-use ticket, then the grant's cookie), per-address limit;
 * - /api/payments/{checkout/callback, bank/webhook}: Zalo's and the bank's calls, each checked by
 *   its signature before anything is read;
 * - GET /api/file-links/:token[/:name]: a file of a ZCA for Zalo's viewer and downloader, to
 *   whoever holds the short-lived link (the token is the capability: routes/file-links.ts),
 *   per-address limit;
 * - /api/usage/{holds, events}: Zalo's charging services, checked by their signature likewise;
 * - GET /api/dev/personas: dev mode only, the seeded people to sign in as.
 * Every other route is the session router's (signed-in.ts). A route added here must be added to
 * the allow-list of test/api/security-authz.test.ts.
 */
export function publicRouter(deps: RouterDeps) {
  const { db, address } = deps;
  const { appId, checkoutKey, bankSecrets } = deps.payments;
  const router = new Hono<Env>()
    .route("/", probeRoutes(readiness(db, deps.stopping)))
    .route("/api/session", signInRoutes({ ...deps, signInLimiter: deps.limiters.signIn }))
    .route(
      "/api/oa-grants",
      oaGrantCallbackRoutes({ db, ...deps.oaAuth, callbackLimiter: deps.limiters.oaGrantPages, address }),
    )
    .route("/api/file-links", fileLinkServeRoutes({ db, limiter: deps.limiters.fileLinks, address }))
    .route(
      "/api/payments",
      paymentRoutes({ db, appId, checkoutKey, bankSecrets, badMacs: deps.limiters.badMacs, address }),
    )
    .route(
      "/api/usage",
      usageRoutes({ db, secrets: deps.usageSecrets, badMacs: deps.limiters.badMacs, address }),
    );
  if (deps.authMode === "dev") router.route("/api/dev", devRoutes(db));
  return router;
}
