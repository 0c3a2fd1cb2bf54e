import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { explainPostgresProblem, prepareDataDir } from "./open-problems";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** The PostgreSQL pool (null on PGlite): what the instances share beyond the tables, e.g. rate limits. */
  pool: pg.Pool | null;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

// Any fixed number, the same in every instance: the session lock they take to migrate.
const MIGRATION_LOCK = 7_243_102_913;

/**
 * PostgreSQL when a URL is given; otherwise PGlite in `dataDir` (created if missing; in memory
 * when null). Migrated and then `prepared` (e.g. seeded) before it is answered. A setting that
 * cannot work (a refused port, an unknown database, a DATA_DIR that is a file) throws a
 * ConfigError that says which setting and what to do.
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  /** Connections to PostgreSQL at most (20 unless said). */
  poolMax?: number;
  dataDir?: string | null;
  prepare?: (db: Db) => Promise<void>;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolMax ?? 20 });
    try {
      await migrateUnderLock(pool, opts.prepare);
    } catch (error) {
      await pool.end();
      throw explainPostgresProblem(error, opts.databaseUrl) ?? error;
    }
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: "postgres", pool, close: () => pool.end() };
  }
  if (opts.dataDir) prepareDataDir(opts.dataDir);
  const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  await opts.prepare?.(db as unknown as Db);
  return { db: db as unknown as Db, kind: "pglite", pool: null, close: () => client.close() };
}

/**
 * Instances that start together migrate once: each takes the migration lock on its own
 * connection, so one migrates while the others wait, then finds nothing left to do. The lock is
 * PostgreSQL's, held by the session: a process that dies while migrating lets it go (and its
 * migration's transaction rolls back).
 */
async function migrateUnderLock(pool: pg.Pool, prepare?: (db: Db) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      const db = drizzlePg(client, { schema });
      await migratePg(db, { migrationsFolder });
      await prepare?.(db as unknown as Db);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    // A connection whose state is in doubt (the lock perhaps still held) is closed, not reused.
    client.release(broken);
  }
}

/** Postgres' code for a unique or primary-key violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/** A transaction handle; services accept either it or the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
