import { Hono } from "hono";
import { openApi } from "./bootstrap";
import { ConfigError, loadConfig } from "./config";
import { serveHttp } from "./listen";
import { createLog, errorFields } from "./log";
import { probeRoutes } from "./routes/probes";

/** How long requests in flight at SIGTERM may take to finish before the process gives up on them. */
const STOP_GRACE_MS = 10_000;

/** What answers while the database is opened and migrated (perhaps waiting for another instance). */
function startingApp() {
  return new Hono()
    .route(
      "/",
      probeRoutes(async () => "starting"),
    )
    .all("*", (c) => {
      c.header("Retry-After", "1");
      return c.json({ error: { code: "internal", message: "The API is starting; try again shortly." } }, 503);
    });
}

async function main() {
  const config = loadConfig();
  // What this process says goes to the log with the requests' lines: one JSON line each, on stdout.
  const log = createLog();
  let stopping = false;
  let close: (() => Promise<void>) | null = null;
  // The port is taken at once: /health answers while the database is migrated, /ready once it is.
  let handle: (request: Request, env: unknown) => Response | Promise<Response> = startingApp().fetch;
  const server = serveHttp(
    {
      fetch: (request, env) => handle(request, env),
      port: config.port,
      hostname: config.production ? "0.0.0.0" : "127.0.0.1",
    },
    (info) => log.info({ event: "listening", port: info.port }, "opening the database"),
  );

  // SIGTERM (a rolling deploy, a scale-in): /ready says "stopping" and new connections are refused
  // at once; requests in flight finish (their answers close their connection); then the pool. The
  // log's last lines are written as the process exits (pino's exit hook).
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(
      { event: "stopping", signal },
      "refusing new connections, finishing open requests, then closing the database",
    );
    server.close(async () => {
      // Still starting: nothing is in flight, and a migration cut short rolls back.
      await close?.();
      process.exit(0);
    });
    setTimeout(() => {
      log.error({ event: "stopping", graceMs: STOP_GRACE_MS }, "requests still open; exiting without them");
      process.exit(1);
    }, STOP_GRACE_MS).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  const api = await openApi(config, { stopping: () => stopping, log });
  close = api.close;
  handle = api.app.fetch;
  const where = api.database.kind === "postgres" ? "PostgreSQL" : `PGlite in ${config.dataDir}`;
  log.info({ event: "ready", port: config.port, authMode: config.authMode, database: where });
}

// One line for a setting that cannot work; anything else as the error log has it, without a
// failed query's values.
main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else {
    const { stack, ...fields } = errorFields(error);
    console.error(`Could not start the API: ${JSON.stringify(fields)}${stack ? `\n${String(stack)}` : ""}`);
  }
  process.exit(1);
});
