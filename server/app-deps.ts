import type { ConsoleSettings } from "./console/settings";
import type { Log } from "./log";
import type pg from "pg";
import type { Db } from "./db/client";
import type { ZaloGraph } from "./auth/zalo-graph";
import type { CheckoutStandIn } from "./dev/checkout-standin";
import type { Ctx } from "./http";
import type { RateLimiters, RateLimits } from "./middleware/rate-limit";
import type { CheckoutStatus } from "./payments/checkout-status";
import type { OaAuthDeps } from "./services/oa-grants";

/** What the API is made of: its database, Zalo's services, its keys and its limits. */
export interface AppDeps {
  db: Db;
  authMode: "dev" | "zalo";
  /** Sign session tokens: the first signs, every one is accepted (SESSION_SECRET, then _PREVIOUS). */
  sessionSecrets: readonly string[];
  graph: ZaloGraph;
  /** Zalo's OA authorization: how a person proves they administer an OA. */
  oaAuth: Omit<OaAuthDeps, "db">;
  /** Zalo Checkout and bank transfers: the keys that sign and check them, and the bank. */
  payments: {
    appId: string;
    checkoutKey: string;
    /** Check the bank's notices: any one of them signs a genuine notice (BANK_WEBHOOK_SECRET, then _PREVIOUS). */
    bankSecrets: readonly string[];
    bankBin: string;
    bankName: string;
    /** Checkout's order status API, asked when the app says its sheet closed; none when absent. */
    checkoutStatus?: CheckoutStatus | null;
    /** Dev mode: the local stand-in for Zalo Checkout that the payment simulator plays through. */
    devCheckout?: CheckoutStandIn | null;
  };
  /** Check Zalo's usage holds and events: any one of them signs (USAGE_WEBHOOK_SECRET, then _PREVIOUS). */
  usageSecrets: readonly string[];
  corsOrigins: string[];
  limits?: RateLimits;
  /** PostgreSQL's pool, where every instance counts rate limits; null or absent on PGlite. */
  pool?: pg.Pool | null;
  /** True once the process has been told to stop: /ready says so and answers close their connection. */
  stopping?: () => boolean;
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustProxy?: number;
  /** The operator's console (/console/): its IdP and files; absent, no /console route answers. */
  console?: ConsoleSettings;
  /** Where lines go: stdout (createLog()) when absent. */
  log?: Log;
}

/** What createApp hands both routers: the deps, and what it made of them once. */
export interface RouterDeps extends AppDeps {
  stopping: () => boolean;
  limiters: RateLimiters;
  /** The address a request came from, for rate limits (TRUST_PROXY applied). */
  address(c: Ctx): string;
}
