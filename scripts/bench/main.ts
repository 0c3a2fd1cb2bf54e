// `npm run bench`: bundle sizes, page load (Lighthouse), interaction timings, the signed-in home
// inside the emulated Zalo host, and API load, in one run. Prints numbers; asserts nothing (the
// bundle budget is enforced by test/unit/bundle-budget.test.ts).
// BENCH_ONLY=bundle,pageload,interaction,zalo,api runs a subset.
import { formatApiLoad, measureApiLoad } from "./api-load";
import { formatBundles, measureBundles } from "./bundle-bench";
import { cleanUpOnSignals, runCleanups } from "./cleanup";
import { formatInteraction, measureInteraction } from "./interaction";
import { formatPageLoad, measurePageLoad } from "./pageload";
import { formatZaloHome, measureZaloHome } from "./zalo-home";

const only = new Set((process.env.BENCH_ONLY ?? "bundle,pageload,interaction,zalo,api").split(","));

async function main() {
  cleanUpOnSignals();
  const started = Date.now();
  if (only.has("bundle") || only.has("pageload") || only.has("interaction")) {
    const bundles = await measureBundles();
    if (only.has("bundle")) console.log(formatBundles(bundles));
    if (only.has("pageload"))
      console.log(formatPageLoad(await measurePageLoad(bundles.appDir, bundles.reference.dir)));
    if (only.has("interaction")) console.log(formatInteraction(await measureInteraction(bundles.appDir)));
  }
  if (only.has("zalo")) console.log(formatZaloHome(await measureZaloHome()));
  if (only.has("api")) console.log(formatApiLoad(await measureApiLoad()));
  console.log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => runCleanups());
