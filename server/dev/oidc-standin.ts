import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";

export interface IdpPerson {
  sub: string;
  email: string;
  name: string;
}

export interface OidcClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface OidcStandIn {
  /** The issuer: where discovery (/.well-known/openid-configuration) is. */
  url: string;
  stop(): Promise<void>;
}

const SCOPE = "openid email profile";

/**
 * Dev mode's and the tests' identity provider for the console: a real OpenID Connect provider
 * (oidc-provider) with authorization code + PKCE, whose login page lists `people` to pick one
 * from (no password: it is the stand-in for the company's Google Workspace or Keycloak). Listens
 * on 127.0.0.1, on `port` or a free one; the issuer is `issuer` when given (a proxy in front).
 */
export async function startOidcStandIn(opts: {
  people: readonly IdpPerson[];
  clients: readonly OidcClient[];
  port?: number;
  issuer?: string;
}): Promise<OidcStandIn> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const url = opts.issuer ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const byId = new Map(opts.people.map((p) => [p.sub, p]));
  // Loaded only here: dev mode and tests. oidc-provider 9 asks for Node 22 (it warns on 20, where
  // it works), and production never starts it.
  const { default: OidcProvider } = await import("oidc-provider");
  const provider = new OidcProvider(url, {
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    })),
    findAccount: (_ctx: unknown, sub: string) => {
      const person = byId.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: person.email, email_verified: true, name: person.name }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    scopes: SCOPE.split(" "),
    // Email and name in the ID token, as Google Workspace and Keycloak put them.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    jwks: {
      keys: [
        {
          ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }),
          use: "sig",
          alg: "RS256",
        },
      ],
    },
    ttl: {
      Session: 8 * 3600,
      Interaction: 600,
      Grant: 8 * 3600,
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
    },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // The console is the operator's own client: no consent screen, the scopes it asks are granted.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, result, provider: p } = ctx.oidc;
      const existing = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (existing) return p.Grant.find(existing);
      const grant = new p.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
  });
  const oidc = provider.callback();
  handle = (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? "");
    if (!match) return oidc(req, res);
    const answer = match[2] ? login(provider, req, res) : loginPage(provider, opts.people, req, res);
    answer.catch((error: unknown) => {
      res.statusCode = 400;
      res.end(error instanceof Error ? error.message : "interaction failed");
    });
  };
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The IdP's own login page: one button per person it knows. */
async function loginPage(
  provider: Provider,
  people: readonly IdpPerson[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { uid } = await provider.interactionDetails(req, res);
  const buttons = people
    .map(
      (p) =>
        `<li><button type="submit" name="sub" value="${escapeHtml(p.sub)}">${escapeHtml(p.name)} <small>${escapeHtml(p.email)}</small></button></li>`,
    )
    .join("");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập (nhà cung cấp danh tính giả lập)</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f1f1f}
ul{list-style:none;padding:0}li{margin:.5rem 0}button{width:100%;text-align:left;padding:.75rem 1rem;font-size:1rem;border:1px solid #8c8c8c;border-radius:6px;background:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #0958d9;outline-offset:2px}small{display:block;color:#595959}</style></head>
<body><main><h1>Đăng nhập bằng tài khoản công ty</h1><p>Nhà cung cấp danh tính giả lập (chỉ ở chế độ phát triển). Chọn một người: / Dev identity provider: pick a person.</p>
<form method="post" action="/interaction/${escapeHtml(uid)}/login"><ul>${buttons}</ul></form></main></body></html>`);
}

async function login(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const sub = new URLSearchParams(Buffer.concat(chunks).toString("utf8")).get("sub") ?? "";
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: sub } },
    { mergeWithLastSubmission: false },
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
