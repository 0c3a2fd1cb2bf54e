import { fork } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";
import type { ApiServerReady } from "./api-server";
import { REPO, tempDir } from "./build";
import { onCleanup } from "./cleanup";
import { heading, ms, pct, table } from "./format";
import { freePort, startServerProcess } from "../../test/api/helpers/server-process";
import { startBenchPostgres } from "./postgres";

const DURATION_S = Number(process.env.BENCH_API_SECONDS ?? 5);
const CONNECTIONS = [1, 16, 64];
/** BENCH_API_DB=postgres (or pglite) measures one database only. */
const DATABASES = new Set((process.env.BENCH_API_DB ?? "pglite,postgres").split(","));
const ACCOUNT = "zca-binh-minh";

export interface LoadRow {
  db: string;
  route: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  /** Requests that did not answer 2xx, errors and time-outs (all should be 0). */
  failed: number;
  ratio: number;
}

interface Server extends ApiServerReady {
  stop(): Promise<void>;
}

/** Starts scripts/bench/api-server.ts in a child process and waits for its address. */
async function startApiServer(env: Record<string, string>): Promise<Server> {
  const child = fork(join(REPO, "scripts/bench/api-server.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env, NODE_ENV: "development", AUTH_MODE: "dev" },
    // stdout gets one JSON log line per request (the production logger): discard, as a log shipper would read it.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = onCleanup("API server process", async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  });
  const ready = await new Promise<ApiServerReady>((resolve, reject) => {
    child.once("message", (m) => resolve(m as ApiServerReady));
    child.once("exit", (code) => reject(new Error(`API server exited (${code}) before it was ready`)));
  });
  return { ...ready, stop };
}

async function signIn(url: string, persona: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ devPersona: persona }),
  });
  if (res.status !== 201) throw new Error(`sign-in as ${persona}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

type Case = { route: string; options: () => autocannon.Options };

/** The cursor of page `n` (1 is the first) of GET /api/oas?limit=50. */
async function cursorAt(url: string, token: string, n: number): Promise<string> {
  let cursor = "";
  for (let page = 1; page < n; page++) {
    const res = await fetch(`${url}/api/oas?limit=50${cursor ? `&cursor=${cursor}` : ""}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    cursor = ((await res.json()) as { nextCursor: string }).nextCursor;
  }
  return cursor;
}

async function cases(server: Server): Promise<Case[]> {
  const [an, binh, dung] = await Promise.all(["an", "binh", "dung"].map((p) => signIn(server.url, p)));
  const get = (path: string, token?: string) => (): autocannon.Options => ({
    url: `${server.url}${path}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  // Each connection links then unlinks its own OA, taken from a pool and returned after the DELETE.
  // A fresh pool per run: a run that stops between a POST and its DELETE leaves that OA linked to
  // this ZCA, which the next POST of it answers with 200 (already linked) and its DELETE undoes.
  const pairs = (): autocannon.Options => {
    const pool = [...server.linkableOaIds];
    return {
      url: server.url,
      headers: { authorization: `Bearer ${binh}`, "content-type": "application/json" },
      requests: [
        {
          method: "POST",
          path: `/api/accounts/${ACCOUNT}/oas`,
          setupRequest: (req, context) => {
            const oaId = pool.shift()!;
            context.oaId = oaId;
            return { ...req, body: JSON.stringify({ oaId }) };
          },
        },
        {
          method: "DELETE",
          setupRequest: (req, context) => ({ ...req, path: `/api/accounts/${ACCOUNT}/oas/${context.oaId}` }),
          onResponse: (_status, _body, context) => void pool.push(context.oaId as string),
        },
      ],
    };
  };
  return [
    { route: "GET /health", options: get("/health") },
    // Auth and middleware only (a constant body): what every authenticated route pays before its queries.
    { route: "GET /api/terms (no DB)", options: get("/api/terms", an) },
    { route: "GET /api/me", options: get("/api/me", an) },
    { route: "GET /api/oas", options: get("/api/oas", an) },
    { route: "GET /api/oas (500 OAs, whole)", options: get("/api/oas", dung) },
    // The same list a page at a time, as a long list is read: a first page of 20 (two screenfuls
    // of a phone) or of 50, and a page of 50 further on.
    { route: "GET /api/oas?limit=20 (500 OAs)", options: get("/api/oas?limit=20", dung) },
    { route: "GET /api/oas?limit=50 (500 OAs)", options: get("/api/oas?limit=50", dung) },
    {
      route: "GET /api/oas?limit=50&cursor= (500 OAs)",
      options: get(`/api/oas?limit=50&cursor=${await cursorAt(server.url, dung, 5)}`, dung),
    },
    { route: "POST+DELETE /api/accounts/:id/oas", options: pairs },
  ];
}

async function load(options: autocannon.Options, connections: number, seconds: number) {
  return autocannon({ ...options, connections, duration: seconds, timeout: 10 });
}

async function measure(db: string, env: Record<string, string>): Promise<LoadRow[]> {
  const server = await startApiServer(env);
  try {
    const all = await cases(server);
    // Warm up (JIT, connection pool, PostgreSQL caches) before anything is recorded.
    for (const c of all) await load(c.options(), 16, 1);
    const rows: LoadRow[] = [];
    for (const connections of CONNECTIONS) {
      let health = NaN;
      for (const c of all) {
        const r = await load(c.options(), connections, DURATION_S);
        if (c.route === "GET /health") health = r.requests.average;
        rows.push({
          db,
          route: c.route,
          connections,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          failed: r.non2xx + r.errors + r.timeouts,
          ratio: r.requests.average / health,
        });
      }
    }
    return rows;
  } finally {
    await server.stop();
  }
}

export interface InstancesRow {
  route: string;
  instances: number;
  rps: number;
  p99: number;
  failed: number;
}

const INSTANCE_SECRET = "bench-instances-session-secret-0123456789abcdef";

/**
 * `npm run server` as deployed, `count` processes on the bench's PostgreSQL (its data already
 * seeded), rate limits raised so they count without refusing.
 */
async function startInstances(count: number, databaseUrl: string) {
  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_MODE: "dev",
    SESSION_SECRET: INSTANCE_SECRET,
    SIGN_INS_PER_MINUTE: "1000000",
    WRITES_PER_MINUTE: "1000000",
  };
  const instances = [];
  for (let i = 0; i < count; i++) {
    const started = await startServerProcess({ ...env, API_PORT: String(await freePort()) });
    instances.push(started);
    onCleanup(`API instance ${i + 1}`, () => started.stop("SIGTERM"));
  }
  return instances;
}

/**
 * The same reads on one `npm run server` process and on three behind no proxy (autocannon spreads
 * its 64 connections over their URLs), all on one PostgreSQL, all on this machine's two cores.
 */
async function measureInstances(databaseUrl: string): Promise<InstancesRow[]> {
  const rows: InstancesRow[] = [];
  for (const count of [1, 3]) {
    const instances = await startInstances(count, databaseUrl);
    try {
      const [an, dung] = await Promise.all(["an", "dung"].map((p) => signIn(instances[0]!.url, p)));
      const reads: [string, string, string | undefined][] = [
        ["GET /health", "/health", undefined],
        ["GET /api/me", "/api/me", an],
        ["GET /api/oas", "/api/oas", an],
        ["GET /api/oas?limit=50 (500 OAs)", "/api/oas?limit=50", dung],
      ];
      const options = (path: string, token?: string): autocannon.Options => ({
        url: instances.map((i) => `${i.url}${path}`),
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      for (const [, path, token] of reads) await load(options(path, token), 16, 1);
      for (const [route, path, token] of reads) {
        const r = await load(options(path, token), 64, DURATION_S);
        rows.push({
          route,
          instances: count,
          rps: r.requests.average,
          p99: r.latency.p99,
          failed: r.non2xx + r.errors + r.timeouts,
        });
      }
    } finally {
      await Promise.all(instances.map((i) => i.stop("SIGTERM")));
    }
  }
  return rows;
}

/** Autocannon against the API on PGlite (a data folder, as the default) and on PostgreSQL. */
export async function measureApiLoad(): Promise<{ rows: LoadRow[]; instances: InstancesRow[] }> {
  const rows: LoadRow[] = [];
  let instances: InstancesRow[] = [];
  if (DATABASES.has("pglite")) {
    const data = await tempDir("zca-bench-pglite-");
    const removeData = onCleanup("bench PGlite folder", data.remove);
    rows.push(...(await measure("PGlite", { DATA_DIR: data.dir })));
    await removeData();
  }
  if (DATABASES.has("postgres")) {
    const pg = await startBenchPostgres();
    try {
      rows.push(...(await measure("PostgreSQL", { DATABASE_URL: pg.url })));
      instances = await measureInstances(pg.url);
    } finally {
      await pg.stop();
    }
  }
  return { rows, instances };
}

const READS = new Set(["GET /api/me", "GET /api/oas"]);
const LONG_LISTS = new Set([
  "GET /api/oas?limit=20 (500 OAs)",
  "GET /api/oas?limit=50 (500 OAs)",
  "GET /api/oas?limit=50&cursor= (500 OAs)",
]);

export function formatApiLoad({ rows, instances }: { rows: LoadRow[]; instances: InstancesRow[] }): string {
  const body = rows.map((r) => [
    r.db,
    r.route,
    r.connections,
    r.rps.toFixed(0),
    ms(r.p50),
    ms(r.p99),
    r.route === "GET /health" ? "ceiling" : pct(r.ratio),
    r.failed,
  ]);
  const at64 = rows.filter((r) => r.db === "PostgreSQL" && r.connections === 64);
  const targets = [
    ...at64
      .filter((r) => READS.has(r.route))
      .map(
        (r) =>
          `${r.route} on PostgreSQL at 64: p99 ${ms(r.p99)}, ${pct(r.ratio)} of /health (≥ 30% ${r.ratio >= 0.3 ? "OK" : "MISS"})`,
      ),
    ...at64
      .filter((r) => LONG_LISTS.has(r.route))
      .map(
        (r) => `${r.route} on PostgreSQL at 64: p99 ${ms(r.p99)} (≤ 50 ms ${r.p99 <= 50 ? "OK" : "MISS"})`,
      ),
  ];
  const one = (route: string) => instances.find((r) => r.route === route && r.instances === 1);
  const scaled = instances
    .filter((r) => r.instances === 3)
    .map((r) => {
      const single = one(r.route)!;
      return [
        r.route,
        single.rps.toFixed(0),
        ms(single.p99),
        r.rps.toFixed(0),
        ms(r.p99),
        `×${(r.rps / single.rps).toFixed(2)}`,
        single.failed + r.failed,
      ];
    });
  return [
    heading(`API load: autocannon 9, loopback, ${DURATION_S} s per case (POST+DELETE counts both requests)`),
    table(["db", "route", "conns", "req/s", "p50", "p99", "of /health", "failed"], body),
    ...targets,
    ...(instances.length > 0
      ? [
          heading("npm run server on PostgreSQL: one process against three (64 connections over their URLs)"),
          table(["route", "1: req/s", "1: p99", "3: req/s", "3: p99", "3 / 1", "failed"], scaled),
        ]
      : []),
  ].join("\n");
}
