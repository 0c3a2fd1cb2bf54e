/** What the console needs: its identity provider, the address staff open it at, and its files. */
export interface ConsoleSettings {
  oidc: {
    /** The IdP's issuer URL (its discovery document is under it). */
    issuer: string;
    clientId: string;
    clientSecret: string;
    /** Dev mode and tests: the local stand-in answers on http://127.0.0.1. Never in zalo mode. */
    allowHttp: boolean;
  };
  /** Where staff open the console (its origin is the only one a write may come from). */
  publicUrl: string;
  /** The built console (vite.console.config.ts → dist-console/); null serves no files. */
  staticDir: string | null;
  /** Sign the short-lived sign-in cookie (PKCE verifier, state, nonce): the session secret. */
  cookieSecret: string;
  /** The session clock (a test moves it); Date.now by default. */
  now?: () => number;
}

/** A console session ends 12 hours after sign-in, or after 30 minutes without a request. */
export const STAFF_SESSION_TTL_MS = 12 * 60 * 60_000;
export const STAFF_SESSION_IDLE_MS = 30 * 60_000;
export const STAFF_COOKIE = "zca_staff";
