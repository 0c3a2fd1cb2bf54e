import { serve } from "@hono/node-server";
import { openApi } from "./bootstrap";
import { ConfigError, loadConfig } from "./config";

async function main() {
  const config = loadConfig();
  const { app, database, close } = await openApi(config);
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
      await close();
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
