import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { deflateRawSync, gzipSync } from "node:zlib";
import type { RouteInfo } from "./routes";

/** Zalo's package limits at deploy. */
export const ZALO_FILE_LIMIT = 3 * 1024 * 1024;
export const ZALO_ZIP_LIMIT = 10 * 1024 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface Size {
  raw: number;
  gzip: number;
}

export interface RouteLoad {
  /** The route path, or the lazy module for a lazy chunk no route names. */
  label: string;
  js: Size;
  css: Size;
  files: string[];
}

export interface PackageStats {
  files: number;
  total: number;
  /** Size of a zip of the folder (deflate per file, as `zip -6`, with local and central headers). */
  zipped: number;
  largest: { file: string; bytes: number };
}

export interface BuildReport {
  dir: string;
  entry: RouteLoad;
  routes: RouteLoad[];
  /** Every CSS file: Zalo's host loads all of app-config.json's listCSS before the app. */
  allCss: Size;
  pkg: PackageStats;
}

const sizeCache = new Map<string, Size>();
async function sizeOf(path: string): Promise<Size> {
  let size = sizeCache.get(path);
  if (!size) {
    const bytes = await readFile(path);
    // Level 9, like Vite's own report; servers and Zalo's CDN may compress a little less.
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizeCache.set(path, size);
  }
  return size;
}

async function sum(dir: string, files: string[]): Promise<Size> {
  const sizes = await Promise.all(files.map((f) => sizeOf(join(dir, f))));
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

export async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, ".vite/manifest.json"), "utf8")) as Manifest;
}

/** The chunks `keys` need before they run: themselves and their static imports, transitively. */
function staticClosure(manifest: Manifest, keys: string[]): ManifestChunk[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return [...seen].map((k) => manifest[k]!);
}

async function loadFor(dir: string, manifest: Manifest, label: string, keys: string[]): Promise<RouteLoad> {
  const chunks = staticClosure(manifest, keys);
  const jsFiles = chunks.map((c) => c.file);
  const cssFiles = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  return {
    label,
    js: await sum(dir, jsFiles),
    css: await sum(dir, cssFiles),
    files: [...jsFiles, ...cssFiles],
  };
}

function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!key) throw new Error("the build's manifest has no entry chunk");
  return key;
}

/**
 * Per route, the JS and CSS that must load before the route paints: the entry chunk and its
 * static imports, plus the route's lazy chunk and its static imports (no dynamic imports: those,
 * like zmp-sdk, load after the first paint).
 */
export async function analyseBuild(dir: string, routes: RouteInfo[]): Promise<BuildReport> {
  const manifest = await readManifest(dir);
  const entry = entryKey(manifest);
  const keyOf = (module: string) =>
    Object.keys(manifest).find((k) => k.replace(/\.(tsx?|jsx?)$/, "") === module);

  const loads: RouteLoad[] = [];
  const covered = new Set<string>();
  for (const route of routes) {
    const key = route.lazyModule ? keyOf(route.lazyModule) : undefined;
    if (key) covered.add(key);
    loads.push(await loadFor(dir, manifest, route.path, key ? [entry, key] : [entry]));
  }
  // Lazy chunks that no route in src/app.tsx names (e.g. nested routes): shown, not hidden.
  for (const key of manifest[entry]!.dynamicImports ?? []) {
    if (covered.has(key) || !manifest[key]?.src?.startsWith("src/pages/")) continue;
    loads.push(await loadFor(dir, manifest, `(lazy) ${manifest[key].src}`, [entry, key]));
  }
  const cssFiles = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
  return {
    dir,
    entry: await loadFor(dir, manifest, "entry", [entry]),
    routes: loads,
    allCss: await sum(dir, cssFiles),
    pkg: await packageStats(dir),
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // .vite/ holds the manifest the bench asks for; `npm run build` does not write it.
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(".vite/"));
}

export async function packageStats(dir: string): Promise<PackageStats> {
  const files = await listFiles(dir);
  let total = 0;
  let zipped = 22; // end of central directory record
  let largest = { file: "", bytes: 0 };
  for (const file of files) {
    const bytes = await readFile(join(dir, file));
    const name = Buffer.byteLength(file);
    const stored = Math.min(bytes.length, deflateRawSync(bytes, { level: 6 }).length);
    zipped += 30 + name + stored + 46 + name;
    total += bytes.length;
    if (bytes.length > largest.bytes) largest = { file, bytes: bytes.length };
  }
  return { files: files.length, total, zipped, largest };
}

/** The route the app opens on (home), whose load the budget is about. */
export const FIRST_SCREEN = "/";

export function firstScreen(report: BuildReport): RouteLoad {
  return report.routes.find((r) => r.label === FIRST_SCREEN) ?? report.entry;
}

/** What the reference (a blank zmp-ui app: one route, everything in its entry) loads to paint. */
export function referenceLoad(report: BuildReport): RouteLoad {
  return report.entry;
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
