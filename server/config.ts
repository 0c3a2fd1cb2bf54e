import { z } from "zod";
import { validateTaxCode } from "../src/domain/tax-code";
import { NOTIFICATION_KINDS, type NotificationKind } from "../src/domain/notification-kinds";
import type { EinvoiceSettings } from "./einvoice/viettel";
import type { ZnsTemplates } from "./zns/templates";

const DEFAULT_GRAPH_URL = "https://graph.zalo.me";
const DEFAULT_OAUTH_URL = "https://oauth.zaloapp.com";
const DEFAULT_OPENAPI_URL = "https://openapi.zalo.me";
const DEFAULT_CHECKOUT_API_URL = "https://payment-mini.zalo.me";
const DEFAULT_ZNS_URL = "https://business.openapi.zalo.me";

/** ZNS_TEMPLATE_<KIND>_<LANG>: each kind's template id in each language. */
const TEMPLATE_ENV: Record<NotificationKind, string> = {
  lowBalance: "ZNS_TEMPLATE_LOW_BALANCE",
  balanceMovement: "ZNS_TEMPLATE_BALANCE_MOVEMENT",
  members: "ZNS_TEMPLATE_MEMBERS",
  assets: "ZNS_TEMPLATE_ASSETS",
  invoices: "ZNS_TEMPLATE_INVOICES",
};
const TEMPLATE_NAMES = Object.values(TEMPLATE_ENV).flatMap((name) => [`${name}_VI`, `${name}_EN`]);
/** Dev mode's operator OA and templates: the ZNS stand-in's. */
export const DEV_OPERATOR_OA_ID = "oa-zca-operator";
export const DEV_ZNS_TEMPLATES: ZnsTemplates = {
  lowBalance: { vi: "dev-low-balance-vi", en: "dev-low-balance-en" },
  balanceMovement: { vi: "dev-balance-movement-vi", en: "dev-balance-movement-en" },
  members: { vi: "dev-members-vi", en: "dev-members-en" },
  assets: { vi: "dev-assets-vi", en: "dev-assets-en" },
  invoices: { vi: "dev-invoices-vi" },
};

const envSchema = z.object({
  NODE_ENV: z.string().default("development"),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: z
    .string()
    .refine((url) => url === "" || isPostgresUrl(url), {
      message:
        "not a PostgreSQL URL: write it as postgres://user:password@host:5432/database, or unset it to use PGlite in DATA_DIR",
    })
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(500).default(20),
  AUTH_MODE: z.enum(["dev", "zalo"]).optional(),
  ZALO_APP_ID: z.string().optional(),
  ZALO_APP_SECRET: z.string().optional(),
  ZALO_GRAPH_URL: z.string().url().default(DEFAULT_GRAPH_URL),
  SESSION_SECRET: z.string().optional(),
  SESSION_SECRET_PREVIOUS: z.string().optional(),
  ZALO_OAUTH_URL: z.string().url().optional(),
  ZALO_OPENAPI_URL: z.string().url().optional(),
  ZALO_TOKEN_KEY: z.string().optional(),
  ZALO_TOKEN_KEY_PREVIOUS: z.string().optional(),
  API_PUBLIC_URL: z.string().url().optional(),
  CHECKOUT_PRIVATE_KEY: z.string().optional(),
  CHECKOUT_API_URL: z.string().url().optional(),
  BANK_WEBHOOK_SECRET: z.string().optional(),
  BANK_WEBHOOK_SECRET_PREVIOUS: z.string().optional(),
  USAGE_WEBHOOK_SECRET: z.string().optional(),
  USAGE_WEBHOOK_SECRET_PREVIOUS: z.string().optional(),
  BANK_BIN: z
    .string()
    .regex(/^\d{6}$/, "a 6-digit bank BIN")
    .default("970436"),
  BANK_NAME: z.string().min(1).default("Vietcombank"),
  EINVOICE_URL: z.string().url().optional(),
  EINVOICE_USERNAME: z.string().min(1).optional(),
  EINVOICE_PASSWORD: z.string().min(1).optional(),
  EINVOICE_SUPPLIER_TAX_CODE: z
    .string()
    .refine((code) => validateTaxCode(code).ok, "not a valid Vietnamese tax code")
    .optional(),
  EINVOICE_TEMPLATE_CODE: z.string().min(1).optional(),
  EINVOICE_SERIES: z.string().min(1).optional(),
  ZALO_ZNS_URL: z.string().url().optional(),
  ZALO_OPERATOR_OA_ID: z.string().min(1).optional(),
  ...Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, z.string().min(1).optional()])),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  CONSOLE_PUBLIC_URL: z.string().url().optional(),
  CORS_ORIGINS: z.string().optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SIGN_INS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  BAD_MACS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
});

/**
 * A secret that can be rotated without downtime: the first signs or seals, every one is accepted
 * (the current one, then `<NAME>_PREVIOUS` while a rotation is under way: docs/deploy.md).
 */
export type Keyring = [current: string, ...others: string[]];

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
    /** Seal OA tokens at rest (AES-256-GCM, 32 bytes each). */
    tokenKeys: Keyring;
  };
  /** Where Zalo sends a person back after they authorize an OA (origin of /api/oa-grants/callback). */
  publicUrl: string;
  sessionSecrets: Keyring;
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
    /** Sign the bank's transfer notices. */
    bankSecrets: Keyring;
    /** The bank of every ZCA's dedicated transfer account number. */
    bankBin: string;
    bankName: string;
  };
  /** Sign Zalo's usage holds and events (POST /api/usage/holds, /events). */
  usageSecrets: Keyring;
  /**
   * The e-invoice provider (Viettel S-Invoice). Unset: dev mode plays it with a local stand-in;
   * in zalo mode invoices are written and wait, unissued, until it is set.
   */
  einvoice?: EinvoiceSettings;
  /**
   * The notifications' Zalo messages: the operator OA that sends them and a template per kind.
   * Dev mode: the ZNS stand-in (url unset) with its templates. Zalo mode without
   * ZALO_OPERATOR_OA_ID: notifications reach the inbox and no Zalo message is sent.
   */
  zns?: { url?: string; operatorOaId: string; templates: ZnsTemplates };
  /**
   * The operator's console (docs/operations.md): staff sign in through the company's OpenID
   * Connect provider. Dev mode: issuer unset, the local stand-in (server/dev/oidc-standin.ts) plays it.
   */
  console: {
    issuer?: string;
    clientId: string;
    clientSecret: string;
    /** Where staff open the console: https://ops.example.vn (its /console/auth/callback is registered at the IdP). */
    publicUrl: string;
  };
}

const EINVOICE_SETTINGS = [
  "EINVOICE_URL",
  "EINVOICE_USERNAME",
  "EINVOICE_PASSWORD",
  "EINVOICE_SUPPLIER_TAX_CODE",
  "EINVOICE_TEMPLATE_CODE",
  "EINVOICE_SERIES",
] as const;

// Zalo serves mini apps from these origins; the dev server runs on localhost.
const ZALO_ORIGINS = ["https://h5.zdn.vn", "https://h5.zalo.me", "zbrowser://h5.zdn.vn"];
const DEV_ORIGINS = ["http://localhost:3000", "http://localhost:4173"];
const DEV_PUBLIC_URL = "http://localhost:3000";
const DEV_APP_ID = "dev-mini-app";
/** Dev mode's stand-ins for every secret: known to anyone who reads this file, so never used in zalo mode. */
const DEV = {
  SESSION_SECRET: "dev-only-session-secret-not-for-production",
  ZALO_TOKEN_KEY: "ZGV2LW9ubHktdG9rZW4ta2V5LW5vdC1mb3ItcHJvZCE=",
  ZALO_APP_SECRET: "dev-mini-app-secret",
  CHECKOUT_PRIVATE_KEY: "dev-only-checkout-private-key",
  BANK_WEBHOOK_SECRET: "dev-only-bank-webhook-secret",
  USAGE_WEBHOOK_SECRET: "dev-only-usage-webhook-secret",
  OIDC_CLIENT_SECRET: "dev-only-console-client-secret",
};
/** Dev mode's console client at its identity provider stand-in. */
export const DEV_OIDC_CLIENT_ID = "zca-console-dev";
const DEV_VALUES = new Set<string>([DEV_APP_ID, ...Object.values(DEV)]);

/** What zalo mode needs, whatever NODE_ENV says. */
const REQUIRED_IN_ZALO_MODE = [
  "ZALO_APP_ID",
  "ZALO_APP_SECRET",
  "SESSION_SECRET",
  "ZALO_TOKEN_KEY",
  "API_PUBLIC_URL",
  "CHECKOUT_PRIVATE_KEY",
  "BANK_WEBHOOK_SECRET",
  "USAGE_WEBHOOK_SECRET",
  "OIDC_ISSUER",
  "OIDC_CLIENT_ID",
  "OIDC_CLIENT_SECRET",
  "CONSOLE_PUBLIC_URL",
] as const;
/** Our own secrets (each with its `_PREVIOUS`), which zalo mode wants long enough not to be guessed. */
const OWN_SECRETS = ["SESSION_SECRET", "BANK_WEBHOOK_SECRET", "USAGE_WEBHOOK_SECRET"] as const;
const MIN_SECRET_LENGTH = 32;

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
  for (const name of ["ZALO_TOKEN_KEY", "ZALO_TOKEN_KEY_PREVIOUS"] as const) {
    const key = e[name];
    if (key && !isTokenKey(key)) {
      throw new ConfigError(
        `Refusing to start: ${name} must be 32 bytes, as 64 hex digits or base64: make one with \`openssl rand -hex 32\`.`,
      );
    }
  }
  // Zalo mode is production, whatever NODE_ENV says: no secret falls back to a value in this file.
  if (authMode === "zalo") checkZaloModeSecrets(e);
  const einvoice = einvoiceSettings(e);

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
      appId: e.ZALO_APP_ID || DEV_APP_ID,
      appSecret: e.ZALO_APP_SECRET || DEV.ZALO_APP_SECRET,
      graphUrl: e.ZALO_GRAPH_URL,
      oauthUrl: e.ZALO_OAUTH_URL ?? (authMode === "zalo" ? DEFAULT_OAUTH_URL : undefined),
      openApiUrl: e.ZALO_OPENAPI_URL ?? (authMode === "zalo" ? DEFAULT_OPENAPI_URL : undefined),
      tokenKeys: keyring(e, "ZALO_TOKEN_KEY"),
    },
    publicUrl: (e.API_PUBLIC_URL ?? DEV_PUBLIC_URL).replace(/\/+$/, ""),
    sessionSecrets: keyring(e, "SESSION_SECRET"),
    corsOrigins: [...ZALO_ORIGINS, ...(production ? [] : DEV_ORIGINS), ...extraOrigins],
    trustProxy: e.TRUST_PROXY,
    limits: {
      signInPerMinute: e.SIGN_INS_PER_MINUTE,
      writesPerMinute: e.WRITES_PER_MINUTE,
      badMacsPerMinute: e.BAD_MACS_PER_MINUTE,
    },
    payments: {
      checkoutKey: e.CHECKOUT_PRIVATE_KEY || DEV.CHECKOUT_PRIVATE_KEY,
      checkoutApiUrl: e.CHECKOUT_API_URL ?? (authMode === "zalo" ? DEFAULT_CHECKOUT_API_URL : undefined),
      bankSecrets: keyring(e, "BANK_WEBHOOK_SECRET"),
      bankBin: e.BANK_BIN,
      bankName: e.BANK_NAME,
    },
    usageSecrets: keyring(e, "USAGE_WEBHOOK_SECRET"),
    einvoice,
    zns: znsSettings(e, authMode),
    console: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID || DEV_OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET || DEV.OIDC_CLIENT_SECRET,
      publicUrl: (e.CONSOLE_PUBLIC_URL ?? `http://localhost:${e.API_PORT}`).replace(/\/+$/, ""),
    },
  };
}

function znsSettings(e: Env, authMode: "dev" | "zalo"): Config["zns"] {
  const templateOf = (name: string) => (e as unknown as Record<string, string | undefined>)[name];
  if (authMode === "dev" && !e.ZALO_OPERATOR_OA_ID) {
    return { url: e.ZALO_ZNS_URL, operatorOaId: DEV_OPERATOR_OA_ID, templates: DEV_ZNS_TEMPLATES };
  }
  if (!e.ZALO_OPERATOR_OA_ID) return undefined;
  const missing = NOTIFICATION_KINDS.map((kind) => `${TEMPLATE_ENV[kind]}_VI`).filter(
    (name) => !templateOf(name),
  );
  if (missing.length > 0) {
    throw new ConfigError(
      `Refusing to start: ZALO_OPERATOR_OA_ID sends notifications with a Vietnamese template per kind: set ${missing.join(", ")} (README, "Configuration").`,
    );
  }
  const templates = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => {
      const en = templateOf(`${TEMPLATE_ENV[kind]}_EN`);
      return [kind, { vi: templateOf(`${TEMPLATE_ENV[kind]}_VI`)!, ...(en ? { en } : {}) }];
    }),
  ) as ZnsTemplates;
  return {
    url: e.ZALO_ZNS_URL ?? (authMode === "zalo" ? DEFAULT_ZNS_URL : undefined),
    operatorOaId: e.ZALO_OPERATOR_OA_ID,
    templates,
  };
}

/** The provider's settings: all of them or none, never half a provider. */
function einvoiceSettings(e: Env): EinvoiceSettings | undefined {
  const missing = EINVOICE_SETTINGS.filter((name) => !e[name]);
  if (missing.length === EINVOICE_SETTINGS.length) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(
      `Refusing to start: the e-invoice provider also needs ${missing.join(", ")} (README, "Configuration").`,
    );
  }
  return {
    url: e.EINVOICE_URL!,
    username: e.EINVOICE_USERNAME!,
    password: e.EINVOICE_PASSWORD!,
    supplierTaxCode: e.EINVOICE_SUPPLIER_TAX_CODE!,
    templateCode: e.EINVOICE_TEMPLATE_CODE!,
    series: e.EINVOICE_SERIES!,
  };
}

type Env = z.output<typeof envSchema>;

/** `<name>` (dev mode's value when unset), then `<name>_PREVIOUS` when set. */
function keyring(
  e: Env,
  name: "SESSION_SECRET" | "ZALO_TOKEN_KEY" | "BANK_WEBHOOK_SECRET" | "USAGE_WEBHOOK_SECRET",
): Keyring {
  const previous = e[`${name}_PREVIOUS`];
  return [e[name] || DEV[name], ...(previous ? [previous] : [])];
}

function checkZaloModeSecrets(e: Env): void {
  const missing = REQUIRED_IN_ZALO_MODE.filter((name) => !e[name]?.trim());
  if (missing.length > 0) {
    throw new ConfigError(
      `Refusing to start: AUTH_MODE=zalo needs ${missing.join(", ")}: set ${missing.length > 1 ? "them" : "it"} (README, "Configuration").`,
    );
  }
  for (const name of ["OIDC_ISSUER", "CONSOLE_PUBLIC_URL"] as const) {
    if (!e[name]!.startsWith("https://")) {
      throw new ConfigError(`Refusing to start: ${name} must be an https:// URL in AUTH_MODE=zalo.`);
    }
  }
  const secrets = [
    "ZALO_APP_ID",
    "ZALO_APP_SECRET",
    "CHECKOUT_PRIVATE_KEY",
    "OIDC_CLIENT_SECRET",
    ...OWN_SECRETS.flatMap((name) => [name, `${name}_PREVIOUS`] as const),
    "ZALO_TOKEN_KEY",
    "ZALO_TOKEN_KEY_PREVIOUS",
  ] as const;
  for (const name of secrets) {
    if (e[name] !== undefined && DEV_VALUES.has(e[name])) {
      throw new ConfigError(
        `Refusing to start: ${name} is dev mode's value, which anyone can read in the source: set the real one.`,
      );
    }
  }
  for (const name of OWN_SECRETS.flatMap((n) => [n, `${n}_PREVIOUS`] as const)) {
    const value = e[name];
    if (value !== undefined && value.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `Refusing to start: ${name} has ${value.length} characters; AUTH_MODE=zalo needs at least ${MIN_SECRET_LENGTH} random ones: make one with \`openssl rand -base64 48\`.`,
      );
    }
  }
}

function isTokenKey(key: string): boolean {
  if (/^[0-9a-f]{64}$/i.test(key)) return true;
  return /^[A-Za-z0-9+/]{43}=?$/.test(key) && Buffer.from(key, "base64").length === 32;
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "postgres:" || url.protocol === "postgresql:";
  } catch {
    return false;
  }
}
