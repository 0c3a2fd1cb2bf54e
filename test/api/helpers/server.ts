import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { inject } from "vitest";
import { createApp } from "../../../server/app";
import type { AppDeps } from "../../../server/app-deps";
import { createTokenBox } from "../../../server/auth/token-box";
import { createZaloGraph } from "../../../server/auth/zalo-graph";
import { createZaloOa } from "../../../server/auth/zalo-oa";
import { openDatabase, type Database, type Db } from "../../../server/db/client";
import * as schema from "../../../server/db/schema";
import { startCheckoutStandIn, type CheckoutStandIn } from "../../../server/dev/checkout-standin";
import { startZaloStandIn, type StandInOa, type ZaloStandIn } from "../../../server/dev/zalo-standin";
import { startOidcStandIn, type OidcStandIn } from "../../../server/dev/oidc-standin";
import { DEV_IDP_PEOPLE } from "../../../server/seed/staff";
import { serveLocal } from "../../../server/listen";
import { createCheckoutStatus } from "../../../server/payments/checkout-status";
import { seedDirectory } from "../../../server/seed/seed";
import { quietLog } from "../../support/log";
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
  /**
   * The OAs Zalo knows: starts the local stand-in for Zalo's OA authorization and OA API with
   * them, registered with this server's callback URL. Without it, those calls go nowhere.
   */
  zaloOas?: StandInOa[];
  /**
   * Checkout's order status API the server asks when the app says its sheet closed; by default
   * the local Checkout stand-in's (which also plays the dev simulator's orders).
   */
  checkoutApiUrl?: string;
  /** The clock of OA grants' lifetimes (a test moves it); Date.now by default. */
  oaClock?: () => number;
  /**
   * Serve the operator's console (/console/*) with the local OIDC provider as its IdP; `now` is
   * the console sessions' clock (a test moves it).
   */
  console?: { now?: () => number };
  /** The keys it starts with: a fresh session secret, TEST_TOKEN_KEY and the test bank secret unless said. */
  keys?: Partial<TestKeys>;
}

/** Each rotatable secret as the server holds it: the first signs or seals, every one is accepted. */
export interface TestKeys {
  sessionSecrets: string[];
  tokenKeys: string[];
  bankSecrets: string[];
}

export interface TestServer {
  url: string;
  db: Db;
  kind: DbKind;
  /** The session secret that signs now (the first of `keys.sessionSecrets`). */
  sessionSecret: string;
  keys: TestKeys;
  appSecret: string;
  /** The stand-in for Zalo's OA authorization, when `zaloOas` was given. */
  zalo: ZaloStandIn | null;
  /** The stand-in for Zalo Checkout: the dev simulator's orders, callbacks and status API. */
  checkout: CheckoutStandIn;
  /** The console's identity provider, when `console` was given. */
  idp: OidcStandIn | null;
  /** What its app is made of now (rekey changes it). */
  appDeps(): AppDeps;
  /** Empties every table and seeds the directory again (cheaper than a new server). */
  reset(): Promise<void>;
  /** Serves on with other keys, on the same database and address: one step of a rotation. */
  rekey(keys: Partial<TestKeys>): void;
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
  "audit_events, idempotency_keys, file_links, invoices, usage_refusals, usage_holds, ledger_entries, topups, transfer_accounts, unmatched_payments, invoice_info, " +
  "alert_settings, notification_settings, notifications, account_business, account_invitations, account_members, account_apps, account_oas, accounts, " +
  "app_admins, apps, oa_grants, oa_tokens, oa_admins, oas, people, staff_audit, staff_sessions, staff";
export const TEST_APP_ID = "test-mini-app";
/** The console's client at the test IdP. */
export const TEST_CONSOLE_CLIENT = {
  clientId: "zca-console-test",
  clientSecret: "test-console-client-secret",
};
/** The payment keys and bank of every test server. */
export const TEST_PAYMENTS = {
  appId: TEST_APP_ID,
  checkoutKey: "test-checkout-private-key",
  bankSecret: "test-bank-webhook-secret",
  usageSecret: "test-usage-webhook-secret",
  bankBin: "970436",
  bankName: "Vietcombank",
};
/** ZALO_TOKEN_KEY of every test server (32 bytes, hex). */
export const TEST_TOKEN_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

export function dbKindFromEnv(): DbKind {
  const kind = process.env.TEST_DB ?? "pglite";
  if (kind !== "pglite" && kind !== "postgres")
    throw new Error(`TEST_DB must be pglite or postgres, not ${kind}`);
  return kind;
}

/**
 * A fresh database of `kind`, migrated, and seeded when `seeded`: a copy of the run's template
 * (helpers/database-templates.ts), or migrated and seeded here when the run has none of this kind.
 */
async function openTestDatabase(
  kind: DbKind,
  seeded: boolean,
): Promise<{ database: Database; drop(): Promise<void> }> {
  const templates = inject("databaseTemplates");
  const template = templates?.kind === kind ? (seeded ? templates.seeded : templates.migrated) : undefined;
  const prepare = seeded && !template ? seedDirectory : undefined;
  if (kind === "pglite") {
    const database = template
      ? await openPgliteCopy(template)
      : await openDatabase({ dataDir: null, prepare });
    return { database, drop: async () => {} };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (run scripts/ensure-postgres.sh to get one).");
  }
  const temp = await createTempDatabase(serverUrl, { template });
  try {
    return { database: await openDatabase({ databaseUrl: temp.url, prepare }), drop: temp.drop };
  } catch (error) {
    await temp.drop();
    throw error;
  }
}

/** PGlite loading a template's data folder: no initdb, no migrations. */
async function openPgliteCopy(file: string): Promise<Database> {
  const client = new PGlite({ loadDataDir: new Blob([await readFile(file)]) });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", pool: null, close: () => client.close() };
}

/** Starts the real API over real HTTP on 127.0.0.1 with its own fresh database. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const kind = opts.db ?? dbKindFromEnv();
  const seed = opts.seed ?? true;
  const { database, drop } = await openTestDatabase(kind, seed);
  const db = database.db;

  let keys: TestKeys = {
    sessionSecrets: [`test-session-secret-${Math.random().toString(36).slice(2)}-0123456789abcdef`],
    tokenKeys: [TEST_TOKEN_KEY],
    bankSecrets: [TEST_PAYMENTS.bankSecret],
    ...opts.keys,
  };
  const appSecret = opts.appSecret ?? "test-app-secret";
  // The server listens first: Zalo's stand-in must know our callback URL before the app knows Zalo's.
  let app: ReturnType<typeof createApp> | null = null;
  const { server, url } = await serveLocal((request) => app!.fetch(request));
  const zalo = opts.zaloOas
    ? await startZaloStandIn({
        appId: TEST_APP_ID,
        appSecret,
        redirectUri: `${url}/api/oa-grants/callback`,
        oas: opts.zaloOas,
      })
    : null;
  const zaloUrl = zalo?.url ?? "http://127.0.0.1:9";
  const checkout = await startCheckoutStandIn({
    appId: TEST_APP_ID,
    privateKey: TEST_PAYMENTS.checkoutKey,
    callbackUrl: `${url}/api/payments/checkout/callback`,
    lateCallbackMs: 300,
  });
  const checkoutStatus = createCheckoutStatus({
    apiUrl: opts.checkoutApiUrl ?? checkout.url,
    appId: TEST_APP_ID,
    privateKey: TEST_PAYMENTS.checkoutKey,
    timeoutMs: 2000,
  });
  const { bankSecret: _, usageSecret, ...payments } = TEST_PAYMENTS;
  const idp = opts.console
    ? await startOidcStandIn({
        people: DEV_IDP_PEOPLE,
        clients: [{ ...TEST_CONSOLE_CLIENT, redirectUris: [`${url}/console/auth/callback`] }],
      })
    : null;
  const appDeps = (): AppDeps => ({
    db,
    authMode: opts.authMode ?? "dev",
    sessionSecrets: keys.sessionSecrets,
    graph: createZaloGraph({
      baseUrl: opts.graphUrl ?? "http://127.0.0.1:9",
      appSecret,
      timeoutMs: opts.graphTimeoutMs ?? 2000,
    }),
    oaAuth: {
      zaloOa: createZaloOa({
        oauthUrl: zaloUrl,
        openApiUrl: zaloUrl,
        appId: TEST_APP_ID,
        appSecret,
        timeoutMs: 2000,
        devHints: true,
      }),
      box: createTokenBox(keys.tokenKeys),
      publicUrl: url,
      now: opts.oaClock,
    },
    payments: { ...payments, bankSecrets: keys.bankSecrets, checkoutStatus, devCheckout: checkout },
    usageSecrets: [usageSecret],
    corsOrigins: opts.corsOrigins ?? TEST_CORS_ORIGINS,
    limits: {
      signInPerMinute: 10_000,
      writesPerMinute: 10_000,
      badMacsPerMinute: 10_000,
      oaGrantPagesPerMinute: 10_000,
      fileLinksPerMinute: 10_000,
      ...opts.limits,
    },
    trustProxy: opts.trustProxy,
    console: idp
      ? {
          oidc: { issuer: idp.url, ...TEST_CONSOLE_CLIENT, allowHttp: true },
          publicUrl: url,
          staticDir: null,
          cookieSecret: keys.sessionSecrets[0]!,
          now: opts.console?.now,
        }
      : undefined,
    pool: database.pool,
    log: opts.log ?? quietLog(),
  });
  const build = () => createApp(appDeps());
  app = build();

  const request = (method: string, path: string, o?: RequestOptions) => send(url, method, path, o);
  let stopped = false;

  return {
    url,
    db,
    kind,
    get sessionSecret() {
      return keys.sessionSecrets[0]!;
    },
    get keys() {
      return keys;
    },
    appSecret,
    zalo,
    checkout,
    idp,
    appDeps,
    async reset() {
      await db.execute(sql.raw(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`));
      zalo?.reset();
      if (seed) await seedDirectory(db);
    },
    rekey(next) {
      keys = { ...keys, ...next };
      app = build();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await zalo?.stop();
      await checkout.stop();
      await idp?.stop();
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
