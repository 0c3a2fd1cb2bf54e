import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../chromium";
import { onCleanup } from "./cleanup";
import { heading, loadAverage, ms, table } from "./format";
import { REPO } from "./build";
import { readRoutes } from "./routes";
import { startWebStack } from "./web-stack";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export interface PageLoadResult {
  name: string;
  path: string;
  runs: number;
  /** Where the page ended when it was not where it was opened (a gated screen sends elsewhere). */
  landedOn: string | null;
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The run with the median score, for the details. */
  notes: string[];
}

/** Seeded values for the route parameters: Bình's ZCA, and Em, a member of it. */
const PARAMS: Record<string, string> = { accountId: "zca-binh-minh", memberId: "em" };

/** Screens a fresh page load cannot open with seeded data alone, and why. */
const UNREACHABLE: Record<string, string> = {
  "/create/oa": "needs a draft with the name step done",
  "/create/app": "needs a draft with an OA chosen",
  "/create/terms": "needs a draft with an app choice",
  "/create/done": "needs a ZCA created in this visit",
};

/** Runs only the screens whose path matches BENCH_SCREENS (a regular expression), when set. */
const ONLY = process.env.BENCH_SCREENS ? new RegExp(process.env.BENCH_SCREENS) : null;

/**
 * Every screen of src/app.tsx that opens on a fresh load in dev mode with the seeded data: An's
 * home and create steps, Bình's ZCA and its screens (`?as=binh`), and the screens left out, with why.
 */
async function pages(): Promise<{ measured: { name: string; path: string }[]; skipped: string[] }> {
  const measured: { name: string; path: string }[] = [];
  const skipped: string[] = [];
  for (const { path } of await readRoutes(REPO)) {
    const missing = path.match(/:(\w+)/g)?.find((param) => !PARAMS[param.slice(1)]);
    const why = UNREACHABLE[path] ?? (missing && `needs a ${missing.slice(1)} made in the visit`);
    if (why) {
      skipped.push(`${path}: ${why}`);
      continue;
    }
    const concrete = path.replace(/:(\w+)/g, (_, param: string) => PARAMS[param]!).slice(1);
    const person = path.startsWith("/accounts/") ? "binh" : "an";
    if (!ONLY || ONLY.test(path)) measured.push({ name: path, path: `${concrete}?as=${person}` });
  }
  return { measured, skipped };
}

/**
 * Lighthouse (mobile emulation, simulated throttling: its defaults) on the production build, and
 * on the blank zmp-ui app of the bundle bench: the floor any zmp-ui app starts from.
 */
export async function measurePageLoad(
  wwwDir: string,
  referenceDir: string,
): Promise<{ results: PageLoadResult[]; skipped: string[] }> {
  const { measured, skipped } = await pages();
  const stack = await startWebStack({ wwwDir });
  const reference = await startWebStack({ wwwDir: referenceDir });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const killChrome = onCleanup("lighthouse chromium", () => chrome.kill());
  const results: PageLoadResult[] = [];
  const all = [
    ...measured.map((p) => ({ ...p, base: stack.url })),
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
      const worst = scored[0]!.lhr;
      // The worst of the runs: a shared machine's good moments say little about a phone.
      const metric = (id: string) => Math.max(...runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
      const landed = new URL(worst.finalDisplayedUrl).pathname.replace(/^\/zapps\/[^/]+/, "");
      results.push({
        name: page.name,
        path: page.path,
        runs: runs.length,
        landedOn: landed === new URL(url).pathname.replace(/^\/zapps\/[^/]+/, "") ? null : landed,
        score: scored[0]!.score,
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        notes: opportunities(worst),
      });
    }
  } finally {
    await killChrome();
    await stack.stop();
    await reference.stop();
  }
  return { results, skipped };
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
  // Where the main thread went: the "why" behind TBT, without opening a trace.
  const work = lhr.audits["mainthread-work-breakdown"]?.details as
    | { items?: { groupLabel?: string; duration?: number }[] }
    | undefined;
  const groups = (work?.items ?? []).slice(0, 4).map((g) => `${g.groupLabel} ${ms(g.duration)}`);
  if (groups.length) notes.push(`main thread: ${groups.join(", ")}`);
  const bootup = lhr.audits["bootup-time"]?.details as
    | { items?: { url?: string; scripting?: number; scriptParseCompile?: number }[] }
    | undefined;
  const scripts = (bootup?.items ?? [])
    .slice(0, 3)
    .map((i) => `${i.url?.split("/").pop()} ${ms(i.scripting)} + parse ${ms(i.scriptParseCompile)}`);
  if (scripts.length) notes.push(`scripts: ${scripts.join(", ")}`);
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

export function formatPageLoad({
  results,
  skipped,
}: {
  results: PageLoadResult[];
  skipped: string[];
}): string {
  const rows = results.map((r) => [
    `${r.name} (/${r.path})${r.landedOn ? ` → ${r.landedOn}` : ""}`,
    r.score.toFixed(0),
    ms(r.fcp),
    ms(r.lcp),
    ms(r.tbt),
    r.cls.toFixed(3),
    `${r.score >= 95 && r.tbt <= 150 ? "OK" : "MISS"}`,
  ]);
  return [
    heading(
      `Page load: Lighthouse 12.2.3, mobile, simulated throttling, worst of ${RUNS}; load ${loadAverage()}`,
    ),
    table(["screen", "score", "FCP", "LCP", "TBT", "CLS", "≥95 & TBT≤150"], rows),
    ...(skipped.length ? ["not measured:", ...skipped.map((s) => `  - ${s}`)] : []),
    ...results.flatMap((r) => (r.notes.length ? [`${r.name}:`, ...r.notes.map((n) => `  - ${n}`)] : [])),
  ].join("\n");
}
