import { Hono } from "hono";
import type { RouterDeps } from "../app-deps";
import type { Env } from "../http";
import { requireLiveSession, requireSession } from "../middleware/session";
import type { OaAuthDeps } from "../services/oa-grants";
import { accountRoutes } from "../routes/accounts";
import { appRoutes } from "../routes/apps";
import { devPaymentRoutes } from "../routes/dev-payments";
import { fileLinkRoutes } from "../routes/file-links";
import { devUsageRoutes } from "../routes/dev-usage";
import { memberRoutes } from "../routes/members";
import { languageRoutes } from "../routes/language";
import { meRoutes } from "../routes/me";
import { notificationRoutes } from "../routes/notifications";
import { oaGrantRoutes } from "../routes/oa-grants";
import { oaRoutes } from "../routes/oas";
import { sessionRoutes } from "../routes/session";
import { termsRoutes } from "../routes/terms";
import { walletRoutes } from "../routes/wallet";

/**
 * The session router, mounted at /api after the public router: every route here, and every path
 * under /api that no router knows, needs a session token that is live (requireSession, then
 * requireLiveSession), and each write counts against the write limits. A path no route serves
 * answers 401 without a session and 404 with one.
 */
export function signedInRouter(deps: RouterDeps) {
  const { db } = deps;
  const oaAuth: OaAuthDeps = { db, ...deps.oaAuth };
  const { checkoutKey, bankSecrets, bankBin, bankName, checkoutStatus, devCheckout } = deps.payments;
  const paymentSettings = { checkoutKey, bankBin, bankName };
  const router = new Hono<Env>()
    .use(requireSession({ ...deps, writeLimiter: deps.limiters.writes }))
    // GET /api/me checks that the session is live in its own query; every route after it, here.
    .route("/me", meRoutes(db))
    .use(requireLiveSession(db))
    .route("/me/language", languageRoutes(db))
    .route("/session", sessionRoutes(deps))
    .route("/oas", oaRoutes(db))
    .route("/apps", appRoutes(db))
    .route("/terms", termsRoutes())
    .route("/accounts", accountRoutes(oaAuth))
    // Only the seeded directory of dev mode knows every phone that has a Zalo account.
    .route("/accounts/:id/members", memberRoutes(db, { directoryComplete: deps.authMode === "dev" }))
    .route("/oa-grants", oaGrantRoutes(oaAuth))
    .route("/accounts", walletRoutes(db, paymentSettings, checkoutStatus ?? null))
    .route("/accounts", fileLinkRoutes(db, deps.oaAuth.publicUrl))
    .route("/accounts", notificationRoutes(db));
  if (deps.authMode === "dev" && devCheckout) {
    router.route(
      "/dev",
      devPaymentRoutes({
        db,
        settings: paymentSettings,
        bankSecret: bankSecrets[0]!,
        publicUrl: deps.oaAuth.publicUrl,
        checkout: devCheckout,
      }),
    );
  }
  if (deps.authMode === "dev") {
    router.route(
      "/dev/usage",
      devUsageRoutes({ db, usageSecret: deps.usageSecrets[0]!, publicUrl: deps.oaAuth.publicUrl }),
    );
  }
  return router;
}
