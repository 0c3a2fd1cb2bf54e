import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../../../server/db/client";
import { createTempDatabase } from "./postgres";
import type { DbKind } from "./server";

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
