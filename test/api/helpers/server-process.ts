import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** What the process wrote to stderr, for a failing test's message. */
  stderr(): string;
  /** Its log (stdout), when started with `{ log: true }`; empty otherwise. */
  stdout(): string;
  /** Sends `signal` and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<void>;
  /** How the process ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `npm run server` (node --import tsx server/main.ts) with `env` added; its log is dropped unless `log`. */
export function spawnServer(env: Record<string, string>, opts: { log?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, NODE_ENV: "development", ...env },
    stdio: ["ignore", opts.log ? "pipe" : "ignore", "pipe"],
  });
}

/** `npm run server` as a real process (node --import tsx server/main.ts), ready once /ready says so. */
export async function startServerProcess(
  env: Record<string, string>,
  opts: { log?: boolean } = {},
): Promise<ServerProcess> {
  const port = Number(env.API_PORT);
  const child = spawnServer(env, opts);
  let stderr = "";
  let stdout = "";
  child.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  child.stdout?.on("data", (chunk) => (stdout += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // "close": its output read to the end too.
    child.once("close", (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited at start: ${stderr}`);
    const ok = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server was not ready within 90 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    stdout: () => stdout,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    exited,
  };
}
