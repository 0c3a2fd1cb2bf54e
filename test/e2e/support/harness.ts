import { mkdir } from "node:fs/promises";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { openDatabase, type Database } from "../../../server/db/client";
import { seedDirectory } from "../../../server/seed/seed";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PHONE_CONTEXT } from "../../../scripts/chromium";
import { startPreview } from "../../../scripts/preview-server";
import { startZaloStandIn, type ZaloStandIn } from "../../../server/dev/zalo-standin";
import { ZALO_OAS } from "../../../server/seed/directory";
import { startCheckoutStandIn } from "../../../server/dev/checkout-standin";
import type { EinvoiceStandIn } from "../../../server/dev/einvoice-standin";
import { quietLog } from "../../support/log";
import {
  createDevApi,
  DEV_API_APP_ID,
  DEV_API_APP_SECRET,
  DEV_API_PAYMENTS,
  devOaAuth,
  startDevInvoices,
  startDevNotifications,
} from "../../support/dev-api";
import type { ZnsStandIn } from "../../../server/dev/zns-standin";

export const SCREENSHOTS = "test/e2e/screenshots";

export interface E2e {
  url: string;
  database: Database;
  browser: Browser;
  /** The local stand-in for Zalo's OA authorization, as `npm start` runs it. */
  zalo: ZaloStandIn;
  /** The e-invoice provider's stand-in (its invoices and the emails it "sent"), the worker issuing through it. */
  einvoice: EinvoiceStandIn;
  /** The ZNS stand-in: the notifications' Zalo messages, sent by the worker with the operator OA's token. */
  zns: ZnsStandIn;
  /**
   * A fresh phone-sized browser context (its own storage), opened at `path` under the app;
   * `prepare` sets the context up first (a fake clock, a permission).
   */
  open(
    path?: string,
    prepare?: (context: BrowserContext) => Promise<void>,
  ): Promise<{ page: Page; context: BrowserContext }>;
  /** Makes the API answer like a dead server (or a slow one) until called again with "up". */
  setApi(state: "up" | "down" | { delayMs: number }): void;
  stop(): Promise<void>;
}

/** The production build, the real API on a fresh in-memory database, and Debian's Chromium. */
export async function startE2e(): Promise<E2e> {
  const database = await openDatabase({ dataDir: null });
  await seedDirectory(database.db);
  // The preview listens first: Zalo's stand-in must know the callback URL before the API knows Zalo's.
  let api: ReturnType<typeof createDevApi> | null = null;
  let apiState: "up" | "down" | { delayMs: number } = "up";
  const preview = await startPreview({
    wwwDir: "www",
    api: {
      fetch: async (request) => {
        if (apiState === "down") return new Response("Bad gateway", { status: 502 });
        if (typeof apiState === "object")
          await new Promise((r) => setTimeout(r, (apiState as { delayMs: number }).delayMs));
        return api!.fetch(request);
      },
    },
  });
  const origin = new URL(preview.url).origin;
  const zalo = await startZaloStandIn({
    appId: DEV_API_APP_ID,
    appSecret: DEV_API_APP_SECRET,
    redirectUri: `${origin}/api/oa-grants/callback`,
    oas: ZALO_OAS,
  });
  const checkout = await startCheckoutStandIn({
    appId: DEV_API_APP_ID,
    privateKey: DEV_API_PAYMENTS.checkoutKey,
    callbackUrl: `${origin}/api/payments/checkout/callback`,
    lateCallbackMs: 3000,
  });
  const invoices = await startDevInvoices(database.db, quietLog());
  const oaAuth = devOaAuth(zalo.url, origin);
  const notifications = await startDevNotifications(database.db, zalo, oaAuth, quietLog());
  api = createDevApi(database.db, { log: quietLog(), oaAuth, checkout });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  await mkdir(SCREENSHOTS, { recursive: true });

  return {
    url: preview.url,
    database,
    browser,
    zalo,
    einvoice: invoices.standIn,
    zns: notifications.standIn,
    async open(path = "", prepare) {
      const context = await browser.newContext(PHONE_CONTEXT);
      await prepare?.(context);
      const page = await context.newPage();
      await page.goto(new URL(path, preview.url).toString());
      return { page, context };
    },
    setApi(state) {
      apiState = state;
    },
    async stop() {
      await browser.close();
      await preview.stop();
      await zalo.stop();
      await checkout.stop();
      await invoices.stop();
      await notifications.stop();
      await database.close();
    },
  };
}

/**
 * Waits until zmp-ui's page transition is over: it keeps the screen sliding away mounted until
 * then (the sign-in gate, before any screen, has none).
 */
export async function screenSettled(page: Page): Promise<void> {
  await expect.poll(() => page.locator(".zaui-routes-item").count()).toBeLessThanOrEqual(1);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // The shot shows one screen, not two halfway through a transition.
  await screenSettled(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
