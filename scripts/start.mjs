// `npm start`: the operator's console built (the API serves it at /console/), the API on its
// embedded database, then the Vite dev server; Ctrl+C stops both.
import { execFileSync, spawn } from "node:child_process";

const apiPort = process.env.API_PORT ?? "8787";
const webPort = process.env.PORT ?? "3000";
// Zalo (here its local stand-in) sends a person back from the OA permission page through the
// dev server, which passes /api on to the API.
process.env.API_PUBLIC_URL ??= `http://localhost:${webPort}`;
const children = [];

function run(name, command, args) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      for (const line of String(chunk).split("\n").filter(Boolean)) console.log(`[${name}] ${line}`);
    });
  }
  child.on("exit", (code) => {
    console.log(`[${name}] exited with code ${code}`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

function stop(code) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function waitForApi() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${apiPort}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not start on port ${apiPort}`);
}

// The console is a production build the API serves, not a second dev server: one origin for its
// cookie, no proxy; a change to src/console/ shows after the next start (or npm run build:console).
execFileSync(
  process.execPath,
  ["node_modules/vite/bin/vite.js", "build", "-c", "vite.console.config.ts", "--logLevel", "warn"],
  {
    stdio: "inherit",
  },
);
run("api", process.execPath, ["--import", "tsx", "server/main.ts"]);
await waitForApi();
run("web", process.execPath, ["node_modules/vite/bin/vite.js", "--port", webPort, "--strictPort"]);
console.log(
  `\n  Open http://localhost:${webPort}/ (or http://localhost:${webPort}/?as=an to sign in as An)` +
    `\n  The operator's console: http://localhost:${apiPort}/console/ (sign in as a seeded staff member)\n`,
);
