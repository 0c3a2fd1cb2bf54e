import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleSignIn, signedInStaff, STAFF_SUBJECTS } from "./helpers/console";
import { expectError, send } from "./helpers/http";
import { startTestServer, type TestServer } from "./helpers/server";

const MINUTE = 60_000;
let clock = Date.now();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ console: { now: () => clock } });
});
afterAll(() => server.stop());

async function auditActions(): Promise<{ action: string; staff_email: string; staff_id: string | null }[]> {
  const result = await server.db.execute(
    "SELECT action, staff_email, staff_id FROM staff_audit ORDER BY id" as never,
  );
  return (result as unknown as { rows: { action: string; staff_email: string; staff_id: string | null }[] })
    .rows;
}

describe("console sign-in through the IdP", () => {
  it("signs a seeded staff member in with a Secure, HttpOnly, SameSite=Strict cookie under /console, and records it", async () => {
    const { callback, cookie } = await consoleSignIn(server, STAFF_SUBJECTS.support);
    expect(callback.status).toBe(303);
    expect(callback.headers.get("location")).toBe("/console/");
    expect(cookie).toMatch(/^zca_staff=[A-Za-z0-9_-]{43}$/);
    const line = callback.headers.getSetCookie().find((l) => l.startsWith("zca_staff="))!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/Secure/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).toMatch(/Path=\/console(;|$)/);
    const me = await send(server.url, "GET", "/console/api/me", { headers: { Cookie: cookie! } });
    expect(me.body.staff).toEqual({
      id: "staff-hoa",
      email: "hoa.support@zca.example",
      name: "Nguyễn Thu Hoa",
      role: "support",
    });
    expect(me.body.permissions).toEqual(["accounts.read"]);
    expect(await auditActions()).toContainEqual({
      action: "sign_in",
      staff_email: "hoa.support@zca.example",
      staff_id: "staff-hoa",
    });
    // The session is kept by its hash only.
    const stored = await server.db.execute("SELECT id_hash FROM staff_sessions" as never);
    const hashes = (stored as unknown as { rows: { id_hash: string }[] }).rows.map((r) => r.id_hash);
    expect(hashes).not.toContain(cookie!.split("=")[1]);
  });

  it("refuses an identity the IdP knows but the staff table does not, with a clear page, and records it", async () => {
    const { callback, callbackText, cookie } = await consoleSignIn(server, STAFF_SUBJECTS.unknown);
    expect(callback.status).toBe(403);
    expect(cookie).toBeNull();
    expect(callbackText).toContain("Tài khoản này không có quyền vào bảng điều khiển");
    expect(callbackText).toContain("This account may not open the console");
    expect(await auditActions()).toContainEqual({
      action: "sign_in_refused",
      staff_email: "khach@example.com",
      staff_id: null,
    });
  });

  it("refuses a callback without the sign-in's own cookie (a forged or replayed code)", async () => {
    const res = await fetch(`${server.url}/console/auth/callback?code=forged&state=forged`, {
      redirect: "manual",
    });
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie().some((l) => l.startsWith("zca_staff="))).toBe(false);
  });

  it("refuses a staff member an ops_admin has made inactive", async () => {
    await server.db.execute("UPDATE staff SET active = false WHERE id = 'staff-lan'" as never);
    const { callback } = await consoleSignIn(server, STAFF_SUBJECTS.finance_ops_2);
    expect(callback.status).toBe(403);
    await server.db.execute("UPDATE staff SET active = true WHERE id = 'staff-lan'" as never);
  });
});

describe("console sessions", () => {
  it("ends after 30 idle minutes, and 12 hours after sign-in however busy", async () => {
    const staff = await signedInStaff(server, STAFF_SUBJECTS.support);
    clock += 29 * MINUTE;
    expect((await staff.get("/console/api/me")).status).toBe(200);
    clock += 29 * MINUTE;
    expect((await staff.get("/console/api/me")).status).toBe(200);
    clock += 31 * MINUTE;
    expectError(await staff.get("/console/api/me"), 401, "unauthenticated");

    const busy = await signedInStaff(server, STAFF_SUBJECTS.support);
    for (let hours = 0; hours < 12 * 4; hours++) {
      clock += 15 * MINUTE;
      const res = await busy.get("/console/api/me");
      if (res.status !== 200) {
        expect(hours).toBe(12 * 4 - 1);
        expectError(res, 401, "unauthenticated");
        return;
      }
    }
    throw new Error("the session outlived 12 hours");
  });

  it("a sign-in clears the sessions that ended without being read again", async () => {
    await signedInStaff(server, STAFF_SUBJECTS.support);
    clock += 31 * MINUTE;
    await signedInStaff(server, STAFF_SUBJECTS.finance_ops);
    const left = await server.db.execute("SELECT staff_id FROM staff_sessions" as never);
    expect((left as unknown as { rows: { staff_id: string }[] }).rows).toEqual([{ staff_id: "staff-khang" }]);
  });

  it("signs out: the session ends, the cookie is cleared, and sign-out is recorded", async () => {
    const staff = await signedInStaff(server, STAFF_SUBJECTS.ops_admin);
    const res = await staff.write("POST", "/console/auth/logout");
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().find((l) => l.startsWith("zca_staff="))).toMatch(/Max-Age=0/);
    expectError(await staff.get("/console/api/me"), 401, "unauthenticated");
    expect((await auditActions()).at(-1)).toEqual({
      action: "sign_out",
      staff_email: "quan.admin@zca.example",
      staff_id: "staff-quan",
    });
  });
});

describe("CSRF: every console write needs the session's token and the console's Origin", () => {
  it("refuses a write without the token, with another session's token, or from a foreign Origin", async () => {
    const admin = await signedInStaff(server, STAFF_SUBJECTS.ops_admin);
    const other = await signedInStaff(server, STAFF_SUBJECTS.finance_ops);
    const path = "/console/api/staff/staff-hoa";
    const body = { role: "finance_ops" };
    const origin = new URL(server.url).origin;
    const noToken = await send(server.url, "PATCH", path, {
      body,
      headers: { Cookie: admin.cookie, Origin: origin },
    });
    expectError(noToken, 403, "forbidden");
    expectError(await admin.write("PATCH", path, body, { "X-CSRF-Token": other.csrf }), 403, "forbidden");
    expectError(await admin.write("PATCH", path, body, { Origin: "https://evil.example" }), 403, "forbidden");
    const noOrigin = await send(server.url, "PATCH", path, {
      body,
      headers: { Cookie: admin.cookie, "X-CSRF-Token": admin.csrf },
    });
    expectError(noOrigin, 403, "forbidden");
    expectError(
      await send(server.url, "POST", "/console/auth/logout", {
        headers: { Cookie: admin.cookie, Origin: origin },
      }),
      403,
      "forbidden",
    );
    // Nothing changed; with both, the write goes through and is recorded with who did it.
    expect((await admin.get("/console/api/staff")).body.items).toContainEqual(
      expect.objectContaining({ id: "staff-hoa", role: "support" }),
    );
    expect((await admin.write("PATCH", path, body)).status).toBe(204);
    expect((await admin.get("/console/api/staff")).body.items).toContainEqual(
      expect.objectContaining({ id: "staff-hoa", role: "finance_ops" }),
    );
    const trail = await admin.get("/console/api/audit?limit=1");
    expect(trail.body.items[0]).toMatchObject({
      action: "staff_role_changed",
      staffId: "staff-quan",
      staffName: "Đỗ Anh Quân",
      detail: { staffId: "staff-hoa", from: "support", to: "finance_ops" },
    });
    expect((await admin.write("PATCH", path, { role: "support" })).status).toBe(204);
  });

  it("refuses an ops_admin changing their own role, and roles that do not exist", async () => {
    const admin = await signedInStaff(server, STAFF_SUBJECTS.ops_admin);
    expectError(
      await admin.write("PATCH", "/console/api/staff/staff-quan", { role: "support" }),
      403,
      "forbidden",
    );
    expectError(
      await admin.write("PATCH", "/console/api/staff/staff-hoa", { role: "root" }),
      400,
      "invalid_input",
    );
    expectError(
      await admin.write("PATCH", "/console/api/staff/staff-nobody", { role: "support" }),
      404,
      "not_found",
    );
  });
});

describe("the mini app's sessions and the console's never open each other", () => {
  it("a mini app session (Bearer) opens no console route", async () => {
    const token = await server.signIn("binh");
    expectError(await server.get("/console/api/me", token), 401, "unauthenticated");
    expectError(await server.get("/console/api/accounts?q=binh", token), 401, "unauthenticated");
  });

  it("a staff session cookie opens no mini app route", async () => {
    const staff = await signedInStaff(server, STAFF_SUBJECTS.ops_admin);
    for (const path of ["/api/me", "/api/accounts/zca-binh-minh", "/api/oas"]) {
      expectError(
        await send(server.url, "GET", path, { headers: { Cookie: staff.cookie } }),
        401,
        "unauthenticated",
      );
    }
  });
});
