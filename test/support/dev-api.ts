import { createApp } from "../../server/app";
import type { AppDeps } from "../../server/app-deps";
import { createTokenBox } from "../../server/auth/token-box";
import { createZaloGraph } from "../../server/auth/zalo-graph";
import { createZaloOa } from "../../server/auth/zalo-oa";
import type { Db } from "../../server/db/client";
import type { CheckoutStandIn } from "../../server/dev/checkout-standin";
import { startEinvoiceStandIn } from "../../server/dev/einvoice-standin";
import { authorizeDevOperatorOa } from "../../server/dev/operator-oa";
import type { ZaloStandIn } from "../../server/dev/zalo-standin";
import { startZnsStandIn } from "../../server/dev/zns-standin";
import { DEV_OPERATOR_OA_ID, DEV_ZNS_TEMPLATES } from "../../server/config";
import { startNotificationWorker } from "../../server/services/notification-delivery";
import { operatorToken } from "../../server/zns/operator-token";
import { createZns } from "../../server/zns/zns";
import { createViettelEinvoice } from "../../server/einvoice/viettel";
import type { Log } from "../../server/log";
import { startInvoiceWorker } from "../../server/services/invoices";
import { createCheckoutStatus } from "../../server/payments/checkout-status";

export const DEV_API_APP_ID = "dev-api-mini-app";
export const DEV_API_APP_SECRET = "dev-api-app-secret";
export const DEV_API_PAYMENTS = {
  appId: DEV_API_APP_ID,
  checkoutKey: "dev-api-checkout-key",
  bankSecrets: ["dev-api-bank-secret"],
  bankBin: "970436",
  bankName: "Vietcombank",
};
/** USAGE_WEBHOOK_SECRET of the dev API: signs the spend simulator's holds and events. */
export const DEV_API_USAGE_SECRET = "dev-api-usage-secret";

/** The e-invoice provider's settings, played by its local stand-in. */
export const DEV_API_EINVOICE = {
  username: "dev-api-einvoice",
  password: "dev-api-einvoice-password",
  supplierTaxCode: "0303490096",
  templateCode: "1/001",
  series: "C26TZC",
};

/**
 * The e-invoice provider's stand-in and the invoice worker on `db`, taking a pass every
 * `everyMs` (short: a test waits for an invoice as a person would, not for the 15 s of `npm start`).
 */
export async function startDevInvoices(db: Db, log: Log, everyMs = 500) {
  const standIn = await startEinvoiceStandIn({ ...DEV_API_EINVOICE, sellerName: "Zalo Cloud Account" });
  const worker = startInvoiceWorker(
    db,
    createViettelEinvoice({ url: standIn.url, ...DEV_API_EINVOICE }),
    log,
    everyMs,
  );
  return {
    standIn,
    worker,
    stop: async () => {
      await worker.stop();
      await standIn.stop();
    },
  };
}

/**
 * The ZNS stand-in and the notification worker on `db`, as `npm start` runs them: the operator OA
 * authorized through the Zalo stand-in, a pass every `everyMs`.
 */
export async function startDevNotifications(
  db: Db,
  zalo: ZaloStandIn,
  oaAuth: AppDeps["oaAuth"],
  log: Log,
  everyMs = 500,
) {
  const standIn = await startZnsStandIn({
    tokenOk: (token) => zalo.tokenOa(token) === DEV_OPERATOR_OA_ID,
    templates: DEV_ZNS_TEMPLATES,
  });
  await authorizeDevOperatorOa(db, oaAuth.box, zalo, DEV_OPERATOR_OA_ID);
  const worker = startNotificationWorker(
    db,
    {
      zns: createZns({ url: standIn.url }),
      token: operatorToken({ db, box: oaAuth.box, zaloOa: oaAuth.zaloOa, oaId: DEV_OPERATOR_OA_ID }),
      templates: DEV_ZNS_TEMPLATES,
    },
    log,
    everyMs,
  );
  return {
    standIn,
    stop: async () => {
      await worker.stop();
      await standIn.stop();
    },
  };
}

/** Zalo's OA authorization at `zaloUrl` (the local stand-in), sending people back to `publicUrl`. */
export function devOaAuth(zaloUrl: string, publicUrl: string): AppDeps["oaAuth"] {
  return {
    zaloOa: createZaloOa({
      oauthUrl: zaloUrl,
      openApiUrl: zaloUrl,
      appId: DEV_API_APP_ID,
      appSecret: DEV_API_APP_SECRET,
      devHints: true,
    }),
    box: createTokenBox(["00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"]),
    publicUrl,
  };
}

/**
 * The API in dev mode on `db`, as the e2e tests and the benchmarks run it: seeded people sign in
 * without Zalo (whose Graph URL points nowhere) and the rate limits stay out of the way. Zalo's
 * OA authorization goes nowhere unless `oaAuth` says where; the payment simulator exists only
 * with `checkout`.
 */
export function createDevApi(
  db: Db,
  opts: {
    log?: AppDeps["log"];
    oaAuth?: AppDeps["oaAuth"];
    pool?: AppDeps["pool"];
    /** Zalo Checkout's stand-in: the dev payment simulator and the order status API. */
    checkout?: CheckoutStandIn;
    /** The operator's console, as dev mode serves it. */
    console?: AppDeps["console"];
  } = {},
) {
  return createApp({
    db,
    authMode: "dev",
    sessionSecrets: ["dev-api-session-secret-0123456789abcdef"],
    graph: createZaloGraph({ baseUrl: "http://127.0.0.1:9", appSecret: "unused" }),
    oaAuth: opts.oaAuth ?? devOaAuth("http://127.0.0.1:9", "http://localhost"),
    usageSecrets: [DEV_API_USAGE_SECRET],
    payments: {
      ...DEV_API_PAYMENTS,
      devCheckout: opts.checkout,
      checkoutStatus: opts.checkout
        ? createCheckoutStatus({
            apiUrl: opts.checkout.url,
            appId: DEV_API_APP_ID,
            privateKey: DEV_API_PAYMENTS.checkoutKey,
          })
        : null,
    },
    corsOrigins: [],
    limits: {
      signInPerMinute: 1_000_000,
      writesPerMinute: 1_000_000,
      oaGrantPagesPerMinute: 1_000_000,
      fileLinksPerMinute: 1_000_000,
    },
    pool: opts.pool,
    log: opts.log,
    console: opts.console,
  });
}
