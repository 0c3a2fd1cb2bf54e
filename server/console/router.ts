import { timingSafeEqual } from "node:crypto";
import { Hono, type MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, getSignedCookie, setCookie, setSignedCookie } from "hono/cookie";
import { z } from "zod";
import { STAFF_ROLES, STAFF_PERMISSIONS, staffCan } from "../../src/domain/staff-permissions";
import type { Db } from "../db/client";
import { ApiError } from "../errors";
import { readLimit } from "../http";
import { limitBodies } from "../middleware/body-limit";
import { noStore } from "../middleware/secure-headers";
import {
  ACCOUNT_SECTIONS,
  readAccountForStaff,
  readAccountSection,
  searchAccounts,
  type AccountSection,
} from "./accounts";
import { listStaffAudit, recordStaffAction } from "./audit";
import { createStaffOidc, type StaffOidc } from "./oidc";
import { CONSOLE_CSP, consolePage } from "./pages";
import { requireStaff, type ConsoleCtx, type ConsoleEnv } from "./policy";
import { createStaffSession, endStaffSession, readStaffSession } from "./sessions";
import { STAFF_COOKIE, STAFF_SESSION_TTL_MS, type ConsoleSettings } from "./settings";
import { changeStaffRole, listStaff, staffForIdentity } from "./staff";
import { serveConsoleFiles } from "./static";

const LOGIN_COOKIE = "zca_staff_login";
const LOGIN_TTL_S = 600;
const PAGE_MAX = 100;
const PAGE_DEFAULT = 20;
const SEARCH_MAX = 100;

/**
 * The operator's console, apart from the mini app's /api: its sign-in through the company's IdP
 * (/console/auth/*), its API (/console/api/*, a staff session cookie and, for every write, its
 * CSRF token and our Origin), and its built files (/console/*). Who may call what:
 * - /console/auth/login, /callback: anyone (the IdP proves who they are; an identity the staff
 *   table does not hold is refused and recorded);
 * - /console/auth/logout and /console/api/*: a live staff session only; each route asks the one
 *   staff policy (authorizeStaff) for its permission. A mini app token (Bearer) opens nothing here.
 */
export function consoleRouter(db: Db, settings: ConsoleSettings) {
  const oidc = createStaffOidc(settings);
  const now = settings.now ?? Date.now;
  const consoleOrigin = new URL(settings.publicUrl).origin;
  const session = requireStaffSession(db, now, consoleOrigin);
  const router = new Hono<ConsoleEnv>()
    .route("/console/auth", authRoutes(db, settings, oidc, now, session))
    .use("/console/api/*", noStore, limitBodies(), session)
    .route("/console/api", apiRoutes(db))
    .all("/console/api/*", () => {
      throw new ApiError("not_found", "No such route.");
    });
  if (settings.staticDir) router.get("/console/*", serveConsoleFiles(settings.staticDir));
  router.get("/console", (c) => c.redirect("/console/", 301));
  return router;
}

/** Secure even on http://localhost: browsers keep Secure cookies there. */
const COOKIE_BASE = { httpOnly: true, secure: true } as const;

function authRoutes(
  db: Db,
  settings: ConsoleSettings,
  oidc: StaffOidc,
  now: () => number,
  session: MiddlewareHandler<ConsoleEnv>,
) {
  return new Hono<ConsoleEnv>()
    .use(async (c, next) => {
      // The sign-in's own pages style themselves (the API's policy loads nothing at all).
      c.header("Content-Security-Policy", CONSOLE_CSP);
      await next();
    })
    .get("/login", async (c) => {
      const start = await oidc.start().catch((error: unknown) => {
        c.get("log").error({ event: "console_idp_unreachable", message: String(error) });
        return null;
      });
      if (!start) return c.html(idpUnreachable, 503);
      // Lax: the IdP sends the browser back to the callback from its own site.
      await setSignedCookie(
        c,
        LOGIN_COOKIE,
        JSON.stringify([start.verifier, start.state, start.nonce]),
        settings.cookieSecret,
        {
          ...COOKIE_BASE,
          sameSite: "Lax",
          path: "/console/auth",
          maxAge: LOGIN_TTL_S,
        },
      );
      c.header("Cache-Control", "no-store");
      return c.redirect(start.url, 302);
    })
    .get("/callback", async (c) => {
      c.header("Cache-Control", "no-store");
      const saved = await getSignedCookie(c, settings.cookieSecret, LOGIN_COOKIE);
      deleteCookie(c, LOGIN_COOKIE, { ...COOKIE_BASE, path: "/console/auth" });
      const expected = saved ? parseLoginCookie(saved) : null;
      if (!expected) return c.html(signInUnfinished, 400);
      const here = new URL(c.req.url);
      const callbackUrl = new URL(`${settings.publicUrl}/console/auth/callback${here.search}`);
      const identity = await oidc.finish(callbackUrl, expected).catch((error: unknown) => {
        c.get("log").warn({ event: "console_sign_in_failed", message: String(error) });
        return null;
      });
      if (!identity) return c.html(signInUnfinished, 400);
      const member = await staffForIdentity(db, identity);
      if (!member) {
        await recordStaffAction(db, {
          staffId: null,
          staffEmail: identity.email ?? `subject:${identity.subject}`,
          action: "sign_in_refused",
          requestId: c.get("requestId"),
          detail: { subject: identity.subject, emailVerified: identity.emailVerified },
        });
        return c.html(notStaff, 403);
      }
      const created = await createStaffSession(db, member.id, now());
      await recordStaffAction(db, {
        staffId: member.id,
        staffEmail: member.email,
        action: "sign_in",
        requestId: c.get("requestId"),
      });
      setCookie(c, STAFF_COOKIE, created.id, {
        ...COOKIE_BASE,
        sameSite: "Strict",
        path: "/console",
        maxAge: STAFF_SESSION_TTL_MS / 1000,
      });
      return c.redirect("/console/", 303);
    })
    .post("/logout", noStore, session, async (c) => {
      const { idHash, staff } = c.get("staffSession");
      await endStaffSession(db, idHash);
      await recordStaffAction(db, {
        staffId: staff.id,
        staffEmail: staff.email,
        action: "sign_out",
        requestId: c.get("requestId"),
      });
      deleteCookie(c, STAFF_COOKIE, { ...COOKIE_BASE, sameSite: "Strict", path: "/console" });
      return c.body(null, 204);
    });
}

const roleBody = z.object({ role: z.enum(STAFF_ROLES) }).strict();
const idParam = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/);

function apiRoutes(db: Db) {
  return new Hono<ConsoleEnv>()
    .get("/me", (c) => {
      const { staff, csrfToken } = c.get("staffSession");
      const permissions = STAFF_PERMISSIONS.filter((p) => staffCan(staff.role, p));
      return c.json({ staff, csrfToken, permissions });
    })
    .get("/accounts", requireStaff("accounts.read"), async (c) => {
      const q = c.req.query("q")?.trim().replace(/\s+/g, " ") ?? "";
      // No NUL or lone surrogate: text PostgreSQL cannot hold.
      if (!q || q.length > SEARCH_MAX || /[\0\uD800-\uDFFF]/u.test(q)) {
        throw new ApiError("invalid_input", `q: from 1 to ${SEARCH_MAX} characters of text.`);
      }
      const items = await searchAccounts(db, q);
      await audit(db, c, "accounts_searched", { detail: { q, found: items.length } });
      return c.json({ items });
    })
    .get("/accounts/:id", requireStaff("accounts.read"), async (c) => {
      const accountId = readId(c.req.param("id"));
      const account = await readAccountForStaff(db, accountId);
      await audit(db, c, "account_viewed", { accountId });
      return c.json(account);
    })
    .get("/accounts/:id/:section", requireStaff("accounts.read"), async (c) => {
      const accountId = readId(c.req.param("id"));
      const section = c.req.param("section") as AccountSection;
      if (!ACCOUNT_SECTIONS.includes(section)) throw new ApiError("not_found");
      const limit = readLimit(c, PAGE_MAX) ?? PAGE_DEFAULT;
      return c.json(
        await readAccountSection(db, accountId, section, { limit, cursor: c.req.query("cursor") }),
      );
    })
    .get("/audit", requireStaff("audit.read"), async (c) => {
      const limit = readLimit(c, PAGE_MAX) ?? PAGE_DEFAULT;
      return c.json(await listStaffAudit(db, { limit, cursor: c.req.query("cursor") }));
    })
    .get("/staff", requireStaff("staff.manage"), async (c) => c.json({ items: await listStaff(db) }))
    .patch("/staff/:id", requireStaff("staff.manage"), async (c) => {
      const staffId = readId(c.req.param("id"));
      const body = roleBody.safeParse(await c.req.json().catch(() => null));
      if (!body.success) throw new ApiError("invalid_input", "role: support, finance_ops or ops_admin.");
      await changeStaffRole(db, c.get("staffSession").staff, staffId, body.data.role, c.get("requestId"));
      return c.body(null, 204);
    });
}

function readId(raw: string): string {
  const parsed = idParam.safeParse(raw);
  if (!parsed.success) throw new ApiError("not_found");
  return parsed.data;
}

function audit(
  db: Db,
  c: ConsoleCtx,
  action: "accounts_searched" | "account_viewed",
  extra: { accountId?: string; detail?: Record<string, unknown> },
) {
  const { staff } = c.get("staffSession");
  return recordStaffAction(db, {
    staffId: staff.id,
    staffEmail: staff.email,
    action,
    requestId: c.get("requestId"),
    ...extra,
  });
}

/**
 * A live staff session from its cookie (only: an Authorization header is not looked at), and for
 * every write the session's CSRF token in X-CSRF-Token and the console's own Origin. SameSite=Strict
 * already keeps the cookie off other sites' requests; the token and the Origin hold where a browser
 * or a proxy does not.
 */
function requireStaffSession(db: Db, now: () => number, origin: string): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const id = getCookie(c, STAFF_COOKIE);
    const found = id && /^[A-Za-z0-9_-]{43}$/.test(id) ? await readStaffSession(db, id, now()) : null;
    if (!found) throw new ApiError("unauthenticated");
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      const token = c.req.header("X-CSRF-Token") ?? "";
      const sameToken =
        token.length === found.csrfToken.length &&
        timingSafeEqual(Buffer.from(token), Buffer.from(found.csrfToken));
      if (c.req.header("Origin") !== origin || !sameToken) {
        throw new ApiError("forbidden", "A console write needs its CSRF token and the console's own Origin.");
      }
    }
    c.set("staffSession", found);
    await next();
  };
}

function parseLoginCookie(value: string): { verifier: string; state: string; nonce: string } | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((p) => typeof p === "string")) {
      const [verifier, state, nonce] = parsed as string[];
      return { verifier: verifier!, state: state!, nonce: nonce! };
    }
  } catch {
    // refused below
  }
  return null;
}

const signInUnfinished = consolePage(
  { vi: "Chưa đăng nhập được", en: "Sign-in did not finish" },
  {
    vi: "Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.",
    en: "The sign-in expired or was not valid. Please sign in again.",
  },
);
const notStaff = consolePage(
  { vi: "Tài khoản này không có quyền vào bảng điều khiển", en: "This account may not open the console" },
  {
    vi: "Bạn đã đăng nhập với nhà cung cấp danh tính, nhưng tài khoản này không có trong danh sách nhân viên vận hành. Hãy nhờ quản trị viên vận hành (ops_admin) thêm bạn.",
    en: "The identity provider signed you in, but this account is not on the operator's staff list. Ask an ops_admin to add you.",
  },
);
const idpUnreachable = consolePage(
  { vi: "Không kết nối được nhà cung cấp danh tính", en: "The identity provider cannot be reached" },
  { vi: "Vui lòng thử lại sau ít phút.", en: "Please try again in a few minutes." },
);
