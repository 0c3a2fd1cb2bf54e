// `npm run preview`: the production build in www/ (run `npm run build` first) with the API in dev mode.
import { existsSync } from "node:fs";
import { openApi } from "../server/bootstrap";
import { loadConfig } from "../server/config";
import { startPreview } from "./preview-server";

if (!existsSync("www/index.html")) {
  console.error("No build in www/: run `npm run build` first.");
  process.exit(1);
}
const { app: api } = await openApi(loadConfig());
const preview = await startPreview({ wwwDir: "www", api, port: Number(process.env.PORT ?? 4173) });
console.log(`Production build on ${preview.url} (add ?as=an to sign in as An)`);
