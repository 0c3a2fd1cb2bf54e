// `npm run server` given a database setting that cannot work says so in one line that names the
// setting and what to do, and exits non-zero: never a driver's stack trace or "getaddrinfo
// ENOTFOUND base". Real processes, as an operator starts them. The DATA_DIR and URL cases need no
// PostgreSQL and run in both passes; the unknown database needs the test PostgreSQL.
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dbKindFromEnv } from "./helpers/server";
import { freePort, spawnServer, startServerProcess } from "./helpers/server-process";

const kind = dbKindFromEnv();
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "zca-startup-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts `npm run server` with `env` and waits for it to give up: its exit code and stderr. */
async function failedStart(env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const child = spawnServer({
    API_PORT: String(await freePort()),
    AUTH_MODE: "dev",
    DATABASE_URL: "",
    ...env,
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  return { code, lines: stderr.trim().split("\n") };
}

/** One line, naming `setting` and saying what to do, with no stack trace or driver message. */
function expectOneClearLine(lines: string[], setting: string, todo: RegExp) {
  expect(lines).toHaveLength(1);
  const [line] = lines as [string];
  expect(line.startsWith(setting) || line.startsWith(`Invalid environment: ${setting}`)).toBe(true);
  expect(line).toMatch(todo);
  expect(line).not.toMatch(/:\d+:\d+\)|Drizzle|Failed query|getaddrinfo|ENOTFOUND base/);
}

// Each test starts a real server process that migrates a fresh database: on a loaded machine
// that alone can pass the API project's 30 s.
const PROCESS_TEST_MS = 120_000;

describe("DATA_DIR", { timeout: PROCESS_TEST_MS }, () => {
  it("whose parent folders are missing: they are created and the server starts", async () => {
    const dataDir = join(await tempDir(), "missing", "parents", "data");
    const server = await startServerProcess({
      API_PORT: String(await freePort()),
      AUTH_MODE: "dev",
      DATABASE_URL: "",
      DATA_DIR: dataDir,
    });
    cleanups.push(() => server.stop("SIGKILL"));
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect(statSync(dataDir).isDirectory()).toBe(true);
    await server.stop("SIGTERM");
  });

  it("that is a file: one line saying to point it at a folder", async () => {
    const file = join(await tempDir(), "zca.db");
    await writeFile(file, "not a folder");
    const { code, lines } = await failedStart({ DATA_DIR: file });
    expect(code).not.toBe(0);
    expectOneClearLine(lines, `DATA_DIR=${file}`, /is a file, not a folder: set DATA_DIR to a folder/);
  });

  it("under a file: one line saying to point it at a folder", async () => {
    const file = join(await tempDir(), "zca.db");
    await writeFile(file, "not a folder");
    const { code, lines } = await failedStart({ DATA_DIR: join(file, "data") });
    expect(code).not.toBe(0);
    expectOneClearLine(lines, "DATA_DIR=", /runs through a file, not a folder: set DATA_DIR to a folder/);
    expect(existsSync(join(file, "data"))).toBe(false);
  });
});

describe("DATABASE_URL", { timeout: PROCESS_TEST_MS }, () => {
  it("that is not a URL: one line saying what a PostgreSQL URL looks like", async () => {
    const { code, lines } = await failedStart({ DATABASE_URL: "not-a-url" });
    expect(code).not.toBe(0);
    expectOneClearLine(lines, "DATABASE_URL", /write it as postgres:\/\/user:password@host:5432\/database/);
  });

  it("naming a port where nothing listens: one line saying to start PostgreSQL there or correct it", async () => {
    const port = await freePort();
    const { code, lines } = await failedStart({
      DATABASE_URL: `postgres://zca:secret@127.0.0.1:${port}/zca`,
    });
    expect(code).not.toBe(0);
    expectOneClearLine(
      lines,
      "DATABASE_URL",
      new RegExp(`127\\.0\\.0\\.1:${port} \\(connection refused\\): start PostgreSQL`),
    );
    expect(lines[0]).not.toContain("secret");
  });

  // An unknown database needs a PostgreSQL server that answers.
  it.skipIf(kind !== "postgres")(
    "naming a database the server does not have: one line saying to create it or correct the name",
    async () => {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      const name = `zca_missing_${randomBytes(4).toString("hex")}`;
      url.pathname = `/${name}`;
      const { code, lines } = await failedStart({ DATABASE_URL: url.toString() });
      expect(code).not.toBe(0);
      expectOneClearLine(lines, "DATABASE_URL", new RegExp(`has no database "${name}": create it`));
    },
  );
});

describe("AUTH_MODE=zalo, whatever NODE_ENV says", { timeout: PROCESS_TEST_MS }, () => {
  const zalo = {
    AUTH_MODE: "zalo",
    ZALO_APP_ID: "startup-app",
    ZALO_APP_SECRET: "startup-app-secret",
    ZALO_TOKEN_KEY: "ab".repeat(32),
    API_PUBLIC_URL: "http://127.0.0.1",
    CHECKOUT_PRIVATE_KEY: "startup-checkout-key",
    BANK_WEBHOOK_SECRET: "startup-bank-webhook-secret-0123456789",
    USAGE_WEBHOOK_SECRET: "startup-usage-webhook-secret-0123456789",
    OIDC_ISSUER: "https://idp.example.vn",
    OIDC_CLIENT_ID: "startup-console",
    OIDC_CLIENT_SECRET: "startup-console-client-secret",
    CONSOLE_PUBLIC_URL: "https://ops.example.vn",
  };

  it("with SESSION_SECRET=x: one line saying how long it must be and how to make one", async () => {
    const { code, lines } = await failedStart({ ...zalo, SESSION_SECRET: "x" });
    expect(code).not.toBe(0);
    expectOneClearLine(
      lines,
      "Refusing to start: SESSION_SECRET",
      /at least 32 random ones: make one with `openssl rand/,
    );
  });

  it("without the bank's secret: one line naming it, instead of dev mode's secret in the source", async () => {
    const { BANK_WEBHOOK_SECRET: _, ...withoutBank } = zalo;
    const { code, lines } = await failedStart({ ...withoutBank, SESSION_SECRET: "s".repeat(32) });
    expect(code).not.toBe(0);
    expectOneClearLine(lines, "Refusing to start: AUTH_MODE=zalo needs BANK_WEBHOOK_SECRET", /set it/);
  });
});
