import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface RouteInfo {
  path: string;
  /** Source module of the screen when it is lazy-loaded (repo-relative, no extension); null when eager. */
  lazyModule: string | null;
}

/**
 * The route table of src/app.tsx: entries `"/path": () => import("./pages/…")` of its screen
 * table, or (the earlier shape) `<Route path="…" element={<X />}>` with `const X = lazy(() => import("…"))`.
 */
export async function readRoutes(repo: string): Promise<RouteInfo[]> {
  const source = await readFile(join(repo, "src/app.tsx"), "utf8");
  const module = (path: string) => join("src", path).replace(/\.(tsx?|jsx?)$/, "");
  const routes: RouteInfo[] = [];
  for (const m of source.matchAll(/["']([^"']+)["']\s*:\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']/g)) {
    routes.push({ path: m[1]!, lazyModule: module(m[2]!) });
  }
  const lazy = new Map<string, string>();
  for (const m of source.matchAll(/const\s+(\w+)\s*=\s*lazy\(\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']/g)) {
    lazy.set(m[1]!, module(m[2]!));
  }
  for (const m of source.matchAll(/<Route\b[^>]*?\bpath=["']([^"']+)["'][^>]*?\belement=\{\s*<(\w+)/g)) {
    routes.push({ path: m[1]!, lazyModule: lazy.get(m[2]!) ?? null });
  }
  return routes;
}
