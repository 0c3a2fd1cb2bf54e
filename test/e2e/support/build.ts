import { execFileSync } from "node:child_process";
import { BUILD_SECRETS } from "./secret-canaries";

/** Vitest global setup: one production build for every e2e file, as `npm run build` makes it. */
export default function setup() {
  // Vitest sets NODE_ENV=test, which would build zmp-ui's router without its /zapps/<id> base path.
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
    env: { ...process.env, ...BUILD_SECRETS, NODE_ENV: "production" },
    stdio: "inherit",
  });
}
