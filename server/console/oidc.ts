import * as client from "openid-client";
import type { ConsoleSettings } from "./settings";

export interface StaffIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface LoginStart {
  url: string;
  verifier: string;
  state: string;
  nonce: string;
}

/**
 * The console's OpenID Connect client (openid-client): authorization code with PKCE (S256), state
 * and nonce. The IdP's discovery document is read on the first sign-in, not at start-up, so an IdP
 * that is down delays no deploy; a failed read is tried again on the next sign-in.
 */
export function createStaffOidc(settings: ConsoleSettings) {
  const { issuer, clientId, clientSecret, allowHttp } = settings.oidc;
  const redirectUri = `${settings.publicUrl}/console/auth/callback`;
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(issuer), clientId, clientSecret, undefined, {
        execute: allowHttp ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };
  return {
    async start(): Promise<LoginStart> {
      const config = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid email profile",
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state,
        nonce,
      });
      return { url: url.href, verifier, state, nonce };
    },
    /** The code exchanged and the ID token checked (signature, issuer, audience, expiry, nonce) by the library. */
    async finish(
      callbackUrl: URL,
      expected: { verifier: string; state: string; nonce: string },
    ): Promise<StaffIdentity> {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.verifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      return {
        subject: claims.sub,
        email: typeof claims.email === "string" ? claims.email.toLowerCase() : null,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === "string" ? claims.name : null,
      };
    },
  };
}
export type StaffOidc = ReturnType<typeof createStaffOidc>;
