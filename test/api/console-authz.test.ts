// Every console route × every staff role, a signed-out caller and a mini app session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STAFF_ROLES, type StaffRole } from "../../src/domain/staff-permissions";
import { signedInStaff, STAFF_SUBJECTS } from "./helpers/console";
import { expectError, send } from "./helpers/http";
import { startTestServer, type TestServer } from "./helpers/server";

interface ConsoleRoute {
  method: "GET" | "PATCH";
  path: string;
  body?: unknown;
  allowed: readonly StaffRole[];
  /** What an allowed caller gets. */
  ok: number;
}

const EVERY_ROLE = STAFF_ROLES;
const ROUTES: ConsoleRoute[] = [
  { method: "GET", path: "/console/api/me", allowed: EVERY_ROLE, ok: 200 },
  { method: "GET", path: "/console/api/accounts?q=0399123457", allowed: EVERY_ROLE, ok: 200 },
  { method: "GET", path: "/console/api/accounts/zca-binh-minh", allowed: EVERY_ROLE, ok: 200 },
  ...["ledger", "topups", "invoices", "notifications", "events"].map((section) => ({
    method: "GET" as const,
    path: `/console/api/accounts/zca-binh-minh/${section}`,
    allowed: EVERY_ROLE,
    ok: 200,
  })),
  { method: "GET", path: "/console/api/audit", allowed: ["finance_ops", "ops_admin"], ok: 200 },
  { method: "GET", path: "/console/api/staff", allowed: ["ops_admin"], ok: 200 },
  {
    method: "PATCH",
    path: "/console/api/staff/staff-lan",
    body: { role: "finance_ops" },
    allowed: ["ops_admin"],
    ok: 204,
  },
];

const SUBJECT: Record<StaffRole, string> = {
  support: STAFF_SUBJECTS.support,
  finance_ops: STAFF_SUBJECTS.finance_ops,
  ops_admin: STAFF_SUBJECTS.ops_admin,
};

let server: TestServer;
const staff = {} as Record<StaffRole, Awaited<ReturnType<typeof signedInStaff>>>;
beforeAll(async () => {
  server = await startTestServer({ console: {} });
  for (const role of STAFF_ROLES) staff[role] = await signedInStaff(server, SUBJECT[role]);
});
afterAll(() => server.stop());

describe.each(ROUTES)("$method $path", (route) => {
  it.each(STAFF_ROLES)("as %s", async (role) => {
    const res =
      route.method === "GET"
        ? await staff[role].get(route.path)
        : await staff[role].write(route.method, route.path, route.body);
    if (route.allowed.includes(role)) expect(res.status, res.text).toBe(route.ok);
    else expectError(res, 403, "forbidden");
  });

  it("signed out", async () => {
    const origin = new URL(server.url).origin;
    expectError(
      await send(server.url, route.method, route.path, { body: route.body, headers: { Origin: origin } }),
      401,
      "unauthenticated",
    );
  });

  it("with a mini app session", async () => {
    const token = await server.signIn("binh");
    expectError(
      await send(server.url, route.method, route.path, { token, body: route.body }),
      401,
      "unauthenticated",
    );
  });
});

it("POST /console/auth/logout: signed out, and with a mini app session, is refused", async () => {
  const origin = new URL(server.url).origin;
  expectError(
    await send(server.url, "POST", "/console/auth/logout", { headers: { Origin: origin } }),
    401,
    "unauthenticated",
  );
  const token = await server.signIn("binh");
  expectError(await send(server.url, "POST", "/console/auth/logout", { token }), 401, "unauthenticated");
});

describe("finding a ZCA and reading it", () => {
  it.each([
    ["its tax code", "0399123457"],
    ["a member's phone as people write it", "0901 000 002"],
    ["a word of its name, without tone marks", "binh minh"],
    ["a linked OA id", "oa-binh-minh"],
    ["a linked App id", "1864203957731480522"],
  ])("finds Bình's ZCA by %s", async (_, q) => {
    const res = await staff.support.get(`/console/api/accounts?q=${encodeURIComponent(q)}`);
    expect(res.body.items.map((a: { id: string }) => a.id)).toContain("zca-binh-minh");
  });

  it("finds nothing for a stranger's phone, and refuses an empty or huge query", async () => {
    expect((await staff.support.get("/console/api/accounts?q=0999999999")).body.items).toEqual([]);
    expectError(await staff.support.get("/console/api/accounts?q=%20"), 400, "invalid_input");
    expectError(await staff.support.get(`/console/api/accounts?q=${"a".repeat(101)}`), 400, "invalid_input");
    // LIKE's own characters are searched for, not obeyed.
    expect((await staff.support.get("/console/api/accounts?q=%25")).body.items).toEqual([]);
  });

  it("reads the ZCA's members and ledger a page at a time, and says who read it", async () => {
    const account = await staff.support.get("/console/api/accounts/zca-binh-minh");
    expect(account.body.members.map((m: { personId: string }) => m.personId)).toEqual([
      "binh",
      "em",
      "giang",
    ]);
    const first = await staff.support.get("/console/api/accounts/zca-binh-minh/ledger?limit=2");
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBeTruthy();
    const next = await staff.support.get(
      `/console/api/accounts/zca-binh-minh/ledger?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(next.body.items[0].id).not.toBe(first.body.items[1].id);
    expectError(await staff.support.get("/console/api/accounts/zca-none"), 404, "not_found");
    expectError(await staff.support.get("/console/api/accounts/zca-binh-minh/secrets"), 404, "not_found");
    expectError(
      await staff.support.get("/console/api/accounts/zca-binh-minh/ledger?cursor=bad&limit=2"),
      400,
      "invalid_input",
    );
    const trail = await staff.ops_admin.get("/console/api/audit?limit=100");
    expect(trail.body.items).toContainEqual(
      expect.objectContaining({ action: "account_viewed", staffId: "staff-hoa", accountId: "zca-binh-minh" }),
    );
  });
});
