import { join } from "node:path";
import {
  analyseBuild,
  firstScreen,
  referenceLoad,
  ZALO_FILE_LIMIT,
  ZALO_ZIP_LIMIT,
  type BuildReport,
} from "./bundle";
import { buildApp, buildReference, REPO, tempDir } from "./build";
import { onCleanup } from "./cleanup";
import { heading, kb, pct, table } from "./format";
import { readRoutes } from "./routes";

/** The budget: the first screen's gzip JS at most this many times the blank zmp-ui app's. */
export const FIRST_SCREEN_BUDGET = 1.5;
/** "Near" Zalo's limits: past this share of them, the budget test fails. */
export const LIMIT_MARGIN = 0.8;

export interface BundleResult {
  app: BuildReport;
  reference: BuildReport;
  ratio: number;
  /** The folder with the app's production build (for the page-load and interaction benches). */
  appDir: string;
}

/** Builds the app and the blank reference into temp folders and measures both. */
export async function measureBundles(): Promise<BundleResult> {
  const work = await tempDir("zca-bench-build-");
  onCleanup("build folders", work.remove);
  const appDir = join(work.dir, "app");
  const refOut = join(work.dir, "reference-www");
  await Promise.all([buildApp(appDir), buildReference(join(work.dir, "reference"), refOut)]);
  const [app, reference] = await Promise.all([
    analyseBuild(appDir, await readRoutes(REPO)),
    analyseBuild(refOut, []),
  ]);
  return { app, reference, appDir, ratio: firstScreen(app).js.gzip / referenceLoad(reference).js.gzip };
}

export function formatBundles({ app, reference, ratio }: BundleResult): string {
  const ref = referenceLoad(reference);
  const rows = [
    ...app.routes.map((r) => [
      r.label,
      kb(r.js.raw),
      kb(r.js.gzip),
      kb(r.css.raw),
      kb(r.css.gzip),
      r.files.length,
    ]),
    [
      "blank zmp-ui app (reference)",
      kb(ref.js.raw),
      kb(ref.js.gzip),
      kb(ref.css.raw),
      kb(ref.css.gzip),
      ref.files.length,
    ],
  ];
  const pkgRow = (name: string, r: BuildReport) => [
    name,
    r.pkg.files,
    kb(r.pkg.total),
    kb(r.pkg.zipped),
    `${r.pkg.largest.file} ${kb(r.pkg.largest.bytes)}`,
    pct(r.pkg.largest.bytes / ZALO_FILE_LIMIT),
    pct(r.pkg.zipped / ZALO_ZIP_LIMIT),
  ];
  const first = firstScreen(app);
  return [
    heading("Bundle: what each route loads before it paints (gzip level 9)"),
    table(["route", "JS raw", "JS gzip", "CSS raw", "CSS gzip", "files"], rows),
    `entry chunk alone (what paints the sign-in spinner): JS ${kb(app.entry.js.raw)} / ${kb(app.entry.js.gzip)} gzip`,
    `all CSS (Zalo's host loads every listCSS file up front): ${kb(app.allCss.raw)} / ${kb(app.allCss.gzip)} gzip`,
    "",
    table(
      ["package", "files", "total", "zipped", "largest file", "of 3 MB", "zip of 10 MB"],
      [pkgRow("app (www)", app), pkgRow("blank zmp-ui app", reference)],
    ),
    "",
    `first screen (${first.label}) gzip JS / reference gzip JS = ${kb(first.js.gzip)} / ${kb(ref.js.gzip)} = ${ratio.toFixed(2)}  (target ≤ ${FIRST_SCREEN_BUDGET}) ${ratio <= FIRST_SCREEN_BUDGET ? "OK" : "OVER"}`,
  ].join("\n");
}
