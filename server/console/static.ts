import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { MiddlewareHandler } from "hono";
import { CONSOLE_CSP } from "./pages";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/**
 * The built console (dist-console/) under /console/: its hashed files cached for good, and
 * index.html for every other path (the console's own routes), never cached.
 */
export function serveConsoleFiles(dir: string): MiddlewareHandler {
  const root = normalize(dir + sep);
  return async (c) => {
    const path = decodedPath(new URL(c.req.url).pathname.replace(/^\/console\/?/, ""));
    const file = normalize(join(root, path));
    const asset =
      path.startsWith("assets/") && file.startsWith(root) ? await readFile(file).catch(() => null) : null;
    c.header("Content-Security-Policy", CONSOLE_CSP);
    if (asset) {
      c.header("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
      c.header("Cache-Control", "public, max-age=31536000, immutable");
      return c.body(asset);
    }
    const index = await readFile(join(root, "index.html")).catch(() => null);
    if (!index) return c.text("The console is not built: run npm run build:console.", 503);
    c.header("Cache-Control", "no-store");
    return c.html(index.toString("utf8"));
  };
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return "";
  }
}
