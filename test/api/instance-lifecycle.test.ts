// An API instance's life among others: starting together on one PostgreSQL (the migrations run
// once, under an advisory lock), saying when it is ready, and stopping on SIGTERM without
// dropping a request in flight. Real `npm run server` processes where it matters.
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/db/client";
import { SEED_LEDGER } from "../../server/seed/directory";
import { seedDirectory } from "../../server/seed/seed";
import { startZaloStub } from "../support/zalo-stub";
import { countRows, queryRows } from "./helpers/fixtures";
import { createTempDatabase } from "./helpers/postgres";
import { dbKindFromEnv, TEST_TOKEN_KEY } from "./helpers/server";
import { freePort, spawnServer, startServerProcess } from "./helpers/server-process";

const kind = dbKindFromEnv();
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const MIGRATIONS = (await import("../../server/db/migrations/meta/_journal.json")).default.entries.length;

async function freshPostgres(): Promise<string> {
  const temp = await createTempDatabase(process.env.TEST_DATABASE_URL!);
  cleanups.push(temp.drop);
  return temp.url;
}

/** Polls `probe` every 50 ms until it holds, for at most `ms`. */
async function until(probe: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("gave up waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const status = (url: string) =>
  fetch(url).then(
    async (r) => ({ status: r.status, body: await r.json() }),
    () => null,
  );

/** Whether a new TCP connection to `port` is refused. */
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });

// Each test starts real `npm run server` processes that migrate a fresh database: on a loaded
// machine that alone can pass the API project's 30 s.
const PROCESS_TEST_MS = 120_000;

// The lock and its waiting are PostgreSQL's; PGlite is one process by construction.
describe.skipIf(kind !== "postgres")(
  "starting together on one PostgreSQL (PostgreSQL only)",
  { timeout: PROCESS_TEST_MS },
  () => {
    it("three instances opening a fresh database at once migrate and seed it once", async () => {
      const url = await freshPostgres();
      const databases = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ databaseUrl: url, prepare: seedDirectory })),
      );
      try {
        const db = databases[0]!.db;
        const [{ n }] = await queryRows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
        );
        expect(n).toBe(MIGRATIONS);
        expect(await countRows(db, "ledger_entries")).toBe(SEED_LEDGER.length);
      } finally {
        await Promise.all(databases.map((d) => d.close()));
      }
    });

    it("an instance that finds another migrating answers /health, and /ready only once it is done", async () => {
      const url = await freshPostgres();
      // Stands for an instance that is migrating: it holds the migration lock.
      const other = new pg.Client({ connectionString: url });
      await other.connect();
      cleanups.push(() => other.end());
      await other.query("SELECT pg_advisory_lock(7243102913)");

      const port = await freePort();
      const child = spawnServer({ DATABASE_URL: url, API_PORT: String(port), AUTH_MODE: "dev" });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      cleanups.push(async () => {
        child.kill("SIGKILL");
        await exited;
      });
      const base = `http://127.0.0.1:${port}`;
      await until(async () => (await status(`${base}/health`))?.status === 200);
      // It is waiting for the lock, not failing on tables half made.
      await until(async () => {
        const { rows } = await other.query(
          "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        );
        return rows.length === 1;
      });
      expect(await status(`${base}/ready`)).toEqual({
        status: 503,
        body: { ready: false, reason: "starting" },
      });
      expect((await status(`${base}/api/terms`))?.status).toBe(503);

      await other.query("SELECT pg_advisory_unlock(7243102913)");
      await until(async () => (await status(`${base}/ready`))?.status === 200);
      expect(await status(`${base}/ready`)).toEqual({ status: 200, body: { ready: true } });
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    });
  },
);

describe(`stopping on SIGTERM (${kind})`, { timeout: PROCESS_TEST_MS }, () => {
  it("finishes the requests in flight, refuses new connections, closes the database, writes its log out and exits 0", async () => {
    // Zalo's Graph API answers each sign-in after 3 s: those sign-ins are in flight at the signal.
    const graph = await startZaloStub();
    cleanups.push(graph.stop);
    graph.on("/v2.0/me", { delayMs: 3000, body: { id: "zalo-7781", name: "Võ Thị Hoa", error: 0 } });
    let database: Record<string, string>;
    if (kind === "postgres") database = { DATABASE_URL: await freshPostgres() };
    else {
      const dir = await mkdtemp(join(tmpdir(), "zca-sigterm-"));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      database = { DATA_DIR: dir };
    }
    const port = await freePort();
    const server = await startServerProcess(
      {
        ...database,
        API_PORT: String(port),
        AUTH_MODE: "zalo",
        ZALO_APP_ID: "lifecycle-app",
        ZALO_APP_SECRET: "lifecycle-secret",
        ZALO_GRAPH_URL: graph.url,
        ZALO_OAUTH_URL: "http://127.0.0.1:9",
        ZALO_OPENAPI_URL: "http://127.0.0.1:9",
        ZALO_TOKEN_KEY: TEST_TOKEN_KEY,
        SESSION_SECRET: "lifecycle-session-secret-0123456789abcdef",
        API_PUBLIC_URL: "http://127.0.0.1",
        CHECKOUT_PRIVATE_KEY: "lifecycle-checkout-key",
        BANK_WEBHOOK_SECRET: "lifecycle-bank-webhook-secret-0123456789",
        USAGE_WEBHOOK_SECRET: "lifecycle-usage-webhook-secret-0123456789",
        OIDC_ISSUER: "https://idp.example.vn",
        OIDC_CLIENT_ID: "lifecycle-console",
        OIDC_CLIENT_SECRET: "lifecycle-console-client-secret",
        CONSOLE_PUBLIC_URL: "https://ops.example.vn",
      },
      { log: true },
    );
    cleanups.push(() => server.stop("SIGKILL"));
    // An idle connection outlives a load balancer's (60 s is common) and undici's: the client, not
    // the API, closes it, so no request is ever sent on a connection the API is closing.
    expect((await fetch(`${server.url}/health`)).headers.get("keep-alive")).toBe("timeout=65");

    let answered = 0;
    const slow = Array.from({ length: 3 }, () =>
      fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ accessToken: "zalo-access-token" }),
      }).finally(() => answered++),
    );
    await until(async () => graph.requests.filter((r) => r.path === "/v2.0/me").length === 3);
    const signalled = Date.now();
    process.kill(server.pid, "SIGTERM");

    // New connections are refused while the three are still being worked on.
    await until(() => refused(port));
    const refusedAfter = Date.now() - signalled;
    expect(answered).toBe(0);
    const answers = await Promise.all(slow);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.every((a) => a.headers.get("connection") === "close")).toBe(true);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // The log is written out before the process ends: the signal, then each answer's request line.
    const lines = server
      .stdout()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ event: "stopping", signal: "SIGTERM" }));
    expect(server.stdout()).not.toContain("Võ Thị Hoa");
    for (const answer of answers) {
      expect(lines).toContainEqual(
        expect.objectContaining({
          requestId: answer.headers.get("x-request-id"),
          method: "POST",
          path: "/api/session",
          status: 201,
        }),
      );
    }
    console.log(
      `SIGTERM (${kind}): new connections refused ${refusedAfter} ms after the signal, the 3 sign-ins in ` +
        `flight answered 201, exit code 0 ${Date.now() - signalled} ms after the signal`,
    );
  });
});
