import { Hono } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { z } from "zod";
import { LANGS, type Lang } from "../../src/domain/languages";
import { idSchema } from "../../src/domain/schemas";
import { actor, readBody, readParam, type Ctx, type Env } from "../http";
import type { RateLimiter } from "../middleware/rate-limit";
import { completeGrant, confirmGrant, type BrowserCookie, type GrantPage } from "../services/oa-grant-return";
import { getGrant, openGrant, SECRET_PATTERN, startGrant, type OaAuthDeps } from "../services/oa-grants";
import { GRANT_PAGE_CSP, grantPage } from "./oa-grant-page";

const startSchema = z.strictObject({ lang: z.enum(LANGS) });
const confirmSchema = z.object({
  grant: idSchema,
  csrf: z.string().regex(SECRET_PATTERN),
  decision: z.enum(["confirm", "cancel"]),
});

/** Only Zalo's redirect and the confirmation read it: the rest of the API never sees it. */
const COOKIE_PATH = "/api/oa-grants";
const cookieName = (grantId: string) => `zca_${grantId}`;

/** The language a browser asks for (Accept-Language), for a page about a grant not its own. */
function visitorLang(header: string | undefined): Lang {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.split("-")[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry): entry is { lang: Lang; q: number } => LANGS.includes(entry.lang as Lang) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang ?? "vi";
}

function page(c: Ctx, answer: GrantPage) {
  c.header("Content-Security-Policy", GRANT_PAGE_CSP);
  const ok = answer.kind === "confirm" || answer.kind === "done" || answer.kind === "cancelled";
  return c.html(grantPage(answer), ok ? 200 : 400);
}

/**
 * The OA authorization's pages, without a session (a browser outside the app opens them):
 * - GET /:id/open?ticket=…: the app's link. Anyone holding it may call it, once, within two
 *   minutes; it binds the grant to this browser with an HttpOnly cookie, then redirects to Zalo.
 *   A forwarded link opened first elsewhere binds that browser instead: the confirmation then
 *   names to whom the OA would go. A replayed, expired or foreign ticket binds nothing.
 * - GET /callback: Zalo's redirect. Anyone can forge one; only the grant's browser gets further
 *   than a refusal, and a state arriving in another browser fails its grant (nobody is credited).
 * - POST /confirm: the confirmation form, from the grant's browser with its token, once.
 * Each counts against its own per-address limit, apart from sign-ins.
 */
export function oaGrantCallbackRoutes(
  deps: OaAuthDeps & { callbackLimiter: RateLimiter; address(c: Ctx): string },
) {
  const limit = (c: Ctx) => deps.callbackLimiter.take(`ip:${deps.address(c)}`);
  const cookieOf =
    (c: Ctx): BrowserCookie =>
    (grantId) =>
      getCookie(c, cookieName(grantId));
  const forget = (c: Ctx, grantId: string) =>
    deleteCookie(c, cookieName(grantId), {
      path: COOKIE_PATH,
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
    });

  return new Hono<Env>()
    .get("/callback", async (c) => {
      await limit(c);
      const { code, oa_id, state } = c.req.query();
      const lang = visitorLang(c.req.header("Accept-Language"));
      const answer = await completeGrant(
        deps,
        { query: { code, oa_id, state }, cookie: cookieOf(c), lang },
        c.get("requestId"),
      );
      return page(c, answer);
    })
    .post("/confirm", async (c) => {
      await limit(c);
      const lang = visitorLang(c.req.header("Accept-Language"));
      const form = confirmSchema.safeParse(await c.req.parseBody().catch(() => null));
      if (!form.success) return page(c, { kind: "invalid", lang });
      const answer = await confirmGrant(
        deps,
        { form: form.data, cookie: cookieOf(c), lang },
        c.get("requestId"),
      );
      if (answer.kind !== "other_browser" && answer.kind !== "invalid") forget(c, form.data.grant);
      return page(c, answer);
    })
    .get("/:id/open", async (c) => {
      await limit(c);
      const id = idSchema.safeParse(c.req.param("id"));
      const opened = id.success ? await openGrant(deps, id.data, c.req.query("ticket") ?? "") : null;
      if (!opened?.ok) {
        const lang = opened?.lang ?? visitorLang(c.req.header("Accept-Language"));
        return page(c, { kind: opened?.refusal ?? "invalid", lang });
      }
      setCookie(c, cookieName(id.data!), opened.browserSecret, {
        path: COOKIE_PATH,
        httpOnly: true,
        secure: true,
        sameSite: "Lax",
        maxAge: Math.max(1, Math.ceil((opened.expiresAt.getTime() - (deps.now?.() ?? Date.now())) / 1000)),
      });
      return c.redirect(opened.redirect, 302);
    });
}

/** POST /api/oa-grants (start one) and GET /api/oa-grants/:id (follow it), for the signed-in person. */
export function oaGrantRoutes(deps: OaAuthDeps) {
  return new Hono<Env>()
    .post("/", async (c) => {
      const { lang } = await readBody(c, startSchema);
      return c.json(await startGrant(deps, actor(c), lang), 201);
    })
    .get("/:id", async (c) => c.json(await getGrant(deps, c.get("personId"), readParam(c, "id"))));
}
