import { execFileSync } from "node:child_process";

/** Where the inside-Zalo build goes: beside www/, which the dev-mode e2e suite builds for itself. */
export const ZALO_WWW = "www-zalo";
/**
 * The API's origin baked into that build (VITE_API_URL). A name under .test (reserved, never on
 * the Internet) that Playwright routes to the API in the test process: an HTTPS origin other than
 * the mini app's, as in production, so the build's absolute API URL and the API's CORS rules are
 * both exercised, with no port to pick and nothing that can leave the machine.
 */
export const API_ORIGIN = "https://api.zca.test";

/** Vitest global setup of the "zalo" project: `npm run build` with VITE_API_URL, into www-zalo/. */
export default function setup() {
  // Vitest sets NODE_ENV=test, which would build zmp-ui's router without its /zapps/<id> base path.
  execFileSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--outDir", ZALO_WWW, "--emptyOutDir", "--logLevel", "warn"],
    { env: { ...process.env, NODE_ENV: "production", VITE_API_URL: API_ORIGIN }, stdio: "inherit" },
  );
}
