import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { compress } from "hono/compress";
import { serveLocal } from "../server/listen";

export interface PreviewOptions {
  wwwDir: string;
  /** The API mounted on the same origin (its `fetch`), as Zalo's hosting would proxy it. */
  api: { fetch: (request: Request) => Response | Promise<Response> };
  appId?: string;
  port?: number;
}

/**
 * Serves the production build as Zalo does: under /zapps/<APP_ID>/ with `window.APP_ID` set
 * (zmp-ui's router takes its base path from it), and the API on the same origin.
 */
export async function startPreview(opts: PreviewOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const appId = opts.appId ?? "1234567890";
  const base = `/zapps/${appId}`;
  // The build refers to its files relatively (./assets/…); <base> keeps them under the app's root
  // when the page is opened at a deep link such as /zapps/<id>/accounts/x (Zalo's host always
  // loads them from the root).
  const html = (await readFile(join(opts.wwwDir, "index.html"), "utf8")).replace(
    "<head>",
    `<head><base href="${base}/" /><script>window.APP_ID = ${JSON.stringify(appId)};</script>`,
  );

  const web = new Hono();
  web.all("/api/*", (c) => opts.api.fetch(c.req.raw));
  web.get("/health", (c) => opts.api.fetch(c.req.raw));
  web.get("/", (c) => c.redirect(`${base}/`));
  // Zalo's CDN serves the package compressed; so does this preview (the API is left as it is).
  web.use(`${base}/*`, compress());
  web.get(`${base}/`, (c) => c.html(html));
  web.use(
    `${base}/*`,
    serveStatic({ root: opts.wwwDir, rewriteRequestPath: (path) => path.slice(base.length) }),
  );
  web.use("/avatars/*", serveStatic({ root: opts.wwwDir }));
  // Every other path under the base is a client-side route: answer with the app.
  web.get(`${base}/*`, (c) => c.html(html));
  web.get(base, (c) => c.html(html));

  const { server, port } = await serveLocal(web.fetch, opts.port);
  return {
    // `localhost`, not 127.0.0.1: zmp-sdk only answers with canned data on localhost.
    url: `http://localhost:${port}${base}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
