import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { sql } from "drizzle-orm";
import { createApp, type AppDeps } from "../../../server/app";
import { createZaloGraph } from "../../../server/auth/zalo-graph";
import { openDatabase, type Database, type Db } from "../../../server/db/client";
import { seedDirectory } from "../../../server/seed/seed";
import { send, type ApiResponse, type RequestOptions } from "./http";
import { createTempDatabase } from "./postgres";

export type DbKind = "pglite" | "postgres";

export interface TestServerOptions {
  /** Defaults to env TEST_DB (pglite when unset), so one suite runs on both kinds. */
  db?: DbKind;
  authMode?: "dev" | "zalo";
  graphUrl?: string;
  graphTimeoutMs?: number;
  appSecret?: string;
  /** Defaults are high so that suites are not throttled; pass small ones to test throttling. */
  limits?: AppDeps["limits"];
  corsOrigins?: string[];
  /** Receives the request log lines (dropped by default). */
  log?: AppDeps["log"];
  /** TRUST_PROXY: reverse proxies whose X-Forwarded-For the server believes. */
  trustProxy?: number;
  /** Insert the demo directory (an, binh, chau, dung…); default true. */
  seed?: boolean;
}

export interface TestServer {
  url: string;
  db: Db;
  kind: DbKind;
  sessionSecret: string;
  appSecret: string;
  /** Empties every table and seeds the directory again (cheaper than a new server). */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** Signs in as a seeded person in dev mode; returns the session token. */
  signIn(persona: string): Promise<string>;
  request(method: string, path: string, opts?: RequestOptions): Promise<ApiResponse>;
  get(path: string, token?: string, headers?: Record<string, string>): Promise<ApiResponse>;
  post(
    path: string,
    token: string | undefined,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse>;
  patch(path: string, token: string | undefined, body?: unknown): Promise<ApiResponse>;
  del(path: string, token?: string): Promise<ApiResponse>;
}

export const TEST_CORS_ORIGINS = ["https://h5.zdn.vn", "http://localhost:3000"];
const TABLES =
  "audit_events, idempotency_keys, account_invitations, account_members, account_apps, account_oas, " +
  "accounts, app_admins, apps, oa_admins, oas, people";

export function dbKindFromEnv(): DbKind {
  const kind = process.env.TEST_DB ?? "pglite";
  if (kind !== "pglite" && kind !== "postgres")
    throw new Error(`TEST_DB must be pglite or postgres, not ${kind}`);
  return kind;
}

async function openTestDatabase(kind: DbKind): Promise<{ database: Database; drop(): Promise<void> }> {
  if (kind === "pglite") return { database: await openDatabase({ dataDir: null }), drop: async () => {} };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (run scripts/ensure-postgres.sh to get one).");
  }
  const temp = await createTempDatabase(serverUrl);
  try {
    return { database: await openDatabase({ databaseUrl: temp.url }), drop: temp.drop };
  } catch (error) {
    await temp.drop();
    throw error;
  }
}

/** Starts the real API over real HTTP on 127.0.0.1 with its own fresh database. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const kind = opts.db ?? dbKindFromEnv();
  const { database, drop } = await openTestDatabase(kind);
  const db = database.db;
  const seed = opts.seed ?? true;
  if (seed) await seedDirectory(db);

  const sessionSecret = `test-session-secret-${Math.random().toString(36).slice(2)}-0123456789abcdef`;
  const appSecret = opts.appSecret ?? "test-app-secret";
  const app = createApp({
    db,
    authMode: opts.authMode ?? "dev",
    sessionSecret,
    graph: createZaloGraph({
      baseUrl: opts.graphUrl ?? "http://127.0.0.1:9",
      appSecret,
      timeoutMs: opts.graphTimeoutMs ?? 2000,
    }),
    corsOrigins: opts.corsOrigins ?? TEST_CORS_ORIGINS,
    limits: { signInPerMinute: 10_000, writesPerMinute: 10_000, ...opts.limits },
    trustProxy: opts.trustProxy,
    log: opts.log ?? (() => {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const request = (method: string, path: string, o?: RequestOptions) => send(url, method, path, o);
  let stopped = false;

  return {
    url,
    db,
    kind,
    sessionSecret,
    appSecret,
    async reset() {
      await db.execute(sql.raw(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`));
      if (seed) await seedDirectory(db);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await database.close();
      await drop();
    },
    async signIn(persona) {
      const res = await request("POST", "/api/session", { body: { devPersona: persona } });
      if (res.status !== 201) throw new Error(`sign-in as ${persona} failed: ${res.status} ${res.text}`);
      return res.body.token as string;
    },
    request,
    get: (path, token, headers) => request("GET", path, { token, headers }),
    post: (path, token, body, headers) => request("POST", path, { token, body, headers }),
    patch: (path, token, body) => request("PATCH", path, { token, body }),
    del: (path, token) => request("DELETE", path, { token }),
  };
}
