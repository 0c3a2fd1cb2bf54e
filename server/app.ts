import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { z } from "zod";
import type { ErrorCode } from "../src/domain/errors";
import {
  createAccountSchema,
  idempotencyKeySchema,
  idSchema,
  linkOaSchema,
  sessionRequestSchema,
} from "../src/domain/schemas";
import { readSessionToken, signedInAt } from "./auth/session-token";
import type { ZaloGraph } from "./auth/zalo-graph";
import type { Db } from "./db/client";
import { clientAddress } from "./client-address";
import { ApiError } from "./errors";
import { createStdoutLog } from "./log";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { createAccount, getAccount } from "./services/accounts";
import { listAppsFor } from "./services/apps";
import { linkOa, unlinkOa } from "./services/links";
import { getMe } from "./services/me";
import { listOasFor } from "./services/oas";
import { requirePerson } from "./services/people";
import { createSession, sessionFor } from "./services/session";
import { CURRENT_TERMS } from "./services/terms";
import { SEED_PEOPLE } from "./seed/directory";

export interface AppDeps {
  db: Db;
  authMode: "dev" | "zalo";
  sessionSecret: string;
  graph: ZaloGraph;
  corsOrigins: string[];
  limits?: { signInPerMinute?: number; writesPerMinute?: number };
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustProxy?: number;
  log?: (line: Record<string, unknown>) => void;
}

type Env = { Variables: { personId: string; signedInAt: number; requestId: string } };

const BODY_LIMIT_BYTES = 16 * 1024;

export function createApp(deps: AppDeps) {
  const log = deps.log ?? createStdoutLog();
  const signInLimiter = createRateLimiter({ limit: deps.limits?.signInPerMinute ?? 30, windowMs: 60_000 });
  const writeLimiter = createRateLimiter({ limit: deps.limits?.writesPerMinute ?? 120, windowMs: 60_000 });
  const address = (c: Context<Env>) => clientAddress(c, deps.trustProxy);

  const app = new Hono<Env>();

  // A request id a client makes up would land in audit events as if ours: only a trusted proxy's
  // X-Request-Id is taken (limitLength 0 refuses every incoming one); otherwise we make one.
  app.use(requestId({ limitLength: deps.trustProxy ? 255 : 0 }));
  app.use(async (c, next) => {
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
  });
  // A JSON API loads nothing and is never framed; no answer (a session, a ZCA) may be cached.
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
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
    allowMethods: ["GET", "POST", "DELETE"],
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

  app.get("/health", (c) => c.json({ ok: true }));

  app.post("/api/session", async (c) => {
    limit(signInLimiter, `ip:${address(c)}`);
    const body = await readBody(c, sessionRequestSchema);
    return c.json(await createSession(deps, body, c.get("requestId")), 201);
  });

  if (deps.authMode === "dev") {
    app.get("/api/dev/personas", (c) =>
      c.json(SEED_PEOPLE.map(({ zaloId, name, avatar }) => ({ id: zaloId, name, avatar }))),
    );
  }

  app.use("/api/*", async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(header);
    const claims = match ? await readSessionToken(deps.sessionSecret, match[1]!, deps.authMode) : null;
    if (!claims) throw new ApiError("unauthenticated");
    c.set("personId", claims.sub);
    c.set("signedInAt", signedInAt(claims));
    if (c.req.method !== "GET") {
      limit(writeLimiter, `person:${claims.sub}`);
      limit(writeLimiter, `ip:${address(c)}`);
    }
    await next();
  });

  app.post("/api/session/refresh", async (c) => {
    const person = await requirePerson(deps.db, c.get("personId"));
    return c.json(await sessionFor(deps, person, c.get("signedInAt")), 201);
  });
  app.get("/api/me", async (c) => c.json(await getMe(deps.db, c.get("personId"))));
  app.get("/api/oas", async (c) => c.json(await listOasFor(deps.db, c.get("personId"))));
  app.get("/api/apps", async (c) => c.json(await listAppsFor(deps.db, c.get("personId"))));
  app.get("/api/terms", (c) => c.json(CURRENT_TERMS));

  app.post("/api/accounts", async (c) => {
    const key = idempotencyKeySchema.safeParse(c.req.header("Idempotency-Key"));
    if (!key.success)
      throw new ApiError("invalid_input", "Send an Idempotency-Key header (8-128 letters, digits, - or _).");
    const body = await readBody(c, createAccountSchema);
    const { account, replayed } = await createAccount(deps.db, actor(c), body, key.data);
    if (replayed) c.header("Idempotent-Replayed", "true");
    return c.json(account, 201);
  });
  app.get("/api/accounts/:id", async (c) =>
    c.json(await getAccount(deps.db, readParam(c.req.param("id")), c.get("personId"))),
  );
  app.post("/api/accounts/:id/oas", async (c) => {
    const { oaId } = await readBody(c, linkOaSchema);
    const { link, created } = await linkOa(deps.db, actor(c), readParam(c.req.param("id")), oaId);
    return c.json(link, created ? 201 : 200);
  });
  app.delete("/api/accounts/:id/oas/:oaId", async (c) => {
    await unlinkOa(deps.db, actor(c), readParam(c.req.param("id")), readParam(c.req.param("oaId")));
    return c.body(null, 204);
  });

  app.notFound((c) => errorResponse(c, "not_found", "No such route."));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.retryAfterSeconds) c.header("Retry-After", String(error.retryAfterSeconds));
      // The body may still be arriving: a client must not send its next request on this connection.
      if (error.code === "payload_too_large") c.header("Connection", "close");
      return errorResponse(c, error.code, error.message);
    }
    log({
      level: "error",
      requestId: c.get("requestId"),
      error: String(error),
      stack: (error as Error).stack,
    });
    return errorResponse(c, "internal", "Something went wrong on our side.");
  });

  return app;
}

function actor(c: Context<Env>) {
  return { personId: c.get("personId"), requestId: c.get("requestId") };
}

function limit(limiter: RateLimiter, key: string): void {
  if (!limiter.take(key)) throw ApiError.rateLimited(limiter.retryAfterSeconds(key));
}

async function readBody<S extends z.ZodType>(c: Context<Env>, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError("invalid_input", "The body must be JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
      .join("; ");
    throw new ApiError("invalid_input", where);
  }
  return parsed.data;
}

function readParam(value: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new ApiError("not_found");
  return parsed.data;
}

function errorResponse(c: Context<Env>, code: ErrorCode, message: string) {
  const error = new ApiError(code, message);
  return c.json({ error: { code, message, requestId: c.get("requestId") } }, error.status as 400);
}
