import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface RouteInfo {
  path: string;
  /** Source module of the screen when it is lazy-loaded (repo-relative, no extension); null when eager. */
  lazyModule: string | null;
}

/** The screens' names and patterns of src/routes.ts (`name: route("/path")`); none before it existed. */
async function screenPaths(repo: string): Promise<Map<string, string>> {
  const source = await readFile(join(repo, "src/routes.ts"), "utf8").catch(() => "");
  return new Map([...source.matchAll(/(\w+):\s*route\(\s*["']([^"']+)["']/g)].map((m) => [m[1]!, m[2]!]));
}

/**
 * The route table of src/app.tsx: entries `name: () => import("./features/…")` of its screen table,
 * each screen's path read from src/routes.ts; or (earlier shapes) `"/path": () => import("…")`, or
 * `<Route path="…" element={<X />}>` with `const X = lazy(() => import("…"))`.
 */
export async function readRoutes(repo: string): Promise<RouteInfo[]> {
  const source = await readFile(join(repo, "src/app.tsx"), "utf8");
  const module = (path: string) => join("src", path).replace(/\.(tsx?|jsx?)$/, "");
  const routes: RouteInfo[] = [];
  const paths = await screenPaths(repo);
  for (const m of source.matchAll(
    /(?:["']([^"']+)["']|(\w+))\s*:\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']/g,
  )) {
    const path = m[1] ?? paths.get(m[2]!);
    if (path) routes.push({ path, lazyModule: module(m[3]!) });
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
