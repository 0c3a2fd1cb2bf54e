import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app";
import type { RouterDeps } from "../../server/app-deps";
import { issueSessionToken } from "../../server/auth/session-token";
import { createRateLimiters } from "../../server/middleware/rate-limit";
import { publicRouter } from "../../server/routers/public";
import { signedInRouter } from "../../server/routers/signed-in";
import { accountMembers, appAdmins, oaAdmins } from "../../server/db/schema";
import { can, ROLES, type Permission, type Role } from "../../src/domain/permissions";
import { databaseChecksum, preparedState } from "./helpers/db-state";
import { createBody, newKey } from "./helpers/fixtures";
import { AN_BUSINESS } from "../support/businesses";
import { forge, MALFORMED_AUTHORIZATION } from "./helpers/forged-tokens";
import type { ApiResponse } from "./helpers/http";
import { usageRequest } from "./helpers/payments";
import { startTestServer, TEST_PAYMENTS, type TestServer } from "./helpers/server";

// The victim is Bình: her ZCA, her OAs, her members, her phone. Nothing of this may reach anyone else.
const BINH_PRIVATE = [
  "Cong ty TNHH Binh Minh",
  "Công ty TNHH Bình Minh",
  "0399123457",
  "25 Lê Lợi",
  "lienhe@binhminh.example",
  "1250000",
  "0901000002",
  "+84901000002",
  "Bình Minh Đặt lịch",
  "Bình Minh Spa",
  "Đỗ Thị Em",
  "Vũ Hoàng Giang",
];

interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  idempotent?: boolean;
  /** What Bình's own token gets on a freshly seeded database. */
  asBinh: number;
  /** What Bình's resource answers to An's valid token; "own" routes show An his own data. */
  toAnotherPerson: { status: 403; code: string } | "own";
  /** Succeeds by writing the caller's own row (a pending grant), so it is left out of "changes nothing". */
  writesOwn?: true;
}

const ACCOUNT = "/api/accounts/zca-binh-minh";

/**
 * Every route of Bình's ZCA, with the permission of the matrix it needs and its success status.
 * Each body is one that every role allowed by the matrix may send: the Admin of the role suite
 * below also administers Bình Minh Nail and "Bình Minh Chăm sóc khách hàng", as Bình does.
 */
const ACCOUNT_ROUTES: (Omit<Route, "asBinh" | "toAnotherPerson"> & { permission: Permission; ok: number })[] =
  [
    { method: "GET", path: ACCOUNT, permission: "account.view", ok: 200 },
    {
      method: "POST",
      path: `${ACCOUNT}/oas`,
      body: { oaId: "oa-binh-nail" },
      permission: "assets.manage",
      ok: 201,
    },
    { method: "DELETE", path: `${ACCOUNT}/oas/oa-binh-minh`, permission: "assets.manage", ok: 204 },
    {
      method: "POST",
      path: `${ACCOUNT}/apps`,
      body: { appId: "2957316048827193064" },
      permission: "assets.manage",
      ok: 201,
    },
    {
      method: "POST",
      path: `${ACCOUNT}/apps`,
      body: { declaredAppId: "3471892056612345678" },
      permission: "assets.manage",
      ok: 201,
    },
    { method: "POST", path: `${ACCOUNT}/apps`, body: { create: true }, permission: "assets.manage", ok: 201 },
    { method: "DELETE", path: `${ACCOUNT}/apps/1864203957731480522`, permission: "assets.manage", ok: 204 },
    { method: "GET", path: `${ACCOUNT}/members`, permission: "account.view", ok: 200 },
    {
      method: "POST",
      path: `${ACCOUNT}/members`,
      body: { phone: "0901000004", role: "finance" },
      permission: "members.manage",
      ok: 201,
    },
    {
      method: "PATCH",
      path: `${ACCOUNT}/members/giang`,
      body: { role: "finance" },
      permission: "members.manage",
      ok: 200,
    },
    { method: "DELETE", path: `${ACCOUNT}/members/em`, permission: "members.manage", ok: 204 },
    {
      method: "PATCH",
      path: `${ACCOUNT}/business`,
      body: { ...AN_BUSINESS, companyName: "Công ty của người khác" },
      permission: "business.edit",
      ok: 200,
    },
    { method: "GET", path: `${ACCOUNT}/wallet`, permission: "account.view", ok: 200 },
    {
      method: "POST",
      path: `${ACCOUNT}/topups`,
      body: { amount: 200_000, method: "bank_transfer" },
      idempotent: true,
      permission: "wallet.use",
      ok: 201,
    },
    // No such top-up: a role the matrix allows learns only that; any other is refused first.
    { method: "GET", path: `${ACCOUNT}/topups/topup-missing`, permission: "wallet.use", ok: 404 },
    {
      method: "POST",
      path: `${ACCOUNT}/topups/topup-missing/checkout-order`,
      body: { orderId: "zp-order-1" },
      permission: "wallet.use",
      ok: 404,
    },
    {
      method: "POST",
      path: `${ACCOUNT}/topups/topup-missing/checkout-closed`,
      body: {},
      permission: "wallet.use",
      ok: 404,
    },
    { method: "GET", path: `${ACCOUNT}/transactions`, permission: "wallet.use", ok: 200 },
    { method: "GET", path: `${ACCOUNT}/spending`, permission: "wallet.use", ok: 200 },
    {
      method: "GET",
      path: `${ACCOUNT}/spending/export?format=csv&from=2026-01&to=2026-06`,
      permission: "wallet.use",
      ok: 200,
    },
    {
      method: "GET",
      path: `${ACCOUNT}/history/export?format=xlsx&from=2026-01&to=2026-06`,
      permission: "wallet.use",
      ok: 200,
    },
    { method: "GET", path: `${ACCOUNT}/invoices`, permission: "wallet.use", ok: 200 },
    // No such invoice: a role the matrix allows learns only that; any other is refused first.
    { method: "GET", path: `${ACCOUNT}/invoices/invoice-missing/pdf`, permission: "wallet.use", ok: 404 },
    {
      method: "POST",
      path: `${ACCOUNT}/file-links`,
      body: { kind: "spending_export", format: "csv", from: "2026-01", to: "2026-06" },
      permission: "wallet.use",
      ok: 201,
    },
    // No such invoice: a role the matrix allows learns only that; any other is refused first.
    {
      method: "POST",
      path: `${ACCOUNT}/file-links`,
      body: { kind: "invoice_pdf", invoiceId: "invoice-missing" },
      permission: "wallet.use",
      ok: 404,
    },
    {
      method: "POST",
      path: `${ACCOUNT}/invoices/invoice-missing/replacement`,
      body: { companyName: "Công ty TNHH Bình Minh Mới", address: "30 Lê Lợi, Quận 1, TP. Hồ Chí Minh" },
      permission: "wallet.use",
      ok: 404,
    },
    { method: "GET", path: `${ACCOUNT}/invoice-info`, permission: "wallet.use", ok: 200 },
    {
      method: "PUT",
      path: `${ACCOUNT}/invoice-info`,
      body: {
        companyName: "Công ty TNHH Bình Minh",
        taxCode: "0399123457",
        address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
        buyer: "Trần Thị Bình",
        phone: "0901000002",
        email: "ketoan@binhminh.vn",
      },
      permission: "wallet.use",
      ok: 200,
    },
    {
      method: "POST",
      path: `${ACCOUNT}/tax-code-confirmation`,
      body: { taxCode: "0399123457" },
      permission: "wallet.use",
      ok: 204,
    },
    { method: "GET", path: `${ACCOUNT}/notifications`, permission: "account.view", ok: 200 },
    {
      method: "PUT",
      path: `${ACCOUNT}/notifications`,
      body: { lowBalance: { enabled: true, threshold: 100_000, recipients: ["binh"] } },
      permission: "alerts.manage",
      ok: 200,
    },
    // Finance keeps the money kinds only: members and assets are the admins'.
    {
      method: "PUT",
      path: `${ACCOUNT}/notifications`,
      body: { members: { enabled: true, recipients: ["binh"] } },
      permission: "notifications.manage",
      ok: 200,
    },
    { method: "GET", path: `${ACCOUNT}/inbox`, permission: "account.view", ok: 200 },
    {
      method: "POST",
      path: `${ACCOUNT}/inbox/read`,
      body: { ids: ["notif-missing"] },
      permission: "account.view",
      ok: 204,
    },
  ];

const ROUTES: Route[] = [
  { method: "POST", path: "/api/session/refresh", asBinh: 201, toAnotherPerson: "own" },
  { method: "GET", path: "/api/me", asBinh: 200, toAnotherPerson: "own" },
  // Sets the caller's own language: nothing in it names anyone else.
  {
    method: "PUT",
    path: "/api/me/language",
    body: { lang: "en" },
    asBinh: 204,
    toAnotherPerson: "own",
    writesOwn: true,
  },
  // Ends the caller's own sessions, whoever's token it is: nothing in it names anyone else.
  {
    method: "POST",
    path: "/api/session/revoke-all",
    body: { personId: "binh" },
    asBinh: 204,
    toAnotherPerson: "own",
    writesOwn: true,
  },
  { method: "GET", path: "/api/oas", asBinh: 200, toAnotherPerson: "own" },
  { method: "GET", path: "/api/apps", asBinh: 200, toAnotherPerson: "own" },
  { method: "GET", path: "/api/terms", asBinh: 200, toAnotherPerson: "own" },
  {
    method: "POST",
    path: "/api/oa-grants",
    body: { lang: "vi" },
    asBinh: 201,
    toAnotherPerson: "own",
    writesOwn: true,
  },
  { method: "GET", path: "/api/oa-grants/grant-missing", asBinh: 404, toAnotherPerson: "own" },
  {
    method: "POST",
    path: "/api/accounts",
    body: createBody({ name: "ZCA tren OA cua Binh", oaId: "oa-binh-nail" }),
    idempotent: true,
    // Her own creation meets R1: her phone owns a ZCA.
    asBinh: 409,
    toAnotherPerson: { status: 403, code: "oa_not_admin" },
  },
  ...ACCOUNT_ROUTES.map(({ permission: _p, ok, ...route }) => ({
    ...route,
    asBinh: ok,
    toAnotherPerson: { status: 403 as const, code: "forbidden" },
  })),
  {
    method: "POST",
    path: `${ACCOUNT}/oas`,
    body: { oaId: "oa-an-nhien" },
    asBinh: 403,
    toAnotherPerson: { status: 403, code: "forbidden" },
  },
  { method: "GET", path: "/api/does-not-exist", asBinh: 404, toAnotherPerson: "own" },
];

type Credential = { label: string; authorization?: string };

type Mode = "dev" | "zalo";

async function badCredentials(server: TestServer, mode: Mode): Promise<Credential[]> {
  const otherMode = mode === "dev" ? "zalo" : "dev";
  const secret = server.sessionSecret;
  const anToken = (await issueSessionToken(secret, "an", mode)).token;
  const bearer = (token: string) => `Bearer ${token}`;
  return [
    { label: "no token" },
    ...MALFORMED_AUTHORIZATION.map((authorization) => ({
      label: `malformed ${authorization.slice(0, 20)}`,
      authorization,
    })),
    { label: "expired", authorization: bearer(await forge.expired(secret, "binh", mode)) },
    { label: "signed with another key", authorization: bearer(await forge.otherKey("binh", mode)) },
    { label: "without expiry", authorization: bearer(await forge.noExpiry(secret, "binh", mode)) },
    { label: "expiring in ten years", authorization: bearer(await forge.farExpiry(secret, "binh", mode)) },
    { label: "alg none", authorization: bearer(forge.unsigned("binh", mode)) },
    { label: "An's token rewritten to Bình", authorization: bearer(forge.tampered(anToken, "binh", mode)) },
    {
      label: `a ${otherMode}-mode token`,
      authorization: bearer((await issueSessionToken(secret, "binh", otherMode)).token),
    },
  ];
}

// Hundreds of requests in one test: the 30 s meant for one scenario is short on a busy machine.
const MANY_REQUESTS = { timeout: 120_000 };

let dev: TestServer;
let zalo: TestServer;
beforeAll(async () => {
  [dev, zalo] = await Promise.all([startTestServer(), startTestServer({ authMode: "zalo" })]);
});
afterAll(async () => {
  await Promise.all([dev?.stop(), zalo?.stop()]);
});

function call(server: TestServer, route: Route, authorization?: string): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (authorization) headers.Authorization = authorization;
  if (route.idempotent) headers["Idempotency-Key"] = newKey();
  return server.request(route.method, route.path, { body: route.body, headers });
}

function expectNoLeak(res: ApiResponse) {
  for (const secret of BINH_PRIVATE) expect(res.text).not.toContain(secret);
}

let cases = 0;
afterAll(() => {
  console.log(
    `authz matrix: ${cases} cases on a dev-mode and a zalo-mode server (${ROUTES.length} routes × forged, expired, ` +
      "malformed, foreign-mode and other people's tokens; every route of a ZCA × every role and an outsider), " +
      "every refusal 401/403 with a stable code, none showing Bình's data",
  );
});

const validToken = async (server: TestServer, mode: Mode, person: string) =>
  `Bearer ${(await issueSessionToken(server.sessionSecret, person, mode)).token}`;

describe.each([
  ["dev", () => dev],
  ["zalo", () => zalo],
] as const)("on a %s-mode server", MANY_REQUESTS, (mode, server) => {
  it("answers 401 unauthenticated to every route for every unusable credential, and writes nothing", async () => {
    const before = await databaseChecksum(server().db);
    for (const credential of await badCredentials(server(), mode)) {
      for (const route of ROUTES) {
        const res = await call(server(), route, credential.authorization);
        cases++;
        const seen = `${credential.label} → ${route.method} ${route.path}: ${res.status} ${res.text}`;
        expect(res.status, seen).toBe(401);
        expect(res.body?.error?.code, seen).toBe("unauthenticated");
        expect(res.body.error.requestId, seen).toBe(res.headers.get("x-request-id"));
        expectNoLeak(res);
      }
    }
    expect(await databaseChecksum(server().db)).toBe(before);
  });

  it("never shows or changes Bình's ZCA for An's valid token", async () => {
    const before = await databaseChecksum(server().db);
    const an = await validToken(server(), mode, "an");
    for (const route of ROUTES.filter((r) => !r.writesOwn)) {
      const res = await call(server(), route, an);
      cases++;
      const seen = `${route.method} ${route.path}: ${res.status} ${res.text}`;
      if (route.toAnotherPerson === "own") {
        expect(res.status, seen).toBeLessThan(500);
      } else {
        expect(res.status, seen).toBe(route.toAnotherPerson.status);
        expect(res.body.error.code, seen).toBe(route.toAnotherPerson.code);
      }
      expectNoLeak(res);
    }
    expect(await databaseChecksum(server().db)).toBe(before);
  });

  it("gives a signed token of someone not (or no longer) in the directory nothing and lets it change nothing", async () => {
    const before = await databaseChecksum(server().db);
    const ghost = await validToken(server(), mode, "mallory");
    for (const route of ROUTES) {
      const res = await call(server(), route, ghost);
      cases++;
      const seen = `${route.method} ${route.path}: ${res.status} ${res.text}`;
      // Lists are simply empty for a stranger; the terms are public text.
      if (res.status === 200) expect(["/api/oas", "/api/apps", "/api/terms"], seen).toContain(route.path);
      else expect([401, 403, 404], seen).toContain(res.status);
      if (Array.isArray(res.body)) expect(res.body, seen).toEqual([]);
      expectNoLeak(res);
    }
    expect(await databaseChecksum(server().db)).toBe(before);
  });

  it("answers 401 session_revoked to every route for a token its person ended, and writes nothing", async () => {
    await server().reset();
    const ended = await validToken(server(), mode, "binh");
    const other = await validToken(server(), mode, "an");
    const revoke = ROUTES.find((r) => r.path === "/api/session/revoke-all")!;
    expect((await call(server(), revoke, ended)).status).toBe(204);
    const before = await databaseChecksum(server().db);
    for (const route of ROUTES) {
      const res = await call(server(), route, ended);
      cases++;
      const seen = `${route.method} ${route.path}: ${res.status} ${res.text}`;
      expect([res.status, res.body?.error?.code], seen).toEqual([401, "session_revoked"]);
      expectNoLeak(res);
    }
    expect(await databaseChecksum(server().db)).toBe(before);
    // An's sessions were not Bình's to end, even though her request named someone.
    expect((await call(server(), ROUTES.find((r) => r.path === "/api/me")!, other)).status).toBe(200);
    await server().reset();
  });

  it("lets Bình's own token through every route, so the refusals above are about the token", async () => {
    const binh = await validToken(server(), mode, "binh");
    const seeded = preparedState(
      () => server().db,
      () => server().reset(),
    );
    for (const route of ROUTES) {
      await seeded();
      const res = await call(server(), route, binh);
      expect(res.status, `${route.method} ${route.path}: ${res.text}`).toBe(route.asBinh);
    }
  });
});

// Which routes need a session is said by the router that holds them (server/routers/), never by
// the order they were added in: the public router holds exactly this allow-list, every route of
// the session router answers 401 to a request without a session, and the app serves nothing
// else. A route added to the wrong router fails here.
const PUBLIC_ROUTES = [
  "GET /health",
  "GET /ready",
  "POST /api/session",
  "GET /api/oa-grants/callback",
  "POST /api/oa-grants/confirm",
  "GET /api/oa-grants/:id/open",
  "POST /api/payments/checkout/callback",
  "POST /api/payments/bank/webhook",
  "GET /api/file-links/:token",
  "GET /api/file-links/:token/:name",
  "POST /api/usage/holds",
  "POST /api/usage/events",
];
const DEV_PUBLIC_ROUTES = ["GET /api/dev/personas"];

/** A router's routes as "METHOD /path", middleware left out. */
const routeTable = (router: { routes: { method: string; path: string }[] }, prefix = "") =>
  router.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${prefix}${r.path}`);

describe.each([
  ["dev", () => dev, DEV_PUBLIC_ROUTES],
  ["zalo", () => zalo, []],
] as const)("the routers of a %s-mode server", (_mode, server, devOnly) => {
  const routerDeps = (): RouterDeps => ({
    ...server().appDeps(),
    stopping: () => false,
    limiters: createRateLimiters(),
    address: () => "127.0.0.1",
  });

  it("serve without a session exactly the public allow-list", () => {
    expect(routeTable(publicRouter(routerDeps())).sort()).toEqual([...PUBLIC_ROUTES, ...devOnly].sort());
  });

  it("answer 401 unauthenticated to every route of the session router without a token, and write nothing", async () => {
    const routes = routeTable(signedInRouter(routerDeps()), "/api");
    expect(routes.length).toBeGreaterThan(20);
    const before = await databaseChecksum(server().db);
    for (const route of routes) {
      const [method, pattern] = route.split(" ") as [Route["method"], string];
      const path = pattern.replace(/:[A-Za-z]+/g, "zca-binh-minh");
      const res = await server().request(method, path, { body: method === "GET" ? undefined : {} });
      cases++;
      expect([res.status, res.body?.error?.code], `${route} → ${path}: ${res.text}`).toEqual([
        401,
        "unauthenticated",
      ]);
    }
    expect(await databaseChecksum(server().db)).toBe(before);
  });

  it("are all the app serves", () => {
    const deps = routerDeps();
    const both = [...routeTable(publicRouter(deps)), ...routeTable(signedInRouter(deps), "/api")];
    expect(routeTable(createApp(deps)).sort()).toEqual(both.sort());
  });
});

// Who may do what comes from the matrix in src/domain/permissions.ts: the expected answer of each
// route for each role is computed from it (`can`), not written a second time here.
describe("every route of a ZCA × every role, and an outsider", MANY_REQUESTS, () => {
  const PERSON_OF: Record<Role | "outsider", string> = {
    super_admin: "binh",
    admin: "chau",
    editor: "giang",
    finance: "em",
    outsider: "an",
  };

  /** The seed, plus Châu as Admin with the OA and app rights Bình has. */
  const freshZca = preparedState(
    () => dev.db,
    async () => {
      await dev.reset();
      await dev.db.insert(accountMembers).values({
        accountId: "zca-binh-minh",
        personId: "chau",
        role: "admin",
        addedBy: "binh",
        addedAt: new Date("2024-06-01T00:00:00Z"),
      });
      await dev.db.insert(oaAdmins).values({ oaId: "oa-binh-nail", personId: "chau" });
      await dev.db.insert(appAdmins).values({ appId: "2957316048827193064", personId: "chau" });
    },
  );

  it.each([...ROLES, "outsider" as const])(
    "answers %s as the matrix says, and a refusal changes nothing",
    async (who) => {
      const token = await validToken(dev, "dev", PERSON_OF[who]);
      for (const route of ACCOUNT_ROUTES) {
        const before = await freshZca();
        const res = await call(dev, { ...route, asBinh: route.ok, toAnotherPerson: "own" }, token);
        cases++;
        const seen = `${who} → ${route.method} ${route.path}: ${res.status} ${res.text}`;
        if (who !== "outsider" && can(who, route.permission)) {
          expect(res.status, seen).toBe(route.ok);
        } else {
          expect([res.status, res.body?.error?.code], seen).toEqual([403, "forbidden"]);
          expect(await databaseChecksum(dev.db), seen).toBe(before);
          expectNoLeak(res);
        }
      }
    },
  );
});

describe("signing in to a zalo-mode server", () => {
  it.each(["an", "binh"])("refuses the dev identity %s with 403 forbidden and no token", async (persona) => {
    const res = await zalo.post("/api/session", undefined, { devPersona: persona });
    cases++;
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(res.body).not.toHaveProperty("token");
  });

  it("does not offer the dev persona list, even with a valid token", async () => {
    const token = (await issueSessionToken(zalo.sessionSecret, "an", "zalo")).token;
    const res = await zalo.get("/api/dev/personas", token);
    cases++;
    expect(res.status).toBe(404);
    expect(res.text).not.toContain("Trần Thị Bình");
  });

  it("has no spend simulator (“Giả lập chi tiêu”), even for Bình's own ZCA with her valid token", async () => {
    const before = await databaseChecksum(zalo.db);
    const token = (await issueSessionToken(zalo.sessionSecret, "binh", "zalo")).token;
    const body = { kind: "zns", appId: "1864203957731480522", amount: 10_000 };
    const res = await zalo.post("/api/dev/usage/zca-binh-minh", token, body);
    cases++;
    expect([res.status, res.body?.error?.code]).toEqual([404, "not_found"]);
    expect(await databaseChecksum(zalo.db)).toBe(before);
  });
});

// Zalo's charging services prove who they are by the usage signature alone: no mini app session,
// whatever its role, opens these routes, and a signature under another key (the bank's) neither.
describe("the usage routes", () => {
  const hold = {
    holdId: "authz-hold",
    accountId: "zca-binh-minh",
    kind: "zns",
    amount: 10_000,
    appId: "1864203957731480522",
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  };
  const event = {
    ...hold,
    eventId: "authz-event",
    expiresAt: undefined,
    occurredAt: new Date().toISOString(),
  };

  it.each(["binh", "em", "giang", "an"])(
    "refuse %s's mini app session with 401, writing nothing",
    async (person) => {
      const before = await databaseChecksum(dev.db);
      const token = (await issueSessionToken(dev.sessionSecret, person, "dev")).token;
      for (const [path, body] of [
        ["/api/usage/holds", hold],
        ["/api/usage/events", event],
      ] as const) {
        const res = await dev.request("POST", path, { token, body });
        cases++;
        expect([res.status, res.body.error.code]).toEqual([401, "unauthenticated"]);
      }
      const bankSigned = await dev.request(
        "POST",
        "/api/usage/holds",
        usageRequest(hold, { secret: TEST_PAYMENTS.bankSecret }),
      );
      expect([bankSigned.status, bankSigned.body.error.code]).toEqual([401, "unauthenticated"]);
      expect(await databaseChecksum(dev.db)).toBe(before);
    },
  );
});
