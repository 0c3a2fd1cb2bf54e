import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_SECRETS } from "./support/secret-canaries";

// www/ is what a deployer uploads to Zalo and anyone can download: no server secret may be in it.
// The e2e global setup built it with canary secrets in the environment (support/build.ts).
const DEV_SESSION_SECRET = "dev-only-session-secret-not-for-production";
/** Signs dev mode's simulated spending on the server: the app only asks the server to send it. */
const DEV_USAGE_SECRET = "dev-only-usage-webhook-secret";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]),
    ),
  );
  return nested.flat();
}

describe("the built mini app (www/)", () => {
  it("holds no secret: not the build's, not the environment's, not the dev session key", async () => {
    const files = await filesUnder("www");
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    expect(files).toContain(join("www", "index.html"));

    const secrets = [
      ...Object.values(BUILD_SECRETS),
      DEV_SESSION_SECRET,
      DEV_USAGE_SECRET,
      // Whatever this machine's environment holds, when it holds anything.
      ...[
        "SESSION_SECRET",
        "ZALO_APP_SECRET",
        "ZALO_TOKEN_KEY",
        "USAGE_WEBHOOK_SECRET",
        "DATABASE_URL",
        "TEST_DATABASE_URL",
      ]
        .map((name) => process.env[name])
        .filter((value): value is string => typeof value === "string" && value.length >= 8),
    ];
    // Server-only names: their presence would mean server code was bundled into the client.
    const serverOnly = [
      "appsecret_proof",
      "secret_key",
      "ZALO_APP_SECRET",
      "ZALO_TOKEN_KEY",
      "SESSION_SECRET",
      "USAGE_WEBHOOK_SECRET",
      "X-Signature",
      "DATABASE_URL",
    ];
    let bytes = 0;
    for (const file of files) {
      const text = (await readFile(file)).toString("latin1");
      bytes += text.length;
      for (const secret of secrets) expect(text.includes(secret), `${file} holds a secret`).toBe(false);
      for (const name of serverOnly) expect(text.includes(name), `${file} mentions ${name}`).toBe(false);
    }
    console.log(
      `www secrets: ${files.length} files (${Math.round(bytes / 1024)} KB) searched for ${secrets.length} secret values ` +
        `and ${serverOnly.length} server-only names: none found`,
    );
  });

  it("holds none of the operator's console: no module, string or antd, which its own build (dist-console/) has", async () => {
    // The console's own words, its API's address and header, and class names only antd writes.
    const markers = [
      "/console/api",
      "X-CSRF-Token",
      "zca-console-lang",
      "Bảng điều khiển vận hành",
      "ant-segmented",
    ];
    const textOf = async (dir: string) =>
      (await Promise.all((await filesUnder(dir)).map((f) => readFile(f, "utf8")))).join("\n");
    const consoleBuild = await textOf("dist-console");
    const miniApp = await textOf("www");
    for (const marker of markers) {
      expect(consoleBuild.includes(marker), `dist-console has ${marker}`).toBe(true);
      expect(miniApp.includes(marker), `www has ${marker}`).toBe(false);
    }
  });

  it("hides Zalo's action bar so that a person sees one header, the app's, under a transparent status bar", async () => {
    const config = JSON.parse(await readFile(join("www", "app-config.json"), "utf8"));
    expect(config.app).toMatchObject({
      actionBarHidden: true,
      statusBar: "transparent",
      title: "Zalo Cloud Account",
    });
    expect(config.listSyncJS).toHaveLength(1);
  });

  it("marks every script for V8's eager compilation, so that opening a screen does not compile its code", async () => {
    const scripts = (await filesUnder("www")).filter((f) => f.endsWith(".js"));
    const firstLines = await Promise.all(
      scripts.map(async (f) => (await readFile(f, "utf8")).split("\n", 1)[0]),
    );
    const unmarked = scripts.filter((_, i) => firstLines[i] !== "//# allFunctionsCalledOnLoad");
    expect(unmarked).toEqual([]);
  });
});
