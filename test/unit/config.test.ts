import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config";

const PROD_OK = {
  NODE_ENV: "production",
  ZALO_APP_ID: "1234567890",
  ZALO_APP_SECRET: "app-secret",
  SESSION_SECRET: "s".repeat(32),
  ZALO_TOKEN_KEY: "ab".repeat(32),
  API_PUBLIC_URL: "https://api.example.vn/",
  CHECKOUT_PRIVATE_KEY: "checkout-private-key",
  BANK_WEBHOOK_SECRET: "b".repeat(32),
  USAGE_WEBHOOK_SECRET: "u".repeat(32),
  OIDC_ISSUER: "https://idp.example.vn",
  OIDC_CLIENT_ID: "prod-console",
  OIDC_CLIENT_SECRET: "prod-console-client-secret",
  CONSOLE_PUBLIC_URL: "https://ops.example.vn",
};
/** Zalo mode without NODE_ENV=production: the same rules. */
const ZALO_OK = { ...PROD_OK, NODE_ENV: "development", AUTH_MODE: "zalo" };
/** Dev mode's values in server/config.ts, which anyone can read. */
const DEV_VALUES = {
  ZALO_APP_ID: "dev-mini-app",
  ZALO_APP_SECRET: "dev-mini-app-secret",
  SESSION_SECRET: "dev-only-session-secret-not-for-production",
  ZALO_TOKEN_KEY: "ZGV2LW9ubHktdG9rZW4ta2V5LW5vdC1mb3ItcHJvZCE=",
  CHECKOUT_PRIVATE_KEY: "dev-only-checkout-private-key",
  BANK_WEBHOOK_SECRET: "dev-only-bank-webhook-secret",
  USAGE_WEBHOOK_SECRET: "dev-only-usage-webhook-secret",
  OIDC_CLIENT_SECRET: "dev-only-console-client-secret",
};

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("loadConfig accepted the environment");
}

describe("loadConfig", () => {
  it("starts a developer in dev mode with the embedded database and local origins", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ production: false, authMode: "dev", port: 8787, dataDir: ".data" });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.corsOrigins).toContain("http://localhost:3000");
    expect(config.corsOrigins).toContain("https://h5.zdn.vn");
    expect(config.zalo.graphUrl).toBe("https://graph.zalo.me");
  });

  it("asks Zalo's Checkout status API in zalo mode, and no one in dev mode unless told where", () => {
    expect(loadConfig({}).payments.checkoutApiUrl).toBeUndefined();
    expect(loadConfig(PROD_OK).payments.checkoutApiUrl).toBe("https://payment-mini.zalo.me");
    expect(loadConfig({ CHECKOUT_API_URL: "http://127.0.0.1:9999" }).payments.checkoutApiUrl).toBe(
      "http://127.0.0.1:9999",
    );
  });

  it("refuses dev mode in production", () => {
    expect(refusal({ ...PROD_OK, AUTH_MODE: "dev" })).toMatch(/AUTH_MODE=dev is not allowed/);
  });

  it("defaults production to zalo mode and then needs every secret, naming the missing ones", () => {
    const message = refusal({ NODE_ENV: "production" });
    expect(message).toContain("ZALO_APP_ID");
    expect(message).toContain("ZALO_APP_SECRET");
    expect(message).toContain("SESSION_SECRET");
    expect(message).toContain("ZALO_TOKEN_KEY");
    expect(message).toContain("API_PUBLIC_URL");
  });

  it("refuses zalo mode without the app secret, even outside production", () => {
    const message = refusal({ AUTH_MODE: "zalo", ZALO_APP_ID: "1", SESSION_SECRET: "x" });
    expect(message).toContain("ZALO_APP_SECRET");
    expect(message).not.toContain("ZALO_APP_ID");
  });

  it("refuses a short session secret in production", () => {
    expect(refusal({ ...PROD_OK, SESSION_SECRET: "short" })).toMatch(
      /SESSION_SECRET has 5 characters; .*at least 32/,
    );
  });

  it.each([
    ["a port that is not a number", { API_PORT: "http" }],
    ["a port out of range", { API_PORT: "70000" }],
    ["an unknown auth mode", { AUTH_MODE: "open" }],
    ["a Graph URL that is not a URL", { ZALO_GRAPH_URL: "graph.zalo.me" }],
    ["a proxy count that is not a number", { TRUST_PROXY: "yes" }],
    ["a negative proxy count", { TRUST_PROXY: "-1" }],
  ])("refuses %s", (_label, env) => {
    expect(refusal(env)).toMatch(/Invalid environment/);
  });

  it("accepts a complete production setup: zalo mode, no localhost origins, extra origins added", () => {
    const config = loadConfig({
      ...PROD_OK,
      API_PORT: "9000",
      DATABASE_URL: "postgres://db/zca",
      CORS_ORIGINS: " https://admin.example.vn , ,https://ops.example.vn",
    });
    expect(config).toMatchObject({
      production: true,
      authMode: "zalo",
      port: 9000,
      databaseUrl: "postgres://db/zca",
    });
    expect(config.zalo).toMatchObject({
      appId: "1234567890",
      appSecret: "app-secret",
      oauthUrl: "https://oauth.zaloapp.com",
      openApiUrl: "https://openapi.zalo.me",
      tokenKeys: [PROD_OK.ZALO_TOKEN_KEY],
    });
    expect(config.publicUrl).toBe("https://api.example.vn");
    expect(config.sessionSecrets).toEqual([PROD_OK.SESSION_SECRET]);
    expect(config.corsOrigins).not.toContain("http://localhost:3000");
    expect(config.corsOrigins).toEqual(
      expect.arrayContaining(["https://h5.zdn.vn", "https://admin.example.vn", "https://ops.example.vn"]),
    );
    expect(config.corsOrigins).not.toContain("");
  });

  it.each([
    ["too short", "ab".repeat(16)],
    ["not hex or base64", "z".repeat(64)],
  ])("refuses a ZALO_TOKEN_KEY that is %s", (_label, key) => {
    expect(refusal({ ...PROD_OK, ZALO_TOKEN_KEY: key })).toMatch(/ZALO_TOKEN_KEY must be 32 bytes/);
  });

  it("in dev mode leaves Zalo's OA authorization to the local stand-in, and sends people back to the dev server", () => {
    const config = loadConfig({});
    expect(config.zalo.oauthUrl).toBeUndefined();
    expect(config.zalo.openApiUrl).toBeUndefined();
    expect(config.publicUrl).toBe("http://localhost:3000");
  });

  it("believes no X-Forwarded-For unless TRUST_PROXY says how many proxies stand in front", () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
  });

  it("takes the pool size and the rate limits every instance counts against, with defaults", () => {
    expect(loadConfig({})).toMatchObject({
      databasePoolMax: 20,
      limits: { signInPerMinute: 30, writesPerMinute: 120 },
    });
    expect(
      loadConfig({ DATABASE_POOL_MAX: "10", SIGN_INS_PER_MINUTE: "5", WRITES_PER_MINUTE: "60" }),
    ).toMatchObject({ databasePoolMax: 10, limits: { signInPerMinute: 5, writesPerMinute: 60 } });
    expect(refusal({ DATABASE_POOL_MAX: "1" })).toMatch(/DATABASE_POOL_MAX/);
  });

  describe("AUTH_MODE=zalo is production whatever NODE_ENV says", () => {
    it("refuses SESSION_SECRET=x outside production, saying how long and how to make one", () => {
      const message = refusal({ ...ZALO_OK, SESSION_SECRET: "x" });
      expect(message).toContain("SESSION_SECRET has 1 characters");
      expect(message).toContain("at least 32");
      expect(message).toContain("openssl rand");
    });

    it("needs Checkout's key and the bank's secret outside production too, instead of dev mode's", () => {
      const { CHECKOUT_PRIVATE_KEY: _c, BANK_WEBHOOK_SECRET: _b, ...rest } = ZALO_OK;
      const message = refusal(rest);
      expect(message).toMatch(/AUTH_MODE=zalo needs CHECKOUT_PRIVATE_KEY, BANK_WEBHOOK_SECRET: set them/);
    });

    it.each(Object.keys(DEV_VALUES))("refuses dev mode's value as %s, naming it", (name) => {
      const value = DEV_VALUES[name as keyof typeof DEV_VALUES];
      expect(refusal({ ...ZALO_OK, [name]: value })).toMatch(
        new RegExp(`^Refusing to start: ${name} is dev mode's value`),
      );
    });

    it.each([
      "ZALO_APP_SECRET",
      "CHECKOUT_PRIVATE_KEY",
      "SESSION_SECRET",
      "BANK_WEBHOOK_SECRET",
      "USAGE_WEBHOOK_SECRET",
      "ZALO_TOKEN_KEY",
      "OIDC_CLIENT_ID",
      "OIDC_CLIENT_SECRET",
    ])("refuses an empty or blank %s", (name) => {
      expect(refusal({ ...ZALO_OK, [name]: "" })).toContain(`needs ${name}`);
      expect(refusal({ ...ZALO_OK, [name]: "   " })).toContain(name);
    });

    it.each([
      "BANK_WEBHOOK_SECRET",
      "USAGE_WEBHOOK_SECRET",
      "SESSION_SECRET_PREVIOUS",
      "BANK_WEBHOOK_SECRET_PREVIOUS",
      "USAGE_WEBHOOK_SECRET_PREVIOUS",
    ])("refuses a %s shorter than 32 characters", (name) => {
      expect(refusal({ ...ZALO_OK, [name]: "s".repeat(31) })).toContain(`${name} has 31 characters`);
    });

    it("takes Zalo's own keys as Zalo issues them (any length), and uses every secret as set", () => {
      const config = loadConfig({ ...ZALO_OK, ZALO_APP_SECRET: "zalo-secret", CHECKOUT_PRIVATE_KEY: "ck" });
      expect(config.zalo.appSecret).toBe("zalo-secret");
      expect(config.payments.checkoutKey).toBe("ck");
      expect(config.payments.bankSecrets).toEqual([ZALO_OK.BANK_WEBHOOK_SECRET]);
      expect(config.usageSecrets).toEqual([ZALO_OK.USAGE_WEBHOOK_SECRET]);
      expect(config.sessionSecrets).toEqual([ZALO_OK.SESSION_SECRET]);
      expect(config.zalo.tokenKeys).toEqual([ZALO_OK.ZALO_TOKEN_KEY]);
    });
  });

  describe("keys being rotated", () => {
    it("holds each secret's previous value after the current one, which signs and seals", () => {
      const config = loadConfig({
        ...ZALO_OK,
        SESSION_SECRET_PREVIOUS: "p".repeat(32),
        ZALO_TOKEN_KEY_PREVIOUS: "cd".repeat(32),
        BANK_WEBHOOK_SECRET_PREVIOUS: "q".repeat(32),
        USAGE_WEBHOOK_SECRET_PREVIOUS: "v".repeat(32),
      });
      expect(config.sessionSecrets).toEqual([ZALO_OK.SESSION_SECRET, "p".repeat(32)]);
      expect(config.zalo.tokenKeys).toEqual([ZALO_OK.ZALO_TOKEN_KEY, "cd".repeat(32)]);
      expect(config.payments.bankSecrets).toEqual([ZALO_OK.BANK_WEBHOOK_SECRET, "q".repeat(32)]);
      expect(config.usageSecrets).toEqual([ZALO_OK.USAGE_WEBHOOK_SECRET, "v".repeat(32)]);
    });

    it("refuses a ZALO_TOKEN_KEY_PREVIOUS that is not 32 bytes, in any mode", () => {
      expect(refusal({ ZALO_TOKEN_KEY_PREVIOUS: "abcd" })).toMatch(
        /ZALO_TOKEN_KEY_PREVIOUS must be 32 bytes/,
      );
    });
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL, saying what one looks like", () => {
    for (const url of ["not-a-url", "mysql://db/zca", "db.example.com:5432"]) {
      expect(refusal({ DATABASE_URL: url })).toMatch(
        /DATABASE_URL: not a PostgreSQL URL: write it as postgres:\/\/user:password@host:5432\/database/,
      );
    }
    expect(loadConfig({ DATABASE_URL: "postgresql://u:p@db:5432/zca" }).databaseUrl).toBe(
      "postgresql://u:p@db:5432/zca",
    );
  });

  it("treats an empty DATABASE_URL as none", () => {
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  describe("the operator's console", () => {
    it("plays the IdP locally in dev mode: no issuer, dev client, the console at the API's port", () => {
      expect(loadConfig({}).console).toEqual({
        issuer: undefined,
        clientId: "zca-console-dev",
        clientSecret: "dev-only-console-client-secret",
        publicUrl: "http://localhost:8787",
      });
    });

    it("takes the IdP and the console's address as set in zalo mode, and refuses them over http", () => {
      expect(loadConfig(ZALO_OK).console).toEqual({
        issuer: "https://idp.example.vn",
        clientId: "prod-console",
        clientSecret: "prod-console-client-secret",
        publicUrl: "https://ops.example.vn",
      });
      expect(refusal({ ...ZALO_OK, OIDC_ISSUER: "http://idp.example.vn" })).toContain(
        "OIDC_ISSUER must be an https:// URL",
      );
      expect(refusal({ ...ZALO_OK, CONSOLE_PUBLIC_URL: "http://ops.example.vn" })).toContain(
        "CONSOLE_PUBLIC_URL must be an https:// URL",
      );
    });
  });
});
