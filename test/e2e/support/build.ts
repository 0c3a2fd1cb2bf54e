import { execFileSync } from "node:child_process";
import { BUILD_SECRETS } from "./secret-canaries";

/**
 * Vitest global setup: one production build for every e2e file, as `npm run build` makes it, and
 * the operator's console's own (`npm run build:console`, into dist-console/).
 */
export default function setup() {
  // Vitest sets NODE_ENV=test, which would build zmp-ui's router without its /zapps/<id> base path.
  for (const config of ["vite.config.ts", "vite.console.config.ts"]) {
    execFileSync(
      process.execPath,
      ["node_modules/vite/bin/vite.js", "build", "-c", config, "--logLevel", "warn"],
      {
        env: { ...process.env, ...BUILD_SECRETS, NODE_ENV: "production" },
        stdio: "inherit",
      },
    );
  }
}
