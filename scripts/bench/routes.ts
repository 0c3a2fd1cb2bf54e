import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface RouteInfo {
  path: string;
  /** Source module of the screen when it is lazy-loaded (repo-relative, no extension); null when eager. */
  lazyModule: string | null;
}

/**
 * The route table of src/app.tsx: each `<Route path="…" element={<X />}>` with, when X is
 * `lazy(() => import("./pages/…"))`, the module that holds the screen.
 */
export async function readRoutes(repo: string): Promise<RouteInfo[]> {
  const source = await readFile(join(repo, "src/app.tsx"), "utf8");
  const lazy = new Map<string, string>();
  for (const m of source.matchAll(/const\s+(\w+)\s*=\s*lazy\(\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']/g)) {
    lazy.set(m[1]!, join("src", m[2]!).replace(/\.(tsx?|jsx?)$/, ""));
  }
  const routes: RouteInfo[] = [];
  for (const m of source.matchAll(/<Route\b[^>]*?\bpath=["']([^"']+)["'][^>]*?\belement=\{\s*<(\w+)/g)) {
    routes.push({ path: m[1]!, lazyModule: lazy.get(m[2]!) ?? null });
  }
  return routes;
}
