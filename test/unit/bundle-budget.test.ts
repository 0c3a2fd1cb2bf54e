// The bundle budget of issue 6, enforced (sizes, not timings): the first screen may load at most
// 1.5× the gzip JS of a blank zmp-ui app built in the same run with the same Vite setup, zmp-sdk
// must load after the first paint, and no file may come near Zalo's package limits.
// `npm run bench` prints the same figures with the rest of the benchmarks.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  firstScreen,
  readManifest,
  referenceLoad,
  ZALO_FILE_LIMIT,
  ZALO_ZIP_LIMIT,
} from "../../scripts/bench/bundle";
import {
  FIRST_SCREEN_BUDGET,
  LIMIT_MARGIN,
  measureBundles,
  type BundleResult,
} from "../../scripts/bench/bundle-bench";
import { runCleanups } from "../../scripts/bench/cleanup";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe("bundle budget", () => {
  let result: BundleResult;
  beforeAll(async () => {
    result = await measureBundles();
  }, 240_000);
  afterAll(() => runCleanups());

  it(`first screen loads at most ${FIRST_SCREEN_BUDGET}× the gzip JS of a blank zmp-ui app`, () => {
    const first = firstScreen(result.app);
    const reference = referenceLoad(result.reference);
    expect(first.label).toBe("/");
    const budget = reference.js.gzip * FIRST_SCREEN_BUDGET;
    expect(
      first.js.gzip,
      `first screen ${kb(first.js.gzip)} gzip JS (${first.files.join(", ")}) vs budget ${kb(budget)}`,
    ).toBeLessThanOrEqual(budget);
  });

  it("loads zmp-sdk after the first paint, not with the first screen", async () => {
    const manifest = await readManifest(result.appDir);
    // src/platform/sdk.ts holds the zmp-sdk APIs the app uses.
    const sdkFiles = Object.entries(manifest)
      .filter(([key]) => key.includes("node_modules/zmp-sdk/") || key.endsWith("src/platform/sdk.ts"))
      .map(([, chunk]) => chunk.file);
    expect(sdkFiles.length, "zmp-sdk is its own lazy chunk").toBeGreaterThan(0);
    expect(firstScreen(result.app).files.filter((f) => sdkFiles.includes(f))).toEqual([]);
  });

  it("loads the QR code library only with the transfer screen, and the spending chart only with its own", async () => {
    // Text that only qrcode.react's encoder, and only the spending screen's chart, contain.
    const holders = async (text: string) => {
      const routes: string[] = [];
      for (const route of result.app.routes) {
        const js = route.files.filter((f) => f.endsWith(".js"));
        const sources = await Promise.all(js.map((f) => readFile(join(result.appDir, f), "utf8")));
        if (sources.some((source) => source.includes(text))) routes.push(route.label);
      }
      return routes;
    };
    expect(await holders("Data too long")).toEqual(["/accounts/:accountId/wallet/topups/:topupId/transfer"]);
    expect(await holders("month-chart")).toEqual(["/accounts/:accountId/wallet/spending"]);
  });

  it("keeps every file and the zipped package well inside Zalo's limits", () => {
    const { largest, zipped } = result.app.pkg;
    expect(largest.bytes, `${largest.file} is ${kb(largest.bytes)}`).toBeLessThan(
      ZALO_FILE_LIMIT * LIMIT_MARGIN,
    );
    expect(zipped, `package zips to ${kb(zipped)}`).toBeLessThan(ZALO_ZIP_LIMIT * LIMIT_MARGIN);
  });
});
