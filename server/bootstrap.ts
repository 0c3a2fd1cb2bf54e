import { createApp } from "./app";
import { createTokenBox } from "./auth/token-box";
import { createZaloGraph } from "./auth/zalo-graph";
import { createZaloOa } from "./auth/zalo-oa";
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/client";
import { startCheckoutStandIn } from "./dev/checkout-standin";
import { startEinvoiceStandIn } from "./dev/einvoice-standin";
import { startOidcStandIn } from "./dev/oidc-standin";
import { DEV_IDP_PEOPLE } from "./seed/staff";
import { authorizeDevOperatorOa } from "./dev/operator-oa";
import { startZnsStandIn } from "./dev/zns-standin";
import { createViettelEinvoice, type EinvoiceSettings } from "./einvoice/viettel";
import { createLog, errorFields, type Log } from "./log";
import { startZaloStandIn } from "./dev/zalo-standin";
import { createCheckoutStatus } from "./payments/checkout-status";
import { ZALO_OAS } from "./seed/directory";
import { seedDirectory } from "./seed/seed";
import { settleStaleCheckouts } from "./services/checkout-sweep";
import { startInvoiceWorker } from "./services/invoices";
import { startNotificationWorker } from "./services/notification-delivery";
import { resealOaTokens } from "./services/token-reseal";
import { startUsageSweep } from "./services/usage-sweep";
import { operatorToken } from "./zns/operator-token";
import { createZns } from "./zns/zns";

/** How often top-ups whose Checkout callback never came are looked for. */
const CHECKOUT_SWEEP_MS = 60_000;
/** How often invoices waiting for the e-invoice provider are taken on. */
const INVOICE_WORKER_MS = 15_000;
/** Dev mode's e-invoice provider: the local stand-in, with these settings. */
const DEV_EINVOICE = {
  username: "dev-einvoice",
  password: "dev-einvoice-password",
  supplierTaxCode: "0303490096",
  templateCode: "1/001",
  series: "C26TZC",
};
/** How often holds past their expiry that no usage event captured are released. */
const USAGE_SWEEP_MS = 30_000;
/** The built console (npm run build:console), served at /console/. */
const CONSOLE_DIR = "dist-console";
/** How often notifications waiting for their Zalo message are taken on. */
const NOTIFICATION_WORKER_MS = 10_000;
/** How often OA tokens sealed under ZALO_TOKEN_KEY_PREVIOUS are sealed again under ZALO_TOKEN_KEY. */
const RESEAL_MS = 10 * 60_000;

/**
 * The API as configured: its database opened and migrated, its routes. In dev mode the database
 * is seeded and, unless ZALO_OAUTH_URL names one, a local stand-in plays Zalo's OA authorization,
 * another plays Zalo Checkout (the simulator's orders, callbacks and order status API) and, unless
 * EINVOICE_URL names the real one, another plays the e-invoice provider, and unless OIDC_ISSUER
 * names one, a local OpenID Connect provider signs the console's staff in, so a developer walks the
 * path a person takes in production.
 */
export async function openApi(
  config: Config,
  opts: { stopping?: () => boolean; log?: Log } = {},
): Promise<{ app: ReturnType<typeof createApp>; database: Database; close(): Promise<void> }> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    poolMax: config.databasePoolMax,
    dataDir: config.dataDir,
    // Under the migration lock: instances starting together seed once.
    prepare: config.authMode === "dev" ? seedDirectory : undefined,
  });
  const log = opts.log ?? createLog();
  const box = createTokenBox(config.zalo.tokenKeys);
  const { appId, appSecret } = config.zalo;
  const redirectUri = `${config.publicUrl}/api/oa-grants/callback`;
  const standIn =
    config.zalo.oauthUrl && config.zalo.openApiUrl
      ? null
      : await startZaloStandIn({ appId, appSecret, redirectUri, oas: ZALO_OAS });
  const zaloOa = createZaloOa({
    oauthUrl: config.zalo.oauthUrl ?? standIn!.url,
    openApiUrl: config.zalo.openApiUrl ?? standIn!.url,
    appId,
    appSecret,
    devHints: standIn !== null,
  });
  const { checkoutKey } = config.payments;
  // Dev mode plays Zalo Checkout too: orders, callbacks and the order status API, over HTTP.
  const checkoutStandIn =
    config.authMode === "dev"
      ? await startCheckoutStandIn({
          appId,
          privateKey: checkoutKey,
          callbackUrl: `${config.publicUrl}/api/payments/checkout/callback`,
          lateCallbackMs: 8000,
        })
      : null;
  const checkoutApiUrl = config.payments.checkoutApiUrl ?? checkoutStandIn?.url;
  const checkoutStatus = checkoutApiUrl
    ? createCheckoutStatus({ apiUrl: checkoutApiUrl, appId, privateKey: checkoutKey })
    : null;
  // The console's identity provider: dev mode plays the company's with a local OIDC provider.
  const consoleSettings = config.console;
  const oidcStandIn =
    !consoleSettings.issuer && config.authMode === "dev"
      ? await startOidcStandIn({
          people: DEV_IDP_PEOPLE,
          clients: [
            {
              clientId: consoleSettings.clientId,
              clientSecret: consoleSettings.clientSecret,
              redirectUris: [`${consoleSettings.publicUrl}/console/auth/callback`],
            },
          ],
        })
      : null;
  const app = createApp({
    db: database.db,
    authMode: config.authMode,
    sessionSecrets: config.sessionSecrets,
    graph: createZaloGraph({ baseUrl: config.zalo.graphUrl, appSecret: config.zalo.appSecret }),
    oaAuth: { zaloOa, box, publicUrl: config.publicUrl },
    payments: {
      appId,
      checkoutKey,
      checkoutStatus,
      devCheckout: checkoutStandIn,
      bankSecrets: config.payments.bankSecrets,
      bankBin: config.payments.bankBin,
      bankName: config.payments.bankName,
    },
    usageSecrets: config.usageSecrets,
    console: {
      oidc: {
        issuer: consoleSettings.issuer ?? oidcStandIn!.url,
        clientId: consoleSettings.clientId,
        clientSecret: consoleSettings.clientSecret,
        allowHttp: config.authMode === "dev",
      },
      publicUrl: consoleSettings.publicUrl,
      staticDir: CONSOLE_DIR,
      cookieSecret: config.sessionSecrets[0],
    },
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    limits: config.limits,
    pool: database.pool,
    stopping: opts.stopping,
    log,
  });
  // Invoices are written with every credit; they are issued where a provider is known. Zalo mode
  // without EINVOICE_* keeps them waiting (issuing), to be issued once it is set.
  const einvoiceStandIn =
    !config.einvoice && config.authMode === "dev"
      ? await startEinvoiceStandIn({ ...DEV_EINVOICE, sellerName: "Zalo Cloud Account (bản giả lập)" })
      : null;
  const einvoiceSettings: EinvoiceSettings | undefined =
    config.einvoice ?? (einvoiceStandIn ? { url: einvoiceStandIn.url, ...DEV_EINVOICE } : undefined);
  const invoiceWorker = einvoiceSettings
    ? startInvoiceWorker(database.db, createViettelEinvoice(einvoiceSettings), log, INVOICE_WORKER_MS)
    : null;
  // A pass at start: invoices a stopped or crashed instance left issuing are taken on at once.
  void invoiceWorker?.runNow();
  if (!invoiceWorker) {
    log.warn({ event: "invoices_waiting" }, "EINVOICE_* unset: invoices are written but not issued");
  }
  // Notifications are written with their events; their Zalo messages go out where an operator OA
  // is set (dev mode: the ZNS stand-in, the operator OA authorized through the Zalo stand-in).
  const zns = config.zns;
  const znsStandIn =
    zns && !zns.url && standIn
      ? await startZnsStandIn({
          tokenOk: (token) => standIn.tokenOa(token) === zns.operatorOaId,
          templates: zns.templates,
          noZalo: ["84909999999"],
        })
      : null;
  // Dev mode's operator OA is authorized through the Zalo stand-in, whichever ZNS it sends to.
  if (zns && standIn && config.authMode === "dev") {
    await authorizeDevOperatorOa(database.db, box, standIn, zns.operatorOaId);
  }
  if (znsStandIn) {
    log.info(
      { event: "zns_standin", url: `${znsStandIn.url}/dev/phone` },
      "ZNS stand-in: messages as a phone shows them",
    );
  }
  const znsUrl = zns?.url ?? znsStandIn?.url;
  const notificationWorker =
    zns && znsUrl
      ? startNotificationWorker(
          database.db,
          {
            zns: createZns({ url: znsUrl }),
            token: operatorToken({ db: database.db, box, zaloOa, oaId: zns.operatorOaId }),
            templates: zns.templates,
          },
          log,
          NOTIFICATION_WORKER_MS,
        )
      : null;
  void notificationWorker?.runNow();
  if (!notificationWorker) {
    log.warn(
      { event: "notifications_inbox_only" },
      "ZALO_OPERATOR_OA_ID unset: notifications reach the inbox, no Zalo message is sent",
    );
  }
  let sweep: NodeJS.Timeout | undefined;
  if (checkoutStatus) {
    sweep = setInterval(
      () =>
        void settleStaleCheckouts(database.db, checkoutStatus).catch((error) =>
          log.error({ event: "checkout_sweep", ...errorFields(error) }),
        ),
      CHECKOUT_SWEEP_MS,
    );
    sweep.unref();
  }
  const usageSweep = startUsageSweep(database.db, log, USAGE_SWEEP_MS);
  // A pass at start and then every few minutes: tokens an instance still on the previous key
  // sealed during a rolling deploy are moved too. It says what it did, and what it could not open.
  const reseal = (always: boolean) =>
    resealOaTokens(database.db, box).then(
      (result) => {
        if (always || result.resealed > 0 || result.left > 0) {
          log[result.left > 0 ? "error" : "info"]({ event: "oa_tokens_reseal", ...result });
        }
      },
      (error) => log.error({ event: "oa_tokens_reseal", ...errorFields(error) }),
    );
  void reseal(true);
  const resealing = setInterval(() => void reseal(false), RESEAL_MS);
  resealing.unref();
  return {
    app,
    database,
    close: async () => {
      clearInterval(sweep);
      clearInterval(resealing);
      await invoiceWorker?.stop();
      await usageSweep.stop();
      await notificationWorker?.stop();
      await znsStandIn?.stop();
      await einvoiceStandIn?.stop();
      await standIn?.stop();
      await checkoutStandIn?.stop();
      await oidcStandIn?.stop();
      await database.close();
    },
  };
}
