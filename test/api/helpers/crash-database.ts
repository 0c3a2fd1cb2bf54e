import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../../../server/db/client";
import { createTempDatabase } from "./postgres";
import { issueSessionToken } from "../../../server/auth/session-token";
import { TEST_PAYMENTS, type DbKind } from "./server";
import { freePort, startServerProcess, type ServerProcess } from "./server-process";

/**
 * A database that outlives the server processes a crash test starts and kills: a fresh
 * PostgreSQL database, or a PGlite data folder (which only one process opens at a time, so the
 * test opens it only while no server runs).
 */
export async function crashDatabase(kind: DbKind): Promise<{
  /** What the server process is started with to use it. */
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}> {
  if (kind === "postgres") {
    const temp = await createTempDatabase(process.env.TEST_DATABASE_URL!);
    return {
      env: { DATABASE_URL: temp.url },
      open: () => openDatabase({ databaseUrl: temp.url }),
      drop: temp.drop,
    };
  }
  const dir = await mkdtemp(join(tmpdir(), "zca-crash-"));
  return {
    env: { DATA_DIR: dir },
    open: () => openDatabase({ dataDir: dir }),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * How a crash test starts (and starts again) the real server on `database`: dev mode, the test
 * payment and usage keys, writes unlimited, each start on a new port; `extra` adds what one test
 * needs (a stand-in's URL). `binh` is Bình's session on it.
 */
export async function crashServer(
  database: { env: Record<string, string> },
  sessionSecret: string,
  extra: Record<string, string> = {},
): Promise<{ start(): Promise<ServerProcess>; binh: string }> {
  const env = {
    ...database.env,
    AUTH_MODE: "dev",
    SESSION_SECRET: sessionSecret,
    ZALO_APP_ID: TEST_PAYMENTS.appId,
    CHECKOUT_PRIVATE_KEY: TEST_PAYMENTS.checkoutKey,
    BANK_WEBHOOK_SECRET: TEST_PAYMENTS.bankSecret,
    USAGE_WEBHOOK_SECRET: TEST_PAYMENTS.usageSecret,
    WRITES_PER_MINUTE: "100000",
    ...extra,
  };
  return {
    start: async () => startServerProcess({ ...env, API_PORT: String(await freePort()) }),
    binh: (await issueSessionToken(sessionSecret, "binh", "dev")).token,
  };
}
