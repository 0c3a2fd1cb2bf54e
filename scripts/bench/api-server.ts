// The API as server/main.ts runs it (default JSON request log on stdout, pool of server/db/client.ts),
// in its own process so autocannon does not share its event loop. Started by api-load.ts over IPC;
// the only differences from production: dev sign-in, write limits raised, and bench directory rows.
import { openDatabase } from "../../server/db/client";
import { serveLocal } from "../../server/listen";
import { createDevApi } from "../../test/support/dev-api";
import { seedDirectory } from "../../server/seed/seed";
import { seedBackgroundDirectory, seedOas } from "./seed-oas";

export interface ApiServerReady {
  url: string;
  /** Verified OAs administered by binh, none linked: the link/unlink pairs use them. */
  linkableOaIds: string[];
}

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR,
});
await seedDirectory(database.db);
const linkableOaIds = await seedOas(database.db, {
  personId: "binh",
  count: 100,
  idPrefix: "oa-bench-link",
  namePrefix: "Liên kết thử",
});
// dung administers 500 OAs: the "GET /api/oas, 500 OAs" case.
await seedOas(database.db, { personId: "dung", count: 500, idPrefix: "oa-bench-many", namePrefix: "OA thử" });
await seedBackgroundDirectory(database.db);

// On PostgreSQL the write limits are counted in the database, as in production (raised, not removed).
const app = createDevApi(database.db, { pool: database.pool });
const { server, url } = await serveLocal(app.fetch);
process.send!({ url, linkableOaIds } satisfies ApiServerReady);

const stop = () => {
  server.close(() => void database.close().then(() => process.exit(0)));
  if ("closeAllConnections" in server) server.closeAllConnections();
  setTimeout(() => process.exit(1), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("disconnect", stop);
