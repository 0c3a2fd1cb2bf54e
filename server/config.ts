import { z } from "zod";

const DEFAULT_GRAPH_URL = "https://graph.zalo.me";
const DEFAULT_OAUTH_URL = "https://oauth.zaloapp.com";
const DEFAULT_OPENAPI_URL = "https://openapi.zalo.me";
const DEFAULT_CHECKOUT_API_URL = "https://payment-mini.zalo.me";

const envSchema = z.object({
  NODE_ENV: z.string().default("development"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().default(".data"),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(500).default(20),
  AUTH_MODE: z.enum(["dev", "zalo"]).optional(),
  ZALO_APP_ID: z.string().optional(),
  ZALO_APP_SECRET: z.string().optional(),
  ZALO_GRAPH_URL: z.string().url().default(DEFAULT_GRAPH_URL),
  SESSION_SECRET: z.string().optional(),
  ZALO_OAUTH_URL: z.string().url().optional(),
  ZALO_OPENAPI_URL: z.string().url().optional(),
  ZALO_TOKEN_KEY: z.string().optional(),
  API_PUBLIC_URL: z.string().url().optional(),
  CHECKOUT_PRIVATE_KEY: z.string().optional(),
  CHECKOUT_API_URL: z.string().url().optional(),
  BANK_WEBHOOK_SECRET: z.string().optional(),
  BANK_BIN: z
    .string()
    .regex(/^\d{6}$/, "a 6-digit bank BIN")
    .default("970436"),
  BANK_NAME: z.string().min(1).default("Vietcombank"),
  CORS_ORIGINS: z.string().optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SIGN_INS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  BAD_MACS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
});

export interface Config {
  production: boolean;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** Connections this instance keeps to PostgreSQL at most (instances × this ≤ max_connections). */
  databasePoolMax: number;
  authMode: "dev" | "zalo";
  zalo: {
    appId: string;
    appSecret: string;
    graphUrl: string;
    /** Zalo's OA authorization and OA API; unset in dev mode, where a local stand-in plays them. */
    oauthUrl?: string;
    openApiUrl?: string;
    /** Seals OA tokens at rest (AES-256-GCM, 32 bytes). */
    tokenKey: string;
  };
  /** Where Zalo sends a person back after they authorize an OA (origin of /api/oa-grants/callback). */
  publicUrl: string;
  sessionSecret: string;
  corsOrigins: string[];
  /** How many reverse proxies stand in front of the API (their X-Forwarded-For is believed). */
  trustProxy: number;
  /**
   * Rate limits, counted across every instance: sign-ins per address, writes per person and per
   * address, payment callbacks and bank notices failing their signature per address.
   */
  limits: { signInPerMinute: number; writesPerMinute: number; badMacsPerMinute: number };
  payments: {
    /** Zalo Checkout's private key: signs orders (MAC) and checks Zalo's callbacks. */
    checkoutKey: string;
    /**
     * Zalo Checkout's order status API, asked about a top-up whose callback never came; unset in
     * dev mode (the simulator's orders are not Zalo's), where no one is asked.
     */
    checkoutApiUrl?: string;
    /** Signs the bank's transfer notices. */
    bankSecret: string;
    /** The bank of every ZCA's dedicated transfer account number. */
    bankBin: string;
    bankName: string;
  };
}

// Zalo serves mini apps from these origins; the dev server runs on localhost.
const ZALO_ORIGINS = ["https://h5.zdn.vn", "https://h5.zalo.me", "zbrowser://h5.zdn.vn"];
const DEV_ORIGINS = ["http://localhost:3000", "http://localhost:4173"];
const DEV_SESSION_SECRET = "dev-only-session-secret-not-for-production";
const DEV_TOKEN_KEY = "ZGV2LW9ubHktdG9rZW4ta2V5LW5vdC1mb3ItcHJvZCE=";
const DEV_PUBLIC_URL = "http://localhost:3000";
const DEV_APP_ID = "dev-mini-app";
const DEV_APP_SECRET = "dev-mini-app-secret";
const DEV_CHECKOUT_KEY = "dev-only-checkout-private-key";
const DEV_BANK_SECRET = "dev-only-bank-webhook-secret";

export class ConfigError extends Error {}

/** Reads the environment; refuses settings that would be unsafe in production. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${fields.join("; ")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const authMode = e.AUTH_MODE ?? (production ? "zalo" : "dev");
  if (production && authMode === "dev") {
    throw new ConfigError("Refusing to start: AUTH_MODE=dev is not allowed when NODE_ENV=production.");
  }
  if (authMode === "zalo") {
    const missing = [
      "ZALO_APP_ID",
      "ZALO_APP_SECRET",
      "SESSION_SECRET",
      "ZALO_TOKEN_KEY",
      "API_PUBLIC_URL",
    ].filter((k) => !env[k]);
    if (missing.length > 0) {
      throw new ConfigError(`Refusing to start: AUTH_MODE=zalo needs ${missing.join(", ")}.`);
    }
  }
  if (e.ZALO_TOKEN_KEY && !isTokenKey(e.ZALO_TOKEN_KEY)) {
    throw new ConfigError("Refusing to start: ZALO_TOKEN_KEY must be 32 bytes, as 64 hex digits or base64.");
  }
  if (production) {
    const missing = ["CHECKOUT_PRIVATE_KEY", "BANK_WEBHOOK_SECRET"].filter((k) => !env[k]);
    if (missing.length > 0) {
      throw new ConfigError(`Refusing to start: production needs ${missing.join(", ")} to take payments.`);
    }
  }
  if (production && (e.SESSION_SECRET?.length ?? 0) < 32) {
    throw new ConfigError("Refusing to start: SESSION_SECRET must be at least 32 characters in production.");
  }
  const extraOrigins =
    e.CORS_ORIGINS?.split(",")
      .map((o) => o.trim())
      .filter(Boolean) ?? [];
  return {
    production,
    port: e.API_PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || undefined,
    databasePoolMax: e.DATABASE_POOL_MAX,
    authMode,
    zalo: {
      appId: e.ZALO_APP_ID ?? DEV_APP_ID,
      appSecret: e.ZALO_APP_SECRET ?? DEV_APP_SECRET,
      graphUrl: e.ZALO_GRAPH_URL,
      oauthUrl: e.ZALO_OAUTH_URL ?? (authMode === "zalo" ? DEFAULT_OAUTH_URL : undefined),
      openApiUrl: e.ZALO_OPENAPI_URL ?? (authMode === "zalo" ? DEFAULT_OPENAPI_URL : undefined),
      tokenKey: e.ZALO_TOKEN_KEY ?? DEV_TOKEN_KEY,
    },
    publicUrl: (e.API_PUBLIC_URL ?? DEV_PUBLIC_URL).replace(/\/+$/, ""),
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    corsOrigins: [...ZALO_ORIGINS, ...(production ? [] : DEV_ORIGINS), ...extraOrigins],
    trustProxy: e.TRUST_PROXY,
    limits: {
      signInPerMinute: e.SIGN_INS_PER_MINUTE,
      writesPerMinute: e.WRITES_PER_MINUTE,
      badMacsPerMinute: e.BAD_MACS_PER_MINUTE,
    },
    payments: {
      checkoutKey: e.CHECKOUT_PRIVATE_KEY ?? DEV_CHECKOUT_KEY,
      checkoutApiUrl: e.CHECKOUT_API_URL ?? (authMode === "zalo" ? DEFAULT_CHECKOUT_API_URL : undefined),
      bankSecret: e.BANK_WEBHOOK_SECRET ?? DEV_BANK_SECRET,
      bankBin: e.BANK_BIN,
      bankName: e.BANK_NAME,
    },
  };
}

function isTokenKey(key: string): boolean {
  if (/^[0-9a-f]{64}$/i.test(key)) return true;
  return /^[A-Za-z0-9+/]{43}=?$/.test(key) && Buffer.from(key, "base64").length === 32;
}
