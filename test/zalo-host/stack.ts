import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page, type Route } from "playwright-core";
import { expect } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PHONE_CONTEXT } from "../../scripts/chromium";
import { createApp } from "../../server/app";
import { createTokenBox } from "../../server/auth/token-box";
import { createZaloGraph } from "../../server/auth/zalo-graph";
import { createZaloOa } from "../../server/auth/zalo-oa";
import { loadConfig } from "../../server/config";
import { openDatabase, type Database } from "../../server/db/client";
import { startZaloStandIn, type ZaloStandIn } from "../../server/dev/zalo-standin";
import { startZaloStub, type ZaloStub } from "../support/zalo-stub";
import { quietLog } from "../support/log";
import { API_ORIGIN, ZALO_WWW } from "./build";
import { CONTENT_TYPES, startCdn } from "./cdn";
import { ZaloHost, type MiniProgramConfig } from "./host";
import { ZaloAccounts, ZALO_OAS, ZALO_PEOPLE, type PersonKey } from "./people";
import { MP_HOST, MP_PATH, ZALO_VERSION, zaloUserAgent, type Platform } from "./sdk";

export const SCREENSHOTS = "test/e2e/screenshots";
/** The mini app's id on Zalo (window.APP_ID; the /zapps/<id>/ path; ZALO_APP_ID of the API). */
export const APP_ID = "4318892917462019475";
const APP_SECRET = "emulated-zalo-app-secret-7c1f0a9e";
const SESSION_SECRET = "emulated-session-secret-5b8d2e61f04a9c37";

export interface Phone {
  host: ZaloHost;
  /** Opens the mini app in a new webview of this phone (a new page of the same context). */
  open(path?: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Everything "inside Zalo" needs, in this process: the production build in www-zalo/ served at
 * https://h5.zdn.vn/zapps/<APP_ID>/, the API in AUTH_MODE=zalo (configured by loadConfig as in
 * production) on an in-memory database at https://api.zca.test, a Graph API stub on 127.0.0.1
 * that knows the emulated people, and Debian's Chromium in which each phone is one context.
 * `wwwDir` serves another build made the same way (the bench's); `cdn` serves the package's files
 * from a local HTTPS server, gzip-compressed as Zalo's CDN does (./cdn.ts; the tests route them:
 * nothing they check depends on it).
 */
export async function startZaloStack(options: { wwwDir?: string; cdn?: boolean } = {}) {
  const www = options.wwwDir ?? ZALO_WWW;
  if (!existsSync(join(www, "app-config.json"))) {
    throw new Error(`No ${www}/: the "zalo" vitest project builds it in its global setup`);
  }
  const accounts = new ZaloAccounts(APP_SECRET);
  const graph: ZaloStub = await startZaloStub({ answer: (request) => accounts.graphAnswer(request) });
  // Zalo's OA authorization and OA API: what Zalo knows of the emulated people's OAs.
  const oaZalo: ZaloStandIn = await startZaloStandIn({
    appId: APP_ID,
    appSecret: APP_SECRET,
    redirectUri: `${API_ORIGIN}/api/oa-grants/callback`,
    oas: ZALO_OAS,
  });
  const config = loadConfig({
    NODE_ENV: "production",
    AUTH_MODE: "zalo",
    ZALO_APP_ID: APP_ID,
    ZALO_APP_SECRET: APP_SECRET,
    ZALO_GRAPH_URL: graph.url,
    SESSION_SECRET,
    ZALO_TOKEN_KEY: "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
    API_PUBLIC_URL: API_ORIGIN,
    ZALO_OAUTH_URL: oaZalo.url,
    ZALO_OPENAPI_URL: oaZalo.url,
    CHECKOUT_PRIVATE_KEY: "zalo-stack-checkout-key",
    BANK_WEBHOOK_SECRET: "zalo-stack-bank-webhook-secret-0123456789",
    USAGE_WEBHOOK_SECRET: "zalo-stack-usage-webhook-secret-0123456789",
    OIDC_ISSUER: "https://idp.example.vn",
    OIDC_CLIENT_ID: "zalo-stack-console",
    OIDC_CLIENT_SECRET: "zalo-stack-console-client-secret",
    CONSOLE_PUBLIC_URL: "https://ops.example.vn",
  });
  const shell = await hostShell(www);
  const cdn = options.cdn ? await startCdn(www) : null;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, ...(cdn?.chromiumFlags ?? [])],
  });
  await mkdir(SCREENSHOTS, { recursive: true });

  let database: Database | null = null;
  let api: ReturnType<typeof createApp> | null = null;
  const apiCalls: { method: string; path: string; status: number; body?: string }[] = [];
  const phones = new Set<Phone>();
  const payments = { appId: config.zalo.appId, ...config.payments };

  async function serveApp(route: Route, url: URL): Promise<boolean> {
    const base = `${MP_PATH}/${APP_ID}`;
    const notFound = () => route.fulfill({ status: 404, body: "Not found" }).then(() => false);
    if (!url.pathname.startsWith(`${base}/`) && url.pathname !== base) return notFound();
    const file = url.pathname.slice(base.length + 1);
    // The package's files; any other path is one of the app's routes, answered with the shell.
    if (file.startsWith("assets/") || file.startsWith("avatars/")) {
      const path = normalize(join(www, file));
      if (!path.startsWith(`${normalize(www)}/`) || !existsSync(path)) return notFound();
      if (cdn) {
        await route.continue();
        return true;
      }
      await route.fulfill({
        status: 200,
        contentType: CONTENT_TYPES[extname(path)],
        body: await readFile(path),
      });
      return true;
    }
    await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: shell });
    return true;
  }

  async function serveApi(route: Route, violation: (message: string) => void): Promise<void> {
    if (!api) throw new Error("No API: call stack.freshDatabase() first");
    const app = api;
    const request = route.request();
    const url = new URL(request.url());
    const method = request.method();
    const headers = await request.allHeaders();
    const body = request.postDataBuffer();
    const call = (init: RequestInit) => app.fetch(new Request(url, init));

    // Playwright's routing skips the browser's CORS checks (it answers preflights itself and
    // does not check a fulfilled response), so they are made here, as Chromium would make them:
    // the preflight the app's request needs, sent to the API, and the answer's allow-origin.
    // A navigation (the confirmation form's post, whose Origin is "null" under the API's
    // no-referrer policy) is never a CORS request: only fetches are checked.
    const origin = request.isNavigationRequest() ? undefined : headers.origin;
    const refused = (why: string) => {
      violation(`CORS would block ${method} ${url.pathname} from ${origin}: ${why}`);
      apiCalls.push({ method, path: url.pathname, status: 0 });
      return route.abort("failed");
    };
    if (origin && origin !== url.origin) {
      const unsafe = nonSafelistedHeaders(headers);
      if (!["GET", "HEAD", "POST"].includes(method) || unsafe.length > 0) {
        const preflight = await call({
          method: "OPTIONS",
          headers: {
            Origin: origin,
            "Access-Control-Request-Method": method,
            ...(unsafe.length > 0 ? { "Access-Control-Request-Headers": unsafe.join(",") } : {}),
          },
        });
        const problem = preflightProblem(preflight, origin, method, unsafe);
        if (problem) return refused(problem);
      }
    }
    const response = await call({ method, headers, body: body ? new Uint8Array(body) : undefined });
    if (origin && origin !== url.origin) {
      const allowed = response.headers.get("access-control-allow-origin");
      if (allowed !== origin && allowed !== "*") return refused(`the answer allows origin ${allowed}`);
    }
    apiCalls.push({
      method,
      path: url.pathname,
      status: response.status,
      body: request.postData() ?? undefined,
    });
    const location = response.headers.get("location");
    // A navigation the API redirects (the OA grant's link, on to Zalo's permission page) as
    // proxyTo answers one: the same page that goes there at once, with the API's cookie.
    const answer =
      request.isNavigationRequest() && response.status >= 300 && response.status < 400 && location
        ? {
            status: 200,
            headers: { ...Object.fromEntries(response.headers), "content-type": "text/html; charset=utf-8" },
            body: Buffer.from(refreshTo(location)),
          }
        : {
            status: response.status,
            headers: Object.fromEntries(response.headers),
            body: Buffer.from(await response.arrayBuffer()),
          };
    await route.fulfill(answer).catch(() => {}); // the page went away first
  }

  /** A GET from Zalo's own side (its document viewer, its downloader): no Origin, no cookie, no session. */
  async function fetchAsZalo(url: string): Promise<Response> {
    if (!api) throw new Error("No API: call stack.freshDatabase() first");
    return api.fetch(new Request(url));
  }

  /** A request the webview sends to Zalo's OA authorization, passed to the stand-in as is. */
  async function proxyTo(route: Route): Promise<void> {
    const request = route.request();
    const response = await fetch(request.url(), {
      method: request.method(),
      headers: request.headers(),
      body: request.postData() ?? undefined,
      redirect: "manual",
    });
    const location = response.headers.get("location");
    // Playwright cannot answer a navigation with a 3xx (Chromium then looks the host up itself):
    // the same redirect as a page that goes there at once.
    const answer =
      response.status >= 300 && response.status < 400 && location
        ? { status: 200, contentType: "text/html; charset=utf-8", body: refreshTo(location) }
        : {
            status: response.status,
            headers: Object.fromEntries(response.headers),
            body: Buffer.from(await response.arrayBuffer()),
          };
    await route.fulfill(answer).catch(() => {}); // the page went away first
  }

  return {
    graph,
    oaZalo,
    accounts,
    browser,
    apiCalls,
    get database(): Database {
      if (!database) throw new Error("No database: call stack.freshDatabase() first");
      return database;
    },

    /** The payment settings the API runs with (its Checkout key signs orders and checks callbacks). */
    payments,

    fetchAsZalo,

    /** A request to the API from outside the phone, as Zalo's or a bank's servers send theirs. */
    async serverToApi(path: string, body: unknown): Promise<Response> {
      if (!api) throw new Error("No API: call stack.freshDatabase() first");
      return api.fetch(
        new Request(new URL(path, API_ORIGIN), {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        }),
      );
    },

    /** A new, empty database (migrated, not seeded: AUTH_MODE=zalo seeds nothing) under the API. */
    async freshDatabase(options: { corsOrigins?: string[] } = {}): Promise<Database> {
      await database?.close();
      database = await openDatabase({ dataDir: null });
      api = createApp({
        db: database.db,
        authMode: config.authMode,
        sessionSecrets: config.sessionSecrets,
        graph: createZaloGraph({ baseUrl: config.zalo.graphUrl, appSecret: config.zalo.appSecret }),
        oaAuth: {
          zaloOa: createZaloOa({
            oauthUrl: config.zalo.oauthUrl!,
            openApiUrl: config.zalo.openApiUrl!,
            appId: config.zalo.appId,
            appSecret: config.zalo.appSecret,
            // The stand-in has no Zalo login of its own: the URL names who is asking.
            devHints: true,
          }),
          box: createTokenBox(config.zalo.tokenKeys),
          publicUrl: config.publicUrl,
        },
        payments,
        usageSecrets: config.usageSecrets,
        corsOrigins: options.corsOrigins ?? config.corsOrigins,
        // Every test signs in afresh, far more often than a person would.
        limits: {
          signInPerMinute: 10_000,
          writesPerMinute: 10_000,
          oaGrantPagesPerMinute: 10_000,
          fileLinksPerMinute: 10_000,
        },
        log: quietLog(),
      });
      apiCalls.length = 0;
      graph.reset();
      oaZalo.reset();
      return database;
    },

    /** A phone with Zalo on `platform`, signed in as `person`. */
    async phone(
      person: PersonKey,
      platform: Platform,
      options: {
        language?: string;
        zaloVersion?: number;
        miniProgramConfig?: Partial<MiniProgramConfig>;
      } = {},
    ): Promise<Phone> {
      const { zaloVersion, ...hostOptions } = options;
      const userAgent = zaloUserAgent(platform, zaloVersion ?? ZALO_VERSION[platform], options.language);
      const context = await browser.newContext({ ...PHONE_CONTEXT, userAgent });
      context.setDefaultTimeout(15_000);
      const host = new ZaloHost({
        context,
        platform,
        person: ZALO_PEOPLE[person],
        accounts,
        appId: APP_ID,
        serve: {
          app: serveApp,
          api: {
            host: new URL(API_ORIGIN).hostname,
            handle: serveApi,
            fetch: fetchAsZalo,
          },
          oaAuthorization: { origin: oaZalo.url, handle: proxyTo },
        },
        ...hostOptions,
      });
      await host.install();
      const phone: Phone = {
        host,
        open: (path) => host.open(path),
        close: async () => {
          phones.delete(phone);
          await context.close();
        },
      };
      phones.add(phone);
      return phone;
    },

    /** Every violation any open phone recorded (a test ends by asserting there is none). */
    violations(): string[] {
      return [...phones].flatMap((p) => p.host.violations);
    },

    async stop() {
      await Promise.allSettled([...phones].map((p) => p.close()));
      await browser.close();
      await cdn?.stop();
      await graph.stop();
      await oaZalo.stop();
      await database?.close();
    },
  };
}

export type ZaloStack = Awaited<ReturnType<typeof startZaloStack>>;

/** A page that goes to `location` at once (Playwright cannot answer a navigation with a 3xx). */
const refreshTo = (location: string) =>
  `<!doctype html><meta http-equiv="refresh" content="0;url=${location.replace(/"/g, "&quot;")}">`;

/** Fetch's CORS-safelisted request headers (with a simple content type), and those the browser sets. */
const SAFELISTED = new Set(["accept", "accept-language", "content-language"]);
const SIMPLE_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
const BROWSER_SET =
  /^(sec-|user-agent$|referer$|origin$|host$|connection$|content-length$|cookie$|accept-encoding$)/;

function nonSafelistedHeaders(headers: { [name: string]: string }): string[] {
  return Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => !BROWSER_SET.test(name) && !SAFELISTED.has(name))
    .filter((name) => name !== "content-type" || !SIMPLE_TYPES.includes(headers[name]!.split(";")[0]!.trim()))
    .sort();
}

function preflightProblem(
  response: Response,
  origin: string,
  method: string,
  headers: string[],
): string | null {
  const list = (name: string) =>
    (response.headers.get(name) ?? "")
      .split(",")
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
  if (response.status < 200 || response.status > 299) return `the preflight answered ${response.status}`;
  const allowed = response.headers.get("access-control-allow-origin");
  if (allowed !== origin && allowed !== "*") return `the preflight allows origin ${allowed}`;
  const methods = list("access-control-allow-methods");
  if (
    !["GET", "HEAD", "POST"].includes(method) &&
    !methods.includes(method.toLowerCase()) &&
    !methods.includes("*")
  ) {
    return `the preflight does not allow ${method}`;
  }
  const allowedHeaders = list("access-control-allow-headers");
  const missing = headers.filter((h) => !allowedHeaders.includes(h) && !allowedHeaders.includes("*"));
  return missing.length > 0 ? `the preflight does not allow the header(s) ${missing.join(", ")}` : null;
}

/**
 * The page Zalo opens for a mini app. Zalo builds it from the package's app-config.json, which
 * zmp-vite-plugin writes for that purpose: listCSS as stylesheets, listSyncJS as module scripts
 * (the plugin names them *.module.js), listAsyncJS as module preloads. zmp-sdk expects the page to
 * set window.APP_ID (constants.js) and window.APP_CONFIG (common/apis/general/view.js); zmp-ui's
 * router takes its /zapps/<APP_ID> base path from window.APP_ID. The real page is Zalo's and not
 * published; its index.html is not used, so nothing in it may be relied on.
 */
async function hostShell(www: string): Promise<string> {
  const config = JSON.parse(await readFile(join(www, "app-config.json"), "utf8")) as {
    listCSS: string[];
    listSyncJS: string[];
    listAsyncJS: string[];
  };
  const base = `https://${MP_HOST}${MP_PATH}/${APP_ID}/`;
  const url = (file: string) => new URL(file, base).href;
  return [
    "<!doctype html>",
    `<html><head><meta charset="utf-8" />`,
    `<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover" />`,
    `<title>Zalo Mini App</title>`,
    `<script>window.APP_ID = ${JSON.stringify(APP_ID)}; window.APP_CONFIG = ${JSON.stringify(config)};</script>`,
    ...config.listCSS.map((f) => `<link rel="stylesheet" href="${url(f)}" />`),
    ...config.listAsyncJS.map((f) => `<link rel="modulepreload" href="${url(f)}" />`),
    `</head><body><div id="app"></div>`,
    ...config.listSyncJS.map((f) => `<script type="module" src="${url(f)}"></script>`),
    `</body></html>`,
  ].join("\n");
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // The shot shows one screen: zmp-ui keeps the one sliding away mounted until its transition ends.
  await expect.poll(() => page.locator(".zaui-routes-item").count()).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
