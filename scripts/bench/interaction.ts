import { chromium, type Browser, type Page } from "playwright-core";
import { REPO } from "./build";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PHONE, PHONE_CONTEXT } from "../chromium";
import { onCleanup } from "./cleanup";
import { heading, loadAverage, ms, table } from "./format";
import { readRoutes } from "./routes";
import { seedOas } from "./seed-oas";
import { startWebStack } from "./web-stack";

const RUNS = Number(process.env.BENCH_INTERACTION_RUNS ?? 7);
const OA_COUNT = 500;
/**
 * The screens ask for 50 rows at once (PAGE_SIZE in src/store/list-cache.ts), a few of them the
 * person's seeded OAs: the list is ready to use once 40 of the bench's OAs are in.
 */
const FIRST_PAGE = 40;
const OA_PREFIX = "OA thử";
/** Mid-range phone vs desktop CPU, as Lighthouse's mobile preset assumes. */
const CPU_RATES = [1, 4];

export interface InteractionRow {
  what: string;
  cpu: number;
  runs: number;
  /** Worst ms from the navigation or tap to the next frame after the screen is complete. */
  total: number;
  /** Worst ms of that spent until the last API answer arrived. */
  api: number;
  /** Worst ms from the last API answer to the painted screen: the rendering. */
  render: number;
  /** Worst ms from the navigation or tap until the first screenful of the list is in the page. */
  firstRows: number;
  longestTask: number;
}

interface Timing {
  total: number;
  api: number;
  firstRows: number;
  longestTask: number;
}

/** About as many OA rows as a 390×844 screen shows. */
const SCREENFUL = 10;

async function openSignedIn(browser: Browser, baseUrl: string, path: string, persona: string, cpu: number) {
  const context = await browser.newContext(PHONE_CONTEXT);
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames helper `__name`.
  await context.addInitScript("globalThis.__name = (fn) => fn;");
  const page = await context.newPage();
  await page.goto(new URL(`${path.slice(1)}?as=${persona}`, baseUrl).toString());
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(700); // zmp-ui's page transition
  if (cpu !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  }
  return { page, close: () => context.close() };
}

/**
 * In the page: starts the clock at the next tap (pointerdown); stops it at the first frame after
 * the screen is complete: `oas` seeded OA names in the document, or a new "Bước N/6" label.
 */
async function timeInPage(page: Page, opts: { oas?: number; stepFrom?: string | null }): Promise<Timing> {
  return page.evaluate(
    ({ prefix, screenful, oas, stepFrom }) =>
      new Promise<Timing>((resolve, reject) => {
        const pattern = new RegExp(`${prefix} \\d{3}`, "g");
        const complete = () => {
          if (oas !== undefined) return (document.body.textContent?.match(pattern)?.length ?? 0) >= oas;
          const labels = [...document.querySelectorAll(".step-indicator-label")].map((e) => e.textContent);
          return labels.some((l) => l !== stepFrom);
        };
        let longestTask = 0;
        const tasks = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
        });
        tasks.observe({ type: "longtask" });
        let t0 = 0;
        let firstRows = 0;
        const observer = new MutationObserver(() => {
          if (!t0) return;
          if (oas !== undefined && !firstRows) {
            const listed = document.body.textContent?.match(pattern)?.length ?? 0;
            if (listed >= Math.min(screenful, oas)) firstRows = performance.now() - t0;
          }
          if (!complete()) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              tasks.disconnect();
              const apis = performance
                .getEntriesByType("resource")
                .filter((e) => e.name.includes("/api/") && e.startTime >= t0) as PerformanceResourceTiming[];
              const apiEnd = Math.max(t0, ...apis.map((e) => e.responseEnd));
              const total = performance.now() - t0;
              resolve({ total, api: apiEnd - t0, firstRows: firstRows || total, longestTask });
            }),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          const seen = document.body.textContent?.match(pattern)?.length ?? 0;
          reject(new Error(`not complete after 30 s (${seen} OAs in the page; paginated or virtualised?)`));
        }, 30_000);
        addEventListener("pointerdown", () => (t0 = performance.now()), { capture: true, once: true });
      }),
    { prefix: OA_PREFIX, screenful: SCREENFUL, ...opts },
  );
}

/** Taps the step's primary button (pinned in the footer) and times until the screen is complete. */
async function tapNext(page: Page, until: { oas?: number; nextStep?: boolean }): Promise<Timing> {
  const button = page.locator(".app-footer button").last();
  await button.waitFor();
  const stepFrom = until.nextStep ? await page.locator(".step-indicator-label").last().textContent() : null;
  const timing = timeInPage(page, until.nextStep ? { stepFrom } : { oas: until.oas });
  await button.click();
  return timing;
}

/** The create flow for an (500 OAs): start → name (a step change), then name → OA step (the list). */
async function createFlowRun(page: Page): Promise<{ step: Timing; list: Timing }> {
  const step = await tapNext(page, { nextStep: true });
  await page.waitForTimeout(700);
  // Step 2: the name, then the business's details in their order (the phone comes from Zalo).
  const step2 = [
    "Cong ty TNHH Thu Nghiem",
    "Công ty TNHH Thử Nghiệm",
    "0303490096",
    "18 Nguyễn Trãi, Quận 1, TP. Hồ Chí Minh",
    "Nguyễn Văn An",
    "0901 000 001",
    "lienhe@thunghiem.example",
  ];
  for (const [i, value] of step2.entries()) await page.locator(".field-input").nth(i).fill(value);
  const list = await tapNext(page, { oas: FIRST_PAGE });
  return { step, list };
}

/** The worst of the runs, each figure on its own: a shared machine's good moments say little about a phone. */
function summarise(what: string, cpu: number, timings: Timing[]): InteractionRow {
  const worst = (of: (t: Timing) => number) => Math.max(...timings.map(of));
  return {
    what,
    cpu,
    runs: timings.length,
    total: worst((t) => t.total),
    api: worst((t) => t.api),
    render: worst((t) => t.total - t.api),
    firstRows: worst((t) => t.firstRows),
    longestTask: worst((t) => t.longestTask),
  };
}

export interface InteractionResult {
  rows: InteractionRow[];
  notes: string[];
}

/** Chromium at 390×844 on the production build with 500 OAs seeded for an and for binh. */
export async function measureInteraction(wwwDir: string): Promise<InteractionResult> {
  const routes = new Set((await readRoutes(REPO)).map((r) => r.path));
  const hasCreate = ["/create", "/create/name", "/create/oa"].every((r) => routes.has(r));
  const hasLinkOa = routes.has("/accounts/:accountId/assets/oas");
  const notes: string[] = [];
  if (!hasCreate) notes.push("create flow: /create, /create/name or /create/oa is not in src/app.tsx yet");
  if (!hasLinkOa) notes.push("link-OA screen: /accounts/:accountId/assets/oas is not in src/app.tsx yet");
  const stack = await startWebStack({
    wwwDir,
    seed: async (db) => {
      for (const personId of ["an", "binh"]) {
        await seedOas(db, {
          personId,
          count: OA_COUNT,
          idPrefix: `oa-bench-${personId}`,
          namePrefix: OA_PREFIX,
        });
      }
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const closeBrowser = onCleanup("interaction chromium", () => browser.close());
  const rows: InteractionRow[] = [];
  // Each run in a fresh browser context (no saved session, draft or cached data).
  const runs = async <T>(path: string, persona: string, cpu: number, run: (page: Page) => Promise<T>) => {
    const results: T[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, close } = await openSignedIn(browser, stack.url, path, persona, cpu);
      try {
        results.push(await run(page));
      } finally {
        await close();
      }
    }
    return results;
  };
  try {
    for (const cpu of CPU_RATES) {
      if (hasCreate) {
        const create = await runs("/create", "an", cpu, createFlowRun);
        rows.push(
          summarise(
            "wizard step change: start → name (tap to painted)",
            cpu,
            create.map((r) => r.step),
          ),
        );
        rows.push(
          summarise(
            `create: name → OA step, ${OA_COUNT} OAs: first ${FIRST_PAGE} in`,
            cpu,
            create.map((r) => r.list),
          ),
        );
      }
      if (hasLinkOa) {
        // "Liên kết OA" is opened from "Quản lý tài sản" (Settings → Quản lý tài sản → Liên kết OA).
        const link = await runs("/accounts/zca-binh-minh/assets", "binh", cpu, async (page) => {
          const row = page.getByRole("button", { name: /^Liên kết OA/ });
          await row.waitFor();
          const timing = timeInPage(page, { oas: FIRST_PAGE });
          await row.click();
          return timing;
        });
        rows.push(
          summarise(`Quản lý tài sản → Liên kết OA, ${OA_COUNT} OAs: first ${FIRST_PAGE} in`, cpu, link),
        );
      }
    }
  } finally {
    await closeBrowser();
    await stack.stop();
  }
  return { rows, notes };
}

export function formatInteraction({ rows, notes }: InteractionResult): string {
  return [
    heading(
      `Interaction: Chromium ${PHONE.width}×${PHONE.height}, production build, worst of ${RUNS}; load ${loadAverage()}`,
    ),
    table(
      ["what", "CPU", "first screenful", "total", "of which API", "render after data", "longest task"],
      rows.map((r) => [
        r.what,
        `${r.cpu}×`,
        ms(r.firstRows),
        ms(r.total),
        ms(r.api),
        ms(r.render),
        ms(r.longestTask),
      ]),
    ),
    ...notes.map((n) => `not measured: ${n}`),
  ].join("\n");
}
