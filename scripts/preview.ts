// `npm run preview`: the production build in www/ (run `npm run build` first) with the API in dev mode.
import { existsSync } from "node:fs";
import { createApp } from "../server/app";
import { createZaloGraph } from "../server/auth/zalo-graph";
import { loadConfig } from "../server/config";
import { openDatabase } from "../server/db/client";
import { seedDirectory } from "../server/seed/seed";
import { startPreview } from "./preview-server";

if (!existsSync("www/index.html")) {
  console.error("No build in www/: run `npm run build` first.");
  process.exit(1);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
if (config.authMode === "dev") await seedDirectory(database.db);
const api = createApp({
  db: database.db,
  authMode: config.authMode,
  sessionSecret: config.sessionSecret,
  graph: createZaloGraph({ baseUrl: config.zalo.graphUrl, appSecret: config.zalo.appSecret }),
  corsOrigins: config.corsOrigins,
});
const preview = await startPreview({ wwwDir: "www", api, port: Number(process.env.PORT ?? 4173) });
console.log(`Production build on ${preview.url} (add ?as=an to sign in as An)`);
