import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Lang } from "../../src/domain/languages";
import { callZalo, ZaloApiError } from "./zalo-http";

/** An OA as Zalo's OA API describes it (`GET /v2.0/oa/getoa`). */
export interface ZaloOaProfile {
  id: string;
  name: string;
  avatar: string;
  verified: boolean;
  category: string;
  followers: number;
  type: number | null;
  packageName: string | null;
  packageValidThrough: string | null;
  /** The ZCA Zalo says the OA is linked to, if any (Zalo's own record, not ours). */
  linkedAccount: string | null;
}

export interface OaTokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token stops working. */
  expiresAt: Date;
}

export interface ZaloOa {
  /**
   * Zalo's permission page, where an OA's admin picks the OA and allows the app. `personId` and
   * `lang` are for the dev stand-in only: it has no Zalo login to learn who is asking, nor a Zalo
   * app whose language to follow (Zalo's page speaks the Zalo app's).
   */
  permissionUrl(params: {
    redirectUri: string;
    codeChallenge: string;
    state: string;
    personId: string;
    lang: Lang;
  }): string;
  exchangeCode(code: string, codeVerifier: string): Promise<OaTokens>;
  /** Single use on Zalo's side: the answer carries the next refresh token. */
  refresh(refreshToken: string): Promise<OaTokens>;
  getOa(accessToken: string): Promise<ZaloOaProfile>;
}

/** PKCE: a verifier kept on the server, and the challenge sent to Zalo (S256, base64url, no padding). */
export function newPkce(): { verifier: string; challenge: string } {
  return pkceOf(randomBytes(32).toString("base64url"));
}

/** The challenge of a verifier kept on the server. */
export function pkceOf(verifier: string): { verifier: string; challenge: string } {
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

const tokenBody = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  // Zalo documents a string of seconds; some answers carry a number.
  expires_in: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]),
});

// Zalo's answers spell some fields two ways (oa_id/oaid, linked_ZCA/linked_zca); both are read.
const oaBody = z.object({
  data: z
    .object({
      oa_id: z.union([z.string(), z.number()]).optional(),
      oaid: z.union([z.string(), z.number()]).optional(),
      name: z.string().min(1),
      avatar: z.string().optional(),
      is_verified: z.boolean().optional(),
      cate_name: z.string().optional(),
      num_follower: z.number().int().nonnegative().optional(),
      oa_type: z.number().int().optional(),
      package_name: z.string().nullish(),
      package_valid_through_date: z.string().nullish(),
      linked_ZCA: z.unknown().optional(),
      linked_zca: z.unknown().optional(),
    })
    .refine((d) => d.oa_id !== undefined || d.oaid !== undefined, "no OA id"),
});

function linkedAccountOf(value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (typeof value === "object") {
    const { id, zca_id: accountId, name } = value as Record<string, unknown>;
    for (const candidate of [id, accountId, name]) {
      if (typeof candidate === "string" || typeof candidate === "number") return String(candidate);
    }
    return "linked";
  }
  return null;
}

/** Zalo's OA authorization (OAuth v4 for Official Account) and OA API, at configurable base URLs. */
export function createZaloOa(opts: {
  oauthUrl: string;
  openApiUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs?: number;
  /** Dev mode: name the signed-in person and their language on the permission page's URL for the local stand-in. */
  devHints?: boolean;
}): ZaloOa {
  const timeoutMs = opts.timeoutMs ?? 8000;

  async function token(form: Record<string, string>): Promise<OaTokens> {
    const body = tokenBody.safeParse(
      await callZalo(
        "Zalo OAuth",
        new URL("/v4/oa/access_token", opts.oauthUrl),
        { method: "POST", headers: { secret_key: opts.appSecret }, form: { ...form, app_id: opts.appId } },
        timeoutMs,
      ),
    );
    // A refusal can also come as an answer without tokens.
    if (!body.success) throw new ZaloApiError("rejected", "Zalo OAuth answered without tokens");
    const seconds = Number(body.data.expires_in);
    return {
      accessToken: body.data.access_token,
      refreshToken: body.data.refresh_token,
      expiresAt: new Date(Date.now() + seconds * 1000),
    };
  }

  return {
    permissionUrl({ redirectUri, codeChallenge, state, personId, lang }) {
      const url = new URL("/v4/oa/permission", opts.oauthUrl);
      url.search = new URLSearchParams({
        app_id: opts.appId,
        redirect_uri: redirectUri,
        code_challenge: codeChallenge,
        state,
        ...(opts.devHints ? { dev_person: personId, lang } : {}),
      }).toString();
      return url.toString();
    },
    exchangeCode: (code, codeVerifier) =>
      token({ code, grant_type: "authorization_code", code_verifier: codeVerifier }),
    refresh: (refreshToken) => token({ refresh_token: refreshToken, grant_type: "refresh_token" }),
    async getOa(accessToken) {
      const body = oaBody.safeParse(
        await callZalo(
          "Zalo OA API",
          new URL("/v2.0/oa/getoa", opts.openApiUrl),
          { headers: { access_token: accessToken } },
          timeoutMs,
        ),
      );
      if (!body.success)
        throw new ZaloApiError("unavailable", "Zalo OA API answered with an unexpected shape");
      const d = body.data.data;
      return {
        id: String(d.oa_id ?? d.oaid),
        name: d.name,
        avatar: d.avatar ?? "",
        verified: d.is_verified ?? false,
        category: d.cate_name ?? "",
        followers: d.num_follower ?? 0,
        type: d.oa_type ?? null,
        packageName: d.package_name ?? null,
        packageValidThrough: d.package_valid_through_date ?? null,
        linkedAccount: linkedAccountOf(d.linked_ZCA ?? d.linked_zca),
      };
    },
  };
}
