import { Hono } from "hono";
import type pg from "pg";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { ErrorCode, FieldProblems } from "../src/domain/errors";
import type { ZaloGraph } from "./auth/zalo-graph";
import type { CheckoutStandIn } from "./dev/checkout-standin";
import type { CheckoutStatus } from "./payments/checkout-status";
import { clientAddress } from "./client-address";
import type { Db } from "./db/client";
import { ApiError } from "./errors";
import { requireLiveSession, requireSession, type Ctx, type Env } from "./http";
import { createLog, errorFields, type Log } from "./log";
import { probeRoutes, readiness } from "./probes";
import { createRateLimiter } from "./rate-limit";
import { accountRoutes } from "./routes/accounts";
import { appRoutes } from "./routes/apps";
import { devRoutes } from "./routes/dev";
import { memberRoutes } from "./routes/members";
import { meRoutes } from "./routes/me";
import { oaGrantCallbackRoutes, oaGrantRoutes } from "./routes/oa-grants";
import { oaRoutes } from "./routes/oas";
import { sessionRoutes, signInRoutes } from "./routes/session";
import { devPaymentRoutes } from "./routes/dev-payments";
import { paymentRoutes } from "./routes/payments";
import { termsRoutes } from "./routes/terms";
import { walletRoutes } from "./routes/wallet";
import type { OaAuthDeps } from "./services/oa-grants";

export interface AppDeps {
  db: Db;
  authMode: "dev" | "zalo";
  /** Sign session tokens: the first signs, every one is accepted (SESSION_SECRET, then _PREVIOUS). */
  sessionSecrets: readonly string[];
  graph: ZaloGraph;
  /** Zalo's OA authorization: how a person proves they administer an OA. */
  oaAuth: Omit<OaAuthDeps, "db">;
  /** Zalo Checkout and bank transfers: the keys that sign and check them, and the bank. */
  payments: {
    appId: string;
    checkoutKey: string;
    /** Check the bank's notices: any one of them signs a genuine notice (BANK_WEBHOOK_SECRET, then _PREVIOUS). */
    bankSecrets: readonly string[];
    bankBin: string;
    bankName: string;
    /** Checkout's order status API, asked when the app says its sheet closed; none when absent. */
    checkoutStatus?: CheckoutStatus | null;
    /** Dev mode: the local stand-in for Zalo Checkout that the payment simulator plays through. */
    devCheckout?: CheckoutStandIn | null;
  };
  corsOrigins: string[];
  limits?: {
    signInPerMinute?: number;
    writesPerMinute?: number;
    badMacsPerMinute?: number;
    oaGrantPagesPerMinute?: number;
  };
  /** PostgreSQL's pool, where every instance counts rate limits; null or absent on PGlite. */
  pool?: pg.Pool | null;
  /** True once the process has been told to stop: /ready says so and answers close their connection. */
  stopping?: () => boolean;
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustProxy?: number;
  /** Where lines go: stdout (createLog()) when absent. */
  log?: Log;
}

const BODY_LIMIT_BYTES = 16 * 1024;

export function createApp(deps: AppDeps) {
  const log = deps.log ?? createLog();
  const stopping = deps.stopping ?? (() => false);
  const signInLimiter = createRateLimiter({
    name: "sign_in",
    limit: deps.limits?.signInPerMinute ?? 30,
    windowMs: 60_000,
    pool: deps.pool,
  });
  const writeLimiter = createRateLimiter({
    name: "writes",
    limit: deps.limits?.writesPerMinute ?? 120,
    windowMs: 60_000,
    pool: deps.pool,
  });
  // Payment callbacks and bank notices that fail their MAC or signature, per address.
  const badMacs = createRateLimiter({
    name: "bad_macs",
    limit: deps.limits?.badMacsPerMinute ?? 30,
    windowMs: 60_000,
    pool: deps.pool,
  });
  // The OA authorization's pages (the app's link, Zalo's redirect, the confirmation) count apart:
  // a person adding OAs never spends their sign-ins, nor the other way round.
  const oaGrantLimiter = createRateLimiter({
    name: "oa_grant_pages",
    limit: deps.limits?.oaGrantPagesPerMinute ?? 60,
    windowMs: 60_000,
    pool: deps.pool,
  });
  const address = (c: Ctx) => clientAddress(c, deps.trustProxy);

  const app = new Hono<Env>();

  // A request id a client makes up would land in audit events as if ours: only a trusted proxy's
  // X-Request-Id is taken (limitLength 0 refuses every incoming one); otherwise we make one.
  app.use(requestId({ limitLength: deps.trustProxy ? 255 : 0 }));
  // Every line logged during the request (c.var.log) carries its id; the last says how it went.
  app.use(async (c, next) => {
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
  });
  // A JSON API loads nothing and is never framed; no answer (a session, a ZCA) may be cached.
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      // The OA authorization's return page sets a policy of its own.
      overwrite: false,
    }),
  );
  // Headers of every API answer are set before the route answers: one added afterwards with
  // c.header() (as hono/cors adds Vary) makes Hono rebuild the response as a Web Response with a
  // stream, off @hono/node-server's fast path, which cost a cheap read about half its throughput.
  app.use("/api/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  });
  // Without this a cross-origin client (the mini app runs on Zalo's origin) cannot read them.
  const exposeHeaders = ["Idempotent-Replayed", "X-Request-Id"];
  const preflight = cors({
    origin: (origin) => (deps.corsOrigins.includes(origin) ? origin : null),
    allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key"],
    exposeHeaders,
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
    maxAge: 600,
  });
  // hono/cors answers preflights; for the requests themselves the same headers it would add.
  app.use("/api/*", async (c, next) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    const origin = c.req.header("Origin");
    if (origin && deps.corsOrigins.includes(origin)) c.header("Access-Control-Allow-Origin", origin);
    c.header("Access-Control-Expose-Headers", exposeHeaders.join(","));
    c.header("Vary", "Origin", { append: true });
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: BODY_LIMIT_BYTES,
    onError: () => Promise.reject(new ApiError("payload_too_large")),
  });
  // Only requests that may carry a body: looking for one makes @hono/node-server build a full
  // Request (with an AbortController) for every GET, a tenth of a cheap read's cost.
  app.use("/api/*", (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next),
  );

  app.route("/", probeRoutes(readiness(deps.db, stopping)));

  const oaAuth: OaAuthDeps = { db: deps.db, ...deps.oaAuth };
  app.route("/api/session", signInRoutes({ ...deps, signInLimiter, address }));
  app.route("/api/oa-grants", oaGrantCallbackRoutes({ ...oaAuth, callbackLimiter: oaGrantLimiter, address }));
  const { appId, checkoutKey, bankSecrets, bankBin, bankName } = deps.payments;
  const paymentSettings = { checkoutKey, bankBin, bankName };
  app.route(
    "/api/payments",
    paymentRoutes({ db: deps.db, appId, checkoutKey, bankSecrets, badMacs, address }),
  );
  if (deps.authMode === "dev") app.route("/api/dev", devRoutes(deps.db));

  app.use("/api/*", requireSession({ ...deps, writeLimiter, address }));
  // GET /api/me checks that the session is live in its own query; every route after it, here.
  app.route("/api/me", meRoutes(deps.db));
  app.use("/api/*", requireLiveSession(deps.db));
  app.route("/api/session", sessionRoutes(deps));
  app.route("/api/oas", oaRoutes(deps.db));
  app.route("/api/apps", appRoutes(deps.db));
  app.route("/api/terms", termsRoutes());
  app.route("/api/accounts", accountRoutes(oaAuth));
  // Only the seeded directory of dev mode knows every phone that has a Zalo account.
  app.route(
    "/api/accounts/:id/members",
    memberRoutes(deps.db, { directoryComplete: deps.authMode === "dev" }),
  );
  app.route("/api/oa-grants", oaGrantRoutes(oaAuth));
  app.route("/api/accounts", walletRoutes(deps.db, paymentSettings, deps.payments.checkoutStatus ?? null));
  if (deps.authMode === "dev" && deps.payments.devCheckout) {
    app.route(
      "/api/dev",
      devPaymentRoutes({
        db: deps.db,
        settings: paymentSettings,
        bankSecret: bankSecrets[0]!,
        publicUrl: deps.oaAuth.publicUrl,
        checkout: deps.payments.devCheckout,
      }),
    );
  }

  app.notFound((c) => errorResponse(c, "not_found", "No such route."));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.retryAfterSeconds) c.header("Retry-After", String(error.retryAfterSeconds));
      // The body may still be arriving: a client must not send its next request on this connection.
      if (error.code === "payload_too_large") c.header("Connection", "close");
      return errorResponse(c, error.code, error.message, error.fields);
    }
    c.var.log.error(errorFields(error));
    return errorResponse(c, "internal", "Something went wrong on our side.");
  });

  return app;
}

function errorResponse(c: Ctx, code: ErrorCode, message: string, fields?: FieldProblems) {
  const error = new ApiError(code, message);
  const body = { code, message, ...(fields ? { fields } : {}), requestId: c.get("requestId") };
  return c.json({ error: body }, error.status as 400);
}
