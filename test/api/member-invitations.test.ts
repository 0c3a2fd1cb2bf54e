// In production no Zalo API says whether a number has a Zalo account: a number nobody has signed
// in with becomes a pending invitation, which turns into membership when a person signs in and
// shares that phone.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { startZaloStub, STUB_PROFILE, type ZaloStub } from "../support/zalo-stub";
import { checkConsistency } from "./helpers/consistency";
import { auditActions, countRows } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const ACCOUNT = "zca-binh-minh";
const MEMBERS = `/api/accounts/${ACCOUNT}/members`;
// The stub's Zalo account (Võ Thị Hoa) shares 84912345678 when she signs in.
const HOA_PHONE = "0912 345 678";

let stub: ZaloStub;
let server: TestServer;
let binh: string;
beforeAll(async () => {
  stub = await startZaloStub();
  server = await startTestServer({ authMode: "zalo", graphUrl: stub.url });
});
beforeEach(async () => {
  stub.reset();
  await server.reset();
  binh = (await issueSessionToken(server.sessionSecret, "binh", "zalo")).token;
});
afterEach(async () => expect((await checkConsistency(server.db)).problems).toEqual([]));
afterAll(async () => {
  await server?.stop();
  await stub?.stop();
});

const signInHoa = (phoneToken?: string) =>
  server.post("/api/session", undefined, { accessToken: "zalo-access-token", phoneToken });

describe("adding a number nobody has signed in with (zalo mode)", () => {
  it("keeps it as a pending invitation, listed after the members, that Hoa's sign-in turns into membership", async () => {
    const res = await server.post(MEMBERS, binh, { phone: HOA_PHONE, role: "finance" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: null,
      phone: "•••••••678",
      role: "finance",
      addedBy: { id: "binh" },
      personId: null,
      pending: true,
    });
    const invitationId = res.body.id;
    expect(invitationId).toMatch(/^inv-/);
    const list = await server.get(MEMBERS, binh);
    expect(list.body.map((m: { id: string }) => m.id)).toEqual(["binh", "em", "giang", invitationId]);

    const session = await signInHoa("zalo-phone-token");
    expect(session.status).toBe(201);
    expect(session.body.me.accounts).toEqual([
      { id: ACCOUNT, name: "Cong ty TNHH Binh Minh", role: "finance" },
    ]);
    const after = await server.get(MEMBERS, binh);
    expect(after.body.at(-1)).toMatchObject({
      id: STUB_PROFILE.id,
      personId: STUB_PROFILE.id,
      name: STUB_PROFILE.name,
      role: "finance",
      addedBy: { id: "binh" },
      addedAt: res.body.addedAt,
      pending: false,
    });
    expect(await countRows(server.db, "account_invitations")).toBe(0);
    expect(await auditActions(server.db, ACCOUNT)).toEqual([
      `member.invite:${invitationId}`,
      `member.join:${STUB_PROFILE.id}`,
    ]);
  });

  it("waits while Hoa signs in without sharing her phone", async () => {
    await server.post(MEMBERS, binh, { phone: HOA_PHONE, role: "editor" });
    const session = await signInHoa();
    expect(session.body.me.accounts).toEqual([]);
    expect(await countRows(server.db, "account_invitations")).toBe(1);
  });

  it("lets the invitation's role be changed, and the invitation be withdrawn", async () => {
    const { body } = await server.post(MEMBERS, binh, { phone: HOA_PHONE, role: "editor" });
    const changed = await server.patch(`${MEMBERS}/${body.id}`, binh, { role: "admin" });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: body.id, personId: null, role: "admin", pending: true });
    expect((await server.del(`${MEMBERS}/${body.id}`, binh)).status).toBe(204);

    const session = await signInHoa("zalo-phone-token");
    expect(session.body.me.accounts).toEqual([]);
  });

  it("refuses the same number twice, and answers a known number with the person at once", async () => {
    expect((await server.post(MEMBERS, binh, { phone: HOA_PHONE, role: "editor" })).status).toBe(201);
    const again = await server.post(MEMBERS, binh, { phone: "+84912345678", role: "admin" });
    expect([again.status, again.body.error.code]).toEqual([409, "already_member"]);
    const known = await server.post(MEMBERS, binh, { phone: "0901000003", role: "editor" });
    expect(known.body).toMatchObject({ id: "chau", personId: "chau", pending: false });
  });

  it("never answers phone_not_on_zalo, which only a complete directory could know", async () => {
    const res = await server.post(MEMBERS, binh, { phone: "0909999999", role: "editor" });
    expect(res.status).toBe(201);
    expect(res.body.pending).toBe(true);
  });
});
