// The bundle budget of issue 6, enforced (sizes, not timings): the first screen may load at most
// 1.5× the gzip JS of a blank zmp-ui app built in the same run with the same Vite setup, zmp-sdk
// must load after the first paint, and no file may come near Zalo's package limits.
// `npm run bench` prints the same figures with the rest of the benchmarks.
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

  it("keeps every file and the zipped package well inside Zalo's limits", () => {
    const { largest, zipped } = result.app.pkg;
    expect(largest.bytes, `${largest.file} is ${kb(largest.bytes)}`).toBeLessThan(
      ZALO_FILE_LIMIT * LIMIT_MARGIN,
    );
    expect(zipped, `package zips to ${kb(zipped)}`).toBeLessThan(ZALO_ZIP_LIMIT * LIMIT_MARGIN);
  });
});
