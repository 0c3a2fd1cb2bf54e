/**
 * Secret values the e2e build runs with, so that a test can prove none of them reaches www/ (the
 * mini app package anyone can download). Vite only exposes VITE_* variables; this catches a
 * `define: { "process.env": … }` or a client import of server code.
 */
export const BUILD_SECRETS = {
  SESSION_SECRET: "canary-session-secret-3f9a61c0d7e24b58a1c6",
  ZALO_APP_SECRET: "canary-zalo-app-secret-8b2e4f17c9d05a36e8f1",
  DATABASE_URL: "postgres://canary:canary-db-password-5d71e2@127.0.0.1:1/zca",
  ZALO_TOKEN_KEY: "c4a9e1f07b3d58a2c6e90f14b7d3a85e2c6f90a14b7d3e58a2c6f90e14b7d3a85",
  USAGE_WEBHOOK_SECRET: "canary-usage-webhook-secret-6c2d90e4a1b7f358",
};
