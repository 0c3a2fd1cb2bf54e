// Member changes and app links racing each other, each ending with every consistency rule of the
// database checked: exactly one Super Admin member per ZCA, every membership and link explained by
// its audit events, no invitation left waiting for someone who signed in.
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { startZaloStub, STUB_PROFILE, type ZaloStub } from "../support/zalo-stub";
import { checkConsistency } from "./helpers/consistency";
import { countRows, createBody, postAccount } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import type { ApiResponse } from "./helpers/http";
import { startTestServer, type TestServer } from "./helpers/server";

const ACCOUNT = "zca-binh-minh";
const MEMBERS = `/api/accounts/${ACCOUNT}/members`;
const ROUNDS = 5;

const { server, tokens } = freshServer({ people: ["an", "binh", "chau", "dung"] });
afterEach(async () => {
  const report = await checkConsistency(server.db);
  figures.rowsChecked += report.rowsChecked;
  expect(report.problems).toEqual([]);
});

const figures = { requests: 0, rowsChecked: 0 };
afterAll(() => {
  console.log(
    `member races (${server.kind}): ${figures.requests} parallel requests, ` +
      `${figures.rowsChecked} rows checked against every consistency rule`,
  );
});

async function fire(requests: Promise<ApiResponse>[]): Promise<ApiResponse[]> {
  figures.requests += requests.length;
  return Promise.all(requests);
}

const codes = (responses: ApiResponse[]) => responses.map((r) => r.body?.error?.code ?? r.status);
const add = (who: string, phone: string, role: string) => server.post(MEMBERS, tokens[who], { phone, role });

describe("member races", () => {
  it("ten parallel adds of one phone: one member, nine already_member", async () => {
    const responses = await fire(Array.from({ length: 10 }, () => add("binh", "0901000003", "editor")));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(codes(responses).filter((c) => c !== 201)).toEqual(Array(9).fill("already_member"));
    expect(await countRows(server.db, "account_members", sql`person_id = 'chau'`)).toBe(1);
  });

  it("a role change racing a removal: the member ends removed, and the change either came first or found no one", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      expect((await add("binh", "0901000003", "editor")).status).toBe(201);
      const [changed, removed] = await fire([
        server.patch(`${MEMBERS}/chau`, tokens.binh, { role: "admin" }),
        server.del(`${MEMBERS}/chau`, tokens.binh),
      ]);
      expect(removed!.status).toBe(204);
      expect([200, 404]).toContain(changed!.status);
      expect(await countRows(server.db, "account_members", sql`person_id = 'chau'`)).toBe(0);
    }
  });

  it("two Admins removing each other at once: one of them stays, the other's request is refused", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await add("binh", "0901000003", "admin");
      await add("binh", "0901000004", "admin");
      const responses = await fire([
        server.del(`${MEMBERS}/dung`, tokens.chau),
        server.del(`${MEMBERS}/chau`, tokens.dung),
      ]);
      expect(codes(responses).sort()).toEqual([204, "forbidden"]);
      expect(await countRows(server.db, "account_members", sql`person_id IN ('chau', 'dung')`)).toBe(1);
      await server.db.execute(sql`DELETE FROM account_members WHERE person_id IN ('chau', 'dung')`);
      await server.db.execute(sql`DELETE FROM audit_events WHERE action LIKE 'member.%'`);
    }
  });

  it("parallel links of one app to two ZCAs: one holder, the other gets app_linked_elsewhere", async () => {
    // Bình is Admin of An's ZCA too, and administers the free app "Bình Minh Chăm sóc khách hàng".
    const anAccount = await postAccount(server, tokens.an, createBody());
    await server.post(`/api/accounts/${anAccount.body.id}/members`, tokens.an, {
      phone: "0901000002",
      role: "admin",
    });
    for (let round = 0; round < ROUNDS; round++) {
      const responses = await fire([
        server.post(`/api/accounts/${ACCOUNT}/apps`, tokens.binh, { appId: "2957316048827193064" }),
        server.post(`/api/accounts/${anAccount.body.id}/apps`, tokens.binh, { appId: "2957316048827193064" }),
      ]);
      expect(codes(responses).sort()).toEqual([201, "app_linked_elsewhere"]);
      expect(await countRows(server.db, "account_apps", sql`app_id = '2957316048827193064'`)).toBe(1);
      const holder = responses.find((r) => r.status === 201)!.body.linkedAccountId;
      expect((await server.del(`/api/accounts/${holder}/apps/2957316048827193064`, tokens.binh)).status).toBe(
        204,
      );
    }
  });
});

describe("an invitation racing the sign-in of its phone (zalo mode)", () => {
  let stub: ZaloStub;
  let zalo: TestServer;
  beforeAll(async () => {
    stub = await startZaloStub();
    zalo = await startTestServer({ authMode: "zalo", graphUrl: stub.url });
  });
  afterAll(async () => {
    await zalo?.stop();
    await stub?.stop();
  });

  it("ends with Hoa a member whichever came first, and no invitation left waiting", async () => {
    const binh = (await issueSessionToken(zalo.sessionSecret, "binh", "zalo")).token;
    for (let round = 0; round < ROUNDS; round++) {
      await zalo.reset();
      const [added, signedIn] = await fire([
        zalo.post(`/api/accounts/${ACCOUNT}/members`, binh, { phone: "0912345678", role: "editor" }),
        zalo.post("/api/session", undefined, {
          accessToken: "zalo-access-token",
          phoneToken: "zalo-phone-token",
        }),
      ]);
      expect([added!.status, signedIn!.status]).toEqual([201, 201]);
      expect(await countRows(zalo.db, "account_members", sql`person_id = ${STUB_PROFILE.id}`)).toBe(1);
      expect(await countRows(zalo.db, "account_invitations")).toBe(0);
      expect((await checkConsistency(zalo.db)).problems).toEqual([]);
    }
  });
});
