import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase, type Db } from "../../../server/db/client";
import { seedDirectory } from "../../../server/seed/seed";
import { createTempDatabase } from "./postgres";

/**
 * The databases every test server's database is a copy of, made once per run (the API project's
 * global setup): migrated by every migration, as a server does, and the same seeded. Copying
 * costs a fraction of migrating, which each of the suite's servers did before. Migrating itself
 * is still proven: by migrations.test.ts and by the tests that start real server processes.
 */
export interface DatabaseTemplates {
  kind: "pglite" | "postgres";
  /** PGlite: a dumped data folder (tar file) each. PostgreSQL: a database name each. */
  migrated: string;
  seeded: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const made = process.env.TEST_DB === "postgres" ? await postgresTemplates() : await pgliteTemplates();
  project.provide("databaseTemplates", made.templates);
  return made.remove;
}

async function pgliteTemplates() {
  const dir = await mkdtemp(join(tmpdir(), "zca-templates-"));
  const database = await openDatabase({ dataDir: null });
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = async (name: string) => {
    const file = join(dir, `${name}.tar`);
    await writeFile(file, new Uint8Array(await (await client.dumpDataDir("none")).arrayBuffer()));
    return file;
  };
  const migrated = await dump("migrated");
  await seedDirectory(database.db);
  const seeded = await dump("seeded");
  await database.close();
  return {
    templates: { kind: "pglite", migrated, seeded } satisfies DatabaseTemplates,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

async function postgresTemplates() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (run scripts/ensure-postgres.sh to get one).");
  }
  const make = async (name: string, prepare?: (db: Db) => Promise<void>) => {
    const temp = await createTempDatabase(serverUrl, { name: `zca_template_${name}_${process.pid}` });
    // Closed before use: PostgreSQL copies a database only while nobody is connected to it.
    await (await openDatabase({ databaseUrl: temp.url, prepare })).close();
    return temp;
  };
  const migrated = await make("migrated");
  const seeded = await make("seeded", seedDirectory);
  return {
    templates: { kind: "postgres", migrated: migrated.name, seeded: seeded.name } satisfies DatabaseTemplates,
    remove: async () => {
      await seeded.drop();
      await migrated.drop();
    },
  };
}
