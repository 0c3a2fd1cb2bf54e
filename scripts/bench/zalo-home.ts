import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { PHONE_CONTEXT } from "../chromium";
import { API_ORIGIN } from "../../test/zalo-host/build";
import { MP_HOST, MP_PATH } from "../../test/zalo-host/sdk";
import { seedAccountOf } from "../../test/zalo-host/seed";
import { APP_ID, startZaloStack } from "../../test/zalo-host/stack";
import { buildApp, tempDir } from "./build";
import { onCleanup } from "./cleanup";
import { heading, kb, median, ms, table } from "./format";
import { startWebStack } from "./web-stack";

const RUNS = Number(process.env.BENCH_ZALO_RUNS ?? 5);
/** A mid-range phone, as Lighthouse's mobile preset assumes (CDP CPU throttling). */
const CPU_RATE = 4;
/**
 * An emulated Zalo person and a seeded dev-mode one (with no ZCA of their own), each given the same
 * empty ZCA as its Super Admin: both land on the ZCA's home, with the same data.
 */
const ZALO_PERSON = "khanh";
const DEV_PERSON = { id: "chau", name: "Lê Minh Châu", avatar: "/avatars/chau.png", phone: "84901000003" };
const ACCOUNT = { id: "zca-bench", name: "Cửa hàng Khánh An" };

interface Timing {
  /** ms from the navigation's start to the first frame after the signed-in home is in the page. */
  total: number;
  /** ms from the navigation's start until the app's first request to its API. */
  firstApi: number;
  /** The app's requests to its API on the way. */
  apiCalls: number;
  screen: "ZCA home" | "home list";
}

export interface ZaloHomeResult {
  zalo: Timing[];
  dev: Timing[];
  sdkChunk: { file: string; raw: number; gzip: number };
}

/**
 * In every page of the context: records in `window.__benchHomePainted` the first frame after the
 * signed-in home (a ZCA's home, `.balance-card`, or the home list, `.profile`) is in the document.
 */
const PAINTED_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(".balance-card, .profile")) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__benchHomePainted = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

const READ_TIMING = `(() => {
  const api = performance
    .getEntriesByType("resource")
    .filter((e) => new URL(e.name).origin === ${JSON.stringify(API_ORIGIN)});
  return {
    total: window.__benchHomePainted,
    firstApi: Math.min(...api.map((e) => e.startTime)),
    apiCalls: api.length,
    screen: document.querySelector(".balance-card") ? "ZCA home" : "home list",
  };
})()`;

/** Opens `url` in a new page of `context` at 4× CPU and times it to the painted home. */
async function timeHome(context: BrowserContext, url: string): Promise<Timing> {
  await context.addInitScript(PAINTED_PROBE);
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction("window.__benchHomePainted", undefined, { polling: 100, timeout: 60_000 });
  return (await page.evaluate(READ_TIMING)) as Timing;
}

/** The lazy chunk of src/platform/sdk.ts: the zmp-sdk APIs the app loads inside Zalo. */
async function sdkChunk(wwwDir: string): Promise<ZaloHomeResult["sdkChunk"]> {
  const file = (await readdir(join(wwwDir, "assets"))).find((f) => /^sdk\.[\w-]+\.module\.js$/.test(f));
  if (!file) throw new Error("no assets/sdk.*.module.js in the build: was src/platform/sdk.ts renamed?");
  const bytes = await readFile(join(wwwDir, "assets", file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * One production build (VITE_API_URL at the emulated stack's API origin), opened RUNS times each,
 * alternately: inside the emulated Zalo host (test/zalo-host: real zmp-sdk on Android's bridge,
 * the API in AUTH_MODE=zalo with the Graph stub, the package's files gzip-compressed as Zalo's CDN
 * serves them), and in dev mode in a desktop browser (`?as=`, served compressed by the preview
 * server, its calls to the API origin answered by the dev API in this process). Every run is a fresh
 * context: no session, cache or Zalo storage, so inside Zalo each is a full SDK sign-in.
 */
export async function measureZaloHome(): Promise<ZaloHomeResult> {
  const work = await tempDir("zca-bench-zalo-");
  onCleanup("zalo bench build", work.remove);
  const wwwDir = join(work.dir, "www");
  await buildApp(wwwDir, { VITE_API_URL: API_ORIGIN });

  const zaloStack = await startZaloStack({ wwwDir, cdn: true });
  const stopZalo = onCleanup("emulated Zalo stack", () => zaloStack.stop());
  const devStack = await startWebStack({ wwwDir, seed: (db) => seedAccountOf(db, DEV_PERSON, ACCOUNT) });
  const stopDev = onCleanup("dev-mode web stack", () => devStack.stop());
  try {
    await zaloStack.freshDatabase();
    await seedAccountOf(zaloStack.database.db, ZALO_PERSON, ACCOUNT);
    const zaloUrl = `https://${MP_HOST}${MP_PATH}/${APP_ID}/`;
    const devUrl = `${devStack.url}?as=${DEV_PERSON.id}`;

    const insideZalo = async () => {
      const phone = await zaloStack.phone(ZALO_PERSON, "android");
      try {
        const timing = await timeHome(phone.host.context, zaloUrl);
        const violations = zaloStack.violations();
        if (violations.length > 0) throw new Error(`the emulated host saw: ${violations.join("; ")}`);
        return timing;
      } finally {
        await phone.close();
      }
    };
    const devMode = async () => {
      const context = await zaloStack.browser.newContext(PHONE_CONTEXT);
      try {
        // Answered in this process, as the emulated host answers the API inside Zalo.
        await context.route(`${API_ORIGIN}/**`, async (route) => {
          const request = route.request();
          const body = request.postDataBuffer();
          const response = await devStack.api.fetch(
            new Request(request.url(), {
              method: request.method(),
              headers: await request.allHeaders(),
              body: body ? new Uint8Array(body) : undefined,
            }),
          );
          await route.fulfill({
            status: response.status,
            headers: Object.fromEntries(response.headers),
            body: Buffer.from(await response.arrayBuffer()),
          });
        });
        return await timeHome(context, devUrl);
      } finally {
        await context.close();
      }
    };

    // One round first, not counted: Chromium's and the API's first start.
    await insideZalo();
    await devMode();
    const zalo: Timing[] = [];
    const dev: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      zalo.push(await insideZalo());
      dev.push(await devMode());
    }
    return { zalo, dev, sdkChunk: await sdkChunk(wwwDir) };
  } finally {
    await stopDev();
    await stopZalo();
  }
}

export function formatZaloHome({ zalo, dev, sdkChunk }: ZaloHomeResult): string {
  const worst = (timings: Timing[]) => timings.reduce((a, b) => (b.total > a.total ? b : a));
  const row = (what: string, timings: Timing[]) => [
    `${what}: ${[...new Set(timings.map((t) => t.screen))].join(", ")}`,
    ms(worst(timings).total),
    ms(median(timings.map((t) => t.total))),
    ms(median(timings.map((t) => t.firstApi))),
    Math.max(...timings.map((t) => t.apiCalls)),
  ];
  return [
    heading(`Signed-in home inside the emulated Zalo host, ${CPU_RATE}× CPU, ${RUNS} fresh starts each`),
    table(
      ["same production build, to the painted", "worst", "median", "first API call (median)", "API calls"],
      [
        row(`inside Zalo (Android bridge, real zmp-sdk, gzip), ${ZALO_PERSON}`, zalo),
        row(`dev mode (desktop browser, ?as=${DEV_PERSON.id})`, dev),
      ],
    ),
    "first API call: before it, the app's start and (inside Zalo) the SDK's sign-in; API calls: the most in a run",
    `inside Zalo / dev mode, worst: ${(worst(zalo).total / worst(dev).total).toFixed(2)}`,
    `zmp-sdk chunk (${sdkChunk.file}): ${kb(sdkChunk.raw)} / ${kb(sdkChunk.gzip)} gzip`,
  ].join("\n");
}
