import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { databaseChecksum } from "./helpers/db-state";
import { createBody, newKey } from "./helpers/fixtures";
import { AN_BUSINESS } from "../support/businesses";
import { forge, MALFORMED_AUTHORIZATION } from "./helpers/forged-tokens";
import type { ApiResponse } from "./helpers/http";
import { startTestServer, type TestServer } from "./helpers/server";

// The victim is Bình: her ZCA, her OAs, her phone. Nothing of this may reach anyone else.
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
];

interface Route {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  idempotent?: boolean;
  /** What Bình's resource answers to An's valid token; "own" routes show An his own data. */
  toAnotherPerson: { status: 403; code: string } | "own";
}

const ROUTES: Route[] = [
  { method: "POST", path: "/api/session/refresh", toAnotherPerson: "own" },
  { method: "GET", path: "/api/me", toAnotherPerson: "own" },
  { method: "GET", path: "/api/oas", toAnotherPerson: "own" },
  { method: "GET", path: "/api/apps", toAnotherPerson: "own" },
  { method: "GET", path: "/api/terms", toAnotherPerson: "own" },
  {
    method: "POST",
    path: "/api/accounts",
    body: createBody({ name: "ZCA tren OA cua Binh", oaId: "oa-binh-nail" }),
    idempotent: true,
    toAnotherPerson: { status: 403, code: "oa_not_admin" },
  },
  { method: "GET", path: "/api/accounts/zca-binh-minh", toAnotherPerson: { status: 403, code: "forbidden" } },
  {
    method: "PATCH",
    path: "/api/accounts/zca-binh-minh/business",
    body: { ...AN_BUSINESS, companyName: "Công ty của người khác" },
    toAnotherPerson: { status: 403, code: "forbidden" },
  },
  {
    method: "POST",
    path: "/api/accounts/zca-binh-minh/oas",
    body: { oaId: "oa-binh-nail" },
    toAnotherPerson: { status: 403, code: "forbidden" },
  },
  {
    method: "POST",
    path: "/api/accounts/zca-binh-minh/oas",
    body: { oaId: "oa-an-nhien" },
    toAnotherPerson: { status: 403, code: "forbidden" },
  },
  {
    method: "DELETE",
    path: "/api/accounts/zca-binh-minh/oas/oa-binh-minh",
    toAnotherPerson: { status: 403, code: "forbidden" },
  },
  { method: "GET", path: "/api/does-not-exist", toAnotherPerson: "own" },
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
      "malformed, foreign-mode and other people's tokens), all 401/403 with stable codes, none showing Bình's data",
  );
});

const validToken = async (server: TestServer, mode: Mode, person: string) =>
  `Bearer ${(await issueSessionToken(server.sessionSecret, person, mode)).token}`;

describe.each([
  ["dev", () => dev],
  ["zalo", () => zalo],
] as const)("on a %s-mode server", (mode, server) => {
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
    for (const route of ROUTES) {
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

  it("lets Bình's own token through every route, so the refusals above are about the token", async () => {
    const binh = await validToken(server(), mode, "binh");
    const statuses = [];
    for (const route of ROUTES.filter((r) => r.path !== "/api/does-not-exist" && r.method !== "DELETE")) {
      statuses.push((await call(server(), route, binh)).status);
    }
    // Her own POST /api/accounts meets R1 (her phone owns a ZCA); every other call succeeds.
    expect(statuses).toEqual([201, 200, 200, 200, 200, 409, 200, 200, 201, 403]);
    expect((await server().del("/api/accounts/zca-binh-minh/oas/oa-binh-nail", binh.slice(7))).status).toBe(
      204,
    );
  });
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
});
