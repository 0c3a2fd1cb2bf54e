import { createApp } from "./app";
import { createZaloGraph } from "./auth/zalo-graph";
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/client";
import { seedDirectory } from "./seed/seed";

/** The API as configured: its database opened and migrated (and seeded in dev mode), its routes. */
export async function openApi(
  config: Config,
): Promise<{ app: ReturnType<typeof createApp>; database: Database }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (config.authMode === "dev") await seedDirectory(database.db);
  const app = createApp({
    db: database.db,
    authMode: config.authMode,
    sessionSecret: config.sessionSecret,
    graph: createZaloGraph({ baseUrl: config.zalo.graphUrl, appSecret: config.zalo.appSecret }),
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
  });
  return { app, database };
}
