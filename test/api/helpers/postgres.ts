import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TempDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A throwaway database on the PostgreSQL server at `serverUrl`, dropped by `drop()`: empty, or a
 * copy of `template` (which nobody may be connected to meanwhile).
 */
export async function createTempDatabase(
  serverUrl: string,
  opts: { name?: string; template?: string } = {},
): Promise<TempDatabase> {
  const name = opts.name ?? `zca_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const template = opts.template ? ` TEMPLATE "${opts.template}"` : "";
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin(serverUrl, (client) => dropWhenFree(client, name)),
  };
}

/** Drops the database once the test server's pool has closed its connections. */
async function dropWhenFree(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      return;
    } catch (error) {
      // 55006: "database is being accessed by other users" while closing sockets finish.
      if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function withAdmin(serverUrl: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
