import { createHash, randomBytes } from "node:crypto";
import { serveLocal } from "../listen";
import { Hono } from "hono";
import { html } from "hono/html";
import { isLang, type Lang } from "../../src/domain/languages";

/** An OA as Zalo knows it, with the Zalo users who administer it. */
export interface StandInOa {
  id: string;
  name: string;
  avatar?: string;
  verified: boolean;
  category: string;
  followers: number;
  admins: string[];
  /** Zalo's record of a ZCA the OA is linked to, outside the app. */
  linkedAccount?: string;
}

export interface StandInOptions {
  appId: string;
  appSecret: string;
  /** The one redirect_uri the app registered ("Official Account Callback Url"). */
  redirectUri: string;
  oas: StandInOa[];
  port?: number;
  /** Seconds an access token lives (Zalo: about 25 hours). */
  accessTtlSeconds?: number;
}

interface Code {
  oaId: string;
  challenge: string;
  expiresAt: number;
}

interface Token {
  oaId: string;
  expiresAt: number;
}

const CODE_TTL_MS = 10 * 60_000;
const random = () => randomBytes(24).toString("base64url");
const s256 = (verifier: string) => createHash("sha256").update(verifier).digest("base64url");

/**
 * A local stand-in for Zalo's OA authorization (OAuth v4 for Official Account) and OA API, for
 * dev mode and the tests. It checks what Zalo checks: the app id, the registered redirect_uri,
 * `secret_key`, PKCE S256, single-use codes that live ten minutes, single-use refresh tokens, and
 * answers errors the way Zalo does (HTTP 200, a negative `error`). Its permission page lists the
 * OAs the Zalo user administers ("dev_person" names them: the stand-in has no Zalo login, so a
 * forwarded page still names the person who opened it; a test names the one looking instead), in
 * the language "lang" names (Zalo's page speaks the Zalo app's language; the stand-in has none).
 * People reach it as they reach Zalo's: through the API's single-use link, which binds the grant
 * to their browser before redirecting here, and it sends them back to the API's callback.
 */
export async function startZaloStandIn(opts: StandInOptions) {
  const codes = new Map<string, Code>();
  const accessTokens = new Map<string, Token>();
  const refreshTokens = new Map<string, string>(); // refresh token → OA id
  const revoked = new Set<string>(); // OAs that withdrew the app's authorization
  const oaById = new Map(opts.oas.map((oa) => [oa.id, { ...oa }]));
  const accessTtl = opts.accessTtlSeconds ?? 90_000;
  const calls: { path: string; grantType?: string }[] = [];
  const issued: string[] = [];

  const zaloError = (error: number, name: string, description: string) => ({
    error,
    error_name: name,
    error_description: description,
  });

  function issue(oaId: string) {
    const access = random();
    const refresh = random();
    accessTokens.set(access, { oaId, expiresAt: Date.now() + accessTtl * 1000 });
    refreshTokens.set(refresh, oaId);
    issued.push(access, refresh);
    return { access_token: access, refresh_token: refresh, expires_in: String(accessTtl) };
  }

  const web = new Hono();

  web.get("/v4/oa/permission", (c) => {
    const q = c.req.query();
    calls.push({ path: "/v4/oa/permission" });
    const w = WORDS[isLang(q.lang) ? q.lang : "vi"];
    if (q.app_id !== opts.appId) return c.html(errorPage(w, -14001, "app_id"), 400);
    if (q.redirect_uri !== opts.redirectUri) return c.html(errorPage(w, -14003, "redirect_uri"), 400);
    if (!q.code_challenge || !q.state) return c.html(errorPage(w, -14004, "code_challenge, state"), 400);
    const mine = opts.oas.filter((oa) => oa.admins.includes(q.dev_person ?? ""));
    return c.html(permissionPage(w, mine, q));
  });

  web.get("/v4/oa/permission/decide", (c) => {
    const q = c.req.query();
    const target = new URL(opts.redirectUri);
    const oa = q.oa_id ? oaById.get(q.oa_id) : undefined;
    if (q.decision === "allow" && oa && oa.admins.includes(q.dev_person ?? "")) {
      const code = random();
      codes.set(code, {
        oaId: oa.id,
        challenge: q.code_challenge ?? "",
        expiresAt: Date.now() + CODE_TTL_MS,
      });
      revoked.delete(oa.id);
      target.search = new URLSearchParams({ code, oa_id: oa.id, state: q.state ?? "" }).toString();
    } else {
      target.search = new URLSearchParams({ error: "access_denied", state: q.state ?? "" }).toString();
    }
    return c.redirect(target.toString(), 302);
  });

  web.post("/v4/oa/access_token", async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    calls.push({ path: "/v4/oa/access_token", grantType: form.grant_type });
    if (c.req.header("secret_key") !== opts.appSecret) {
      return c.json(zaloError(-14002, "invalid_secret_key", "secret_key is invalid"));
    }
    if (form.app_id !== opts.appId) return c.json(zaloError(-14001, "invalid_app_id", "app_id is invalid"));
    if (form.grant_type === "authorization_code") {
      const code = codes.get(form.code ?? "");
      codes.delete(form.code ?? "");
      if (!code || code.expiresAt < Date.now()) {
        return c.json(zaloError(-14019, "invalid_code", "The code is invalid, used or expired"));
      }
      if (!form.code_verifier || s256(form.code_verifier) !== code.challenge) {
        return c.json(zaloError(-14020, "invalid_code_verifier", "code_verifier does not match"));
      }
      return c.json(issue(code.oaId));
    }
    if (form.grant_type === "refresh_token") {
      const oaId = refreshTokens.get(form.refresh_token ?? "");
      refreshTokens.delete(form.refresh_token ?? "");
      if (!oaId || revoked.has(oaId)) {
        return c.json(zaloError(-14014, "invalid_refresh_token", "The refresh token is invalid or used"));
      }
      return c.json(issue(oaId));
    }
    return c.json(zaloError(-14009, "invalid_grant_type", "grant_type is invalid"));
  });

  web.get("/v2.0/oa/getoa", (c) => {
    calls.push({ path: "/v2.0/oa/getoa" });
    const token = accessTokens.get(c.req.header("access_token") ?? "");
    if (!token || token.expiresAt < Date.now() || revoked.has(token.oaId)) {
      return c.json({ error: -216, message: "Access token is invalid" });
    }
    const oa = oaById.get(token.oaId)!;
    return c.json({
      error: 0,
      message: "Success",
      data: {
        oa_id: oa.id,
        name: oa.name,
        description: "",
        avatar: oa.avatar ?? "",
        cover: "",
        is_verified: oa.verified,
        oa_type: 2,
        cate_name: oa.category,
        num_follower: oa.followers,
        package_name: oa.verified ? "Gói Nâng cao" : "",
        package_valid_through_date: oa.verified ? "31/12/2027" : "",
        ...(oa.linkedAccount ? { linked_ZCA: { id: oa.linkedAccount } } : {}),
      },
    });
  });

  const { server, url } = await serveLocal(web.fetch, opts.port);

  return {
    url,
    /** Every request the stand-in answered, in order (tokens left out). */
    calls,
    /** Every access and refresh token it issued: none may leave the API's server. */
    issued,
    /** The OA whose live access token `access` is (the ZNS stand-in asks), or null. */
    tokenOa: (access: string): string | null => {
      const token = accessTokens.get(access);
      return token && token.expiresAt >= Date.now() && !revoked.has(token.oaId) ? token.oaId : null;
    },
    /** Tokens for an OA as if its admin had just authorized the app (dev mode's operator OA). */
    issueFor: (oaId: string) => issue(oaId),
    /** Every access token issued so far has run out (refresh tokens still work). */
    expireAccessTokens: () => {
      for (const token of accessTokens.values()) token.expiresAt = 0;
    },
    /** The OA withdraws the app's authorization: its refresh and access tokens stop working. */
    revoke: (oaId: string) => revoked.add(oaId),
    /** Forgets every code, token, revocation, change and call: Zalo as it started. */
    reset: () => {
      for (const store of [codes, accessTokens, refreshTokens, revoked]) store.clear();
      calls.length = 0;
      issued.length = 0;
      for (const oa of opts.oas) oaById.set(oa.id, { ...oa });
    },
    /** Changes what Zalo says about an OA from now on. */
    update: (oaId: string, change: Partial<StandInOa>) => {
      const oa = oaById.get(oaId);
      if (oa) Object.assign(oa, change);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}

export type ZaloStandIn = Awaited<ReturnType<typeof startZaloStandIn>>;

// The permission page's words, as Zalo's page says them in each language; the app's instructions
// ("Cho phép" / "Allow") name its buttons with these.
const WORDS = {
  vi: {
    lang: "vi",
    standIn: "Zalo (bản giả lập cho môi trường phát triển)",
    title: "Cấp quyền cho ứng dụng",
    heading: "Ứng dụng Zalo Cloud Account muốn truy cập Official Account của bạn",
    choose: "Chọn OA cho phép ứng dụng truy cập. Chỉ quản trị viên của OA mới thấy OA ở đây.",
    verified: "Đã xác thực",
    unverified: "Chưa xác thực",
    none: "Tài khoản Zalo này không là quản trị viên của OA nào.",
    allow: "Cho phép",
    deny: "Từ chối",
    error: "Lỗi",
    invalid: (what: string) => `Thiếu hoặc sai ${what}.`,
  },
  en: {
    lang: "en",
    standIn: "Zalo (stand-in for development)",
    title: "Allow access for an app",
    heading: "The Zalo Cloud Account app wants to access your Official Account",
    choose: "Choose the OA the app may access. Only an OA's admins see it here.",
    verified: "Verified",
    unverified: "Not verified",
    none: "This Zalo account is not an admin of any OA.",
    allow: "Allow",
    deny: "Deny",
    error: "Error",
    invalid: (what: string) => `Missing or wrong ${what}.`,
  },
} satisfies Record<Lang, unknown>;

type Words = (typeof WORDS)[Lang];

function permissionPage(w: Words, oas: StandInOa[], q: Record<string, string>) {
  const decide = (extra: Record<string, string>) =>
    `/v4/oa/permission/decide?${new URLSearchParams({
      state: q.state ?? "",
      code_challenge: q.code_challenge ?? "",
      dev_person: q.dev_person ?? "",
      ...extra,
    }).toString()}`;
  const rows = oas.length
    ? oas.map(
        (oa) =>
          html`<li><span><strong>${oa.name}</strong><br><small>${oa.category} · ${
            oa.verified ? w.verified : w.unverified
          }</small></span><a class="allow" href="${decide({ decision: "allow", oa_id: oa.id })}">${w.allow}</a></li>`,
      )
    : html`<li>${w.none}</li>`;
  return html`<!doctype html><html lang="${w.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${w.title}</title>
<style>body{font-family:Roboto,Arial,sans-serif;margin:0;background:#f4f5f6}main{padding:24px 16px;display:flex;flex-direction:column;gap:12px}
h1{font-size:20px;margin:0}ul{list-style:none;margin:0;padding:0;background:#fff;border-radius:12px}
li{display:flex;justify-content:space-between;align-items:center;gap:12px;padding:12px 16px;border-bottom:1px solid #e9ebed}
a{display:inline-block;padding:10px 16px;border-radius:20px;text-decoration:none;white-space:nowrap}.allow{background:#0068ff;color:#fff}
.deny{color:#dc1f18;text-align:center}.note{color:#5f6670;font-size:14px}</style></head>
<body><main><p class="note">${w.standIn}</p><h1>${w.heading}</h1>
<p class="note">${w.choose}</p>
<ul>${rows}</ul><a class="deny" href="${decide({ decision: "deny" })}">${w.deny}</a></main></body></html>`;
}

function errorPage(w: Words, code: number, what: string) {
  return html`<!doctype html><html lang="${w.lang}"><head><meta charset="utf-8"><title>${w.error} ${code}</title></head>
<body><h1>${w.error} ${code}</h1><p>${w.invalid(what)}</p></body></html>`;
}
