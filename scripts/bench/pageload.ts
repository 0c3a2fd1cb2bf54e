import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../chromium";
import { onCleanup } from "./cleanup";
import { heading, median, ms, table } from "./format";
import { REPO } from "./build";
import { readRoutes } from "./routes";
import { startWebStack } from "./web-stack";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export interface PageLoadResult {
  name: string;
  path: string;
  runs: number;
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The run with the median score, for the details. */
  notes: string[];
}

/** The screens to measure: home, and the first create step (or the ZCA screen before it exists). */
async function pages(): Promise<{ name: string; path: string }[]> {
  const routes = (await readRoutes(REPO)).map((r) => r.path);
  const second = routes.includes("/create")
    ? { name: "first create step", path: "create?as=an" }
    : { name: "ZCA screen (no /create route yet)", path: "accounts/zca-binh-minh?as=binh" };
  return [{ name: "home", path: "?as=an" }, second];
}

/**
 * Lighthouse (mobile emulation, simulated throttling: its defaults) on the production build, and
 * on the blank zmp-ui app of the bundle bench: the floor any zmp-ui app starts from.
 */
export async function measurePageLoad(wwwDir: string, referenceDir: string): Promise<PageLoadResult[]> {
  const stack = await startWebStack({ wwwDir });
  const reference = await startWebStack({ wwwDir: referenceDir });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const killChrome = onCleanup("lighthouse chromium", () => chrome.kill());
  const results: PageLoadResult[] = [];
  const all = [
    ...(await pages()).map((p) => ({ ...p, base: stack.url })),
    { name: "blank zmp-ui app (reference)", path: "", base: reference.url },
  ];
  try {
    for (const page of all) {
      const url = new URL(page.path, page.base).toString();
      const runs: Lhr[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        runs.push(result.lhr);
      }
      const scored = runs.map((lhr) => ({ lhr, score: (lhr.categories.performance?.score ?? 0) * 100 }));
      scored.sort((a, b) => a.score - b.score);
      const mid = scored[Math.floor(scored.length / 2)]!.lhr;
      const metric = (id: string) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
      results.push({
        name: page.name,
        path: page.path,
        runs: runs.length,
        score: median(scored.map((s) => s.score)),
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        notes: opportunities(mid),
      });
    }
  } finally {
    await killChrome();
    await stack.stop();
    await reference.stop();
  }
  return results;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** Lighthouse's own hints for the run, most expensive first. */
function opportunities(lhr: Lhr): string[] {
  const notes: string[] = [];
  if (lhr.runtimeError) notes.push(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) notes.push(`warning: ${warning.slice(0, 200)}`);
  for (const audit of Object.values(lhr.audits)) {
    const details = audit.details as { type?: string; overallSavingsMs?: number } | undefined;
    if (details?.type === "opportunity" && (details.overallSavingsMs ?? 0) > 0 && (audit.score ?? 1) < 1) {
      notes.push(`${audit.title}: ~${ms(details.overallSavingsMs)} (${audit.displayValue ?? ""})`);
    }
  }
  const lcpElement = lhr.audits["largest-contentful-paint-element"]?.details as
    | { items?: { items?: { node?: { snippet?: string } }[] }[] }
    | undefined;
  const snippet = lcpElement?.items?.[0]?.items?.[0]?.node?.snippet;
  if (snippet) notes.push(`LCP element: ${snippet.slice(0, 120)}`);
  const phases = lhr.audits["largest-contentful-paint-element"]?.details as
    | { items?: { items?: { phase?: string; timing?: number }[] }[] }
    | undefined;
  const timings = phases?.items?.[1]?.items;
  if (timings?.length)
    notes.push(`LCP phases: ${timings.map((p) => `${p.phase} ${ms(p.timing)}`).join(", ")}`);
  return notes;
}

export function formatPageLoad(results: PageLoadResult[]): string {
  const rows = results.map((r) => [
    `${r.name} (/${r.path})`,
    r.score.toFixed(0),
    ms(r.fcp),
    ms(r.lcp),
    ms(r.tbt),
    r.cls.toFixed(3),
    `${r.score >= 95 && r.lcp <= 2000 ? "OK" : "MISS"}`,
  ]);
  return [
    heading(`Page load: Lighthouse 12.2.3, mobile, simulated throttling, median of ${RUNS}`),
    table(["screen", "score", "FCP", "LCP", "TBT", "CLS", "≥95 & LCP≤2s"], rows),
    ...results.flatMap((r) => (r.notes.length ? [`${r.name}:`, ...r.notes.map((n) => `  - ${n}`)] : [])),
  ].join("\n");
}
