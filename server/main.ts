import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { createZaloGraph } from "./auth/zalo-graph";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/client";
import { seedDirectory } from "./seed/seed";

async function main() {
  const config = loadConfig();
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
  const server = serve(
    { fetch: app.fetch, port: config.port, hostname: config.production ? "0.0.0.0" : "127.0.0.1" },
    (info) => {
      const where = database.kind === "postgres" ? "PostgreSQL" : `PGlite in ${config.dataDir}`;
      console.log(`ZCA API on http://127.0.0.1:${info.port} (${config.authMode} mode, ${where})`);
    },
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then closing the database`);
    server.close(async () => {
      await database.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
