import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { memoryLog } from "../support/log";
import { startZaloStub, type ZaloStub } from "../support/zalo-stub";
import { checkConsistency } from "./helpers/consistency";
import { databaseChecksum } from "./helpers/db-state";
import { createBody, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import type { ApiResponse } from "./helpers/http";
import { startTestServer, type TestServer } from "./helpers/server";

// Every write leaves an audit event that names who, what and the request; the request id ties
// the answer, the log line and the event together.
const logLines: Record<string, unknown>[] = [];
const { server } = freshServer({ server: { log: memoryLog(logLines) } });
beforeEach(() => {
  logLines.length = 0;
});

interface AuditRow {
  actor_id: string;
  action: string;
  account_id: string | null;
  subject_id: string | null;
  request_id: string | null;
}

async function auditOf(res: ApiResponse): Promise<AuditRow[]> {
  const id = res.headers.get("x-request-id");
  expect(id).toBeTruthy();
  return queryRows<AuditRow>(
    server.db,
    sql`SELECT actor_id, action, account_id, subject_id, request_id FROM audit_events WHERE request_id = ${id}`,
  );
}

describe("audit trail", () => {
  it("records creating a ZCA, linking and unlinking an OA, each with its request id, and logs that id", async () => {
    const binh = await server.signIn("binh");
    const an = await server.signIn("an");
    const created = await postAccount(server, an, createBody());
    expect(created.status).toBe(201);
    expect(await auditOf(created)).toEqual([
      expect.objectContaining({ actor_id: "an", action: "account.create", account_id: created.body.id }),
    ]);

    const link = await server.post("/api/accounts/zca-binh-minh/oas", binh, { oaId: "oa-binh-nail" });
    expect(await auditOf(link)).toEqual([
      expect.objectContaining({ actor_id: "binh", action: "account.link_oa", subject_id: "oa-binh-nail" }),
    ]);
    const unlink = await server.del("/api/accounts/zca-binh-minh/oas/oa-binh-nail", binh);
    expect(await auditOf(unlink)).toEqual([
      expect.objectContaining({ actor_id: "binh", action: "account.unlink_oa", subject_id: "oa-binh-nail" }),
    ]);

    for (const res of [created, link, unlink]) {
      const id = res.headers.get("x-request-id");
      expect(logLines).toContainEqual(expect.objectContaining({ requestId: id, status: res.status }));
    }
  });

  it("records each member change and each app link, create and unlink, with its request id", async () => {
    const binh = await server.signIn("binh");
    const account = "/api/accounts/zca-binh-minh";
    const steps: [() => Promise<ApiResponse>, string, string][] = [
      [
        () => server.post(`${account}/members`, binh, { phone: "0901000003", role: "editor" }),
        "member.add",
        "chau",
      ],
      [() => server.patch(`${account}/members/chau`, binh, { role: "admin" }), "member.change_role", "chau"],
      [() => server.del(`${account}/members/chau`, binh), "member.remove", "chau"],
      [
        () => server.post(`${account}/apps`, binh, { appId: "2957316048827193064" }),
        "account.link_app",
        "2957316048827193064",
      ],
      [
        () => server.del(`${account}/apps/2957316048827193064`, binh),
        "account.unlink_app",
        "2957316048827193064",
      ],
    ];
    for (const [request, action, subject] of steps) {
      const res = await request();
      expect(res.status).toBeLessThan(300);
      expect(await auditOf(res)).toEqual([
        expect.objectContaining({
          actor_id: "binh",
          action,
          account_id: "zca-binh-minh",
          subject_id: subject,
        }),
      ]);
    }
    const created = await server.post(`${account}/apps`, binh, { create: true });
    expect(await auditOf(created)).toEqual([
      expect.objectContaining({ action: "account.link_app", subject_id: created.body.id }),
    ]);
  });

  it("records nothing for a replay or a link already there, which write nothing", async () => {
    const binh = await server.signIn("binh");
    const before = await databaseChecksum(server.db);
    const again = await server.post("/api/accounts/zca-binh-minh/oas", binh, { oaId: "oa-binh-minh" });
    expect(again.status).toBe(200);
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("puts the request id of a refusal in its body, its header and its log line", async () => {
    const an = await server.signIn("an");
    const res = await server.get("/api/accounts/zca-binh-minh", an);
    expect(res.status).toBe(403);
    const id = res.headers.get("x-request-id");
    expect(res.body.error.requestId).toBe(id);
    expect(logLines).toContainEqual(
      expect.objectContaining({ requestId: id, status: 403, path: "/api/accounts/zca-binh-minh" }),
    );
  });

  it("makes its own request id rather than take one a client sends", async () => {
    const an = await server.signIn("an");
    const res = await postAccount(server, an, createBody());
    const forged = await server.post(
      "/api/accounts/zca-binh-minh/oas",
      an,
      { oaId: "oa-an-nhien" },
      {
        "X-Request-Id": res.headers.get("x-request-id")!,
      },
    );
    expect(forged.headers.get("x-request-id")).not.toBe(res.headers.get("x-request-id"));
    expect(forged.body.error.requestId).toBe(forged.headers.get("x-request-id"));
  });

  it("rolls the whole creation back when its audit event cannot be written: no ZCA without its trail", async () => {
    const an = await server.signIn("an");
    // The audit insert is the creating transaction's last write: make it fail.
    await server.db.execute(
      sql`ALTER TABLE audit_events ADD CONSTRAINT no_more_events CHECK (false) NOT VALID`,
    );
    try {
      const res = await postAccount(server, an, createBody());
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe("internal");
      expect(res.body.error.message).not.toMatch(/constraint|audit|sql/i);
      const id = res.headers.get("x-request-id");
      expect(res.body.error.requestId).toBe(id);
      // The log keeps the cause for the operator, under the same request id.
      expect(logLines).toContainEqual(
        expect.objectContaining({ level: "error", requestId: id, stack: expect.any(String) }),
      );
      expect(await queryRows(server.db, sql`SELECT id FROM accounts WHERE super_admin_id = 'an'`)).toEqual(
        [],
      );
      expect((await checkConsistency(server.db)).problems).toEqual([]);
    } finally {
      await server.db.execute(sql`ALTER TABLE audit_events DROP CONSTRAINT no_more_events`);
    }
  });
});

describe("audit trail of a Zalo sign-in", () => {
  let stub: ZaloStub;
  let zalo: TestServer;
  beforeAll(async () => {
    stub = await startZaloStub();
    zalo = await startTestServer({ authMode: "zalo", graphUrl: stub.url, seed: false });
  });
  afterAll(async () => {
    await zalo?.stop();
    await stub?.stop();
  });

  it("records the sign-in that wrote the person, with its request id", async () => {
    const res = await zalo.post("/api/session", undefined, { accessToken: "t", phoneToken: "p" });
    expect(res.status).toBe(201);
    const rows = await queryRows<AuditRow>(
      zalo.db,
      sql`SELECT actor_id, action, request_id FROM audit_events`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        actor_id: res.body.user.id,
        action: "person.sign_in",
        request_id: res.headers.get("x-request-id"),
      }),
    ]);
  });
});
