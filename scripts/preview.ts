// `npm run preview`: the production build in www/ (run `npm run build` first) with the API in dev mode.
import { existsSync } from "node:fs";
import { openApi } from "../server/bootstrap";
import { loadConfig } from "../server/config";
import { startPreview } from "./preview-server";

if (!existsSync("www/index.html")) {
  console.error("No build in www/: run `npm run build` first.");
  process.exit(1);
}
// Zalo sends a person back from the OA permission page to this server.
const port = Number(process.env.PORT ?? 4173);
const { app: api } = await openApi(
  loadConfig({ ...process.env, API_PUBLIC_URL: process.env.API_PUBLIC_URL ?? `http://localhost:${port}` }),
);
const preview = await startPreview({ wwwDir: "www", api, port });
console.log(`Production build on ${preview.url} (add ?as=an to sign in as An)`);
