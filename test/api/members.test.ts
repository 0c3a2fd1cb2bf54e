import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accountMembers, auditEvents } from "../../server/db/schema";
import { auditActions, countRows, createBody, postAccount } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { expectError } from "./helpers/http";

// Bình is the Super Admin of zca-binh-minh; Em is its Finance member, Giang its Editor (seed).
const ACCOUNT = "zca-binh-minh";
const MEMBERS = `/api/accounts/${ACCOUNT}/members`;

const { server, tokens } = freshServer({
  people: ["an", "binh", "chau", "dung", "em", "giang"],
  consistency: true,
});

const add = (who: string, phone: string, role: string) => server.post(MEMBERS, tokens[who], { phone, role });
const setRole = (who: string, memberId: string, role: string) =>
  server.patch(`${MEMBERS}/${memberId}`, tokens[who], { role });
const remove = (who: string, memberId: string) => server.del(`${MEMBERS}/${memberId}`, tokens[who]);
const roleOf = async (personId: string) =>
  (await server.get(MEMBERS, tokens.binh)).body.find((m: { personId: string }) => m.personId === personId)
    ?.role ?? null;

/** Makes Châu an Admin of Bình's ZCA, as Bình would. */
async function chauAsAdmin() {
  expect((await add("binh", "0901000003", "admin")).status).toBe(201);
}

describe("GET /api/accounts/:id/members", () => {
  it("lists the Super Admin first, then each member with masked phone, role, who added them and when", async () => {
    const res = await server.get(MEMBERS, tokens.binh);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: "binh",
        personId: "binh",
        name: "Trần Thị Bình",
        avatar: "/avatars/binh.png",
        phone: "•••••••002",
        role: "super_admin",
        addedBy: { id: "binh", name: "Trần Thị Bình", avatar: "/avatars/binh.png" },
        addedAt: "2024-03-12T09:30:00.000Z",
        pending: false,
      },
      expect.objectContaining({
        id: "em",
        personId: "em",
        role: "finance",
        phone: "•••••••005",
        addedBy: expect.objectContaining({ id: "binh" }),
      }),
      expect.objectContaining({
        id: "giang",
        personId: "giang",
        role: "editor",
        phone: "•••••••006",
        addedAt: "2024-05-20T07:40:00.000Z",
      }),
    ]);
    expect(res.text).not.toContain("0901000005");
  });

  it("is open to every member, whatever the role, and closed to anyone else", async () => {
    for (const member of ["em", "giang"])
      expect((await server.get(MEMBERS, tokens[member])).status).toBe(200);
    expectError(await server.get(MEMBERS, tokens.an), 403, "forbidden");
    expectError(await server.get("/api/accounts/zca-nope/members", tokens.an), 404, "not_found");
  });
});

describe("POST /api/accounts/:id/members", () => {
  it("adds Châu as Admin by her phone written any common way; she then sees the ZCA with her role", async () => {
    const res = await add("binh", "(+84) 901.000.003", "admin");
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: "chau",
      personId: "chau",
      name: "Lê Minh Châu",
      phone: "•••••••003",
      role: "admin",
      addedBy: { id: "binh" },
      pending: false,
    });
    expect(Date.parse(res.body.addedAt)).toBeGreaterThan(Date.now() - 60_000);

    const me = await server.get("/api/me", tokens.chau);
    expect(me.body.accounts).toEqual([{ id: ACCOUNT, name: "Cong ty TNHH Binh Minh", role: "admin" }]);
    // R1 is about the Super Admin's phone: being an Admin elsewhere does not stop her creating her own.
    expect(me.body.canCreateAccount).toBe(true);
    const account = await server.get(`/api/accounts/${ACCOUNT}`, tokens.chau);
    expect(account.status).toBe(200);
    expect(account.body.role).toBe("admin");

    expect(await auditActions(server.db, ACCOUNT)).toEqual(["member.add:chau"]);
    const [event] = await server.db.select().from(auditEvents).where(eq(auditEvents.action, "member.add"));
    expect(event).toMatchObject({ actorId: "binh", detail: { role: "admin" } });
  });

  it("lets an Admin of the ZCA create a ZCA of her own, and lists both with her role in each", async () => {
    await add("binh", "0901000001", "admin");
    expect((await postAccount(server, tokens.an, createBody())).status).toBe(201);
    const me = await server.get("/api/me", tokens.an);
    expect(me.body.accounts.map((a: { name: string; role: string }) => [a.name, a.role])).toEqual([
      ["Cong ty TNHH An Nhien", "super_admin"],
      ["Cong ty TNHH Binh Minh", "admin"],
    ]);
    expect(me.body.reason).toBe("phone_owns_account");
  });

  it("refuses a number no Zalo account has (the directory knows every number in dev mode)", async () => {
    expectError(await add("binh", "0909 999 999", "editor"), 422, "phone_not_on_zalo");
    expect(await countRows(server.db, "account_invitations")).toBe(0);
  });

  it("refuses someone who is already a member, the Super Admin included", async () => {
    expectError(await add("binh", "0901000005", "admin"), 409, "already_member");
    expectError(await add("binh", "+84901000002", "admin"), 409, "already_member");
    expect(await roleOf("em")).toBe("finance");
  });

  it.each([
    [{ phone: "12345", role: "admin" }],
    [{ phone: "", role: "admin" }],
    [{ phone: "0901000003", role: "super_admin" }],
    [{ phone: "0901000003", role: "owner" }],
    [{ phone: "0901000003" }],
    [{ phone: "0901000003", role: "admin", extra: 1 }],
  ])("refuses %j with invalid_input", async (body) => {
    expectError(await server.post(MEMBERS, tokens.binh, body), 400, "invalid_input");
  });

  it("lets an Admin add any role up to her own, and no Editor or Finance member add anyone", async () => {
    await chauAsAdmin();
    expect((await add("chau", "0901000004", "admin")).status).toBe(201);
    expectError(await add("giang", "0901000001", "editor"), 403, "forbidden");
    expectError(await add("em", "0901000001", "finance"), 403, "forbidden");
    expectError(await add("an", "0901000001", "finance"), 403, "forbidden");
  });
});

describe("PATCH /api/accounts/:id/members/:memberId", () => {
  it("makes Giang an Admin, after which she may link the OA she administers", async () => {
    expectError(
      await server.post(`/api/accounts/${ACCOUNT}/oas`, tokens.giang, { oaId: "oa-binh-nail" }),
      403,
      "forbidden",
    );
    const res = await setRole("binh", "giang", "admin");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: "giang",
      personId: "giang",
      role: "admin",
      addedBy: { id: "binh" },
    });
    expect(
      (await server.post(`/api/accounts/${ACCOUNT}/oas`, tokens.giang, { oaId: "oa-binh-nail" })).status,
    ).toBe(201);
    expect(await auditActions(server.db, ACCOUNT)).toEqual([
      "member.change_role:giang",
      "account.link_oa:oa-binh-nail",
    ]);
    const [event] = await server.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "member.change_role"));
    expect(event!.detail).toEqual({ from: "editor", to: "admin" });
  });

  it("answers the same role with the member and records nothing", async () => {
    const res = await setRole("binh", "em", "finance");
    expect(res.status).toBe(200);
    expect(res.body.role).toBe("finance");
    expect(await auditActions(server.db, ACCOUNT)).toEqual([]);
  });

  it("never demotes the Super Admin, whoever asks", async () => {
    await chauAsAdmin();
    expectError(await setRole("chau", "binh", "editor"), 409, "super_admin_protected");
    expectError(await setRole("binh", "binh", "admin"), 409, "super_admin_protected");
    expect(await roleOf("binh")).toBe("super_admin");
  });

  it("keeps to ranks: an Admin manages Admins and below, an Editor or Finance member no one", async () => {
    await chauAsAdmin();
    expect((await setRole("chau", "giang", "admin")).status).toBe(200);
    expect((await setRole("chau", "giang", "finance")).status).toBe(200);
    expectError(await setRole("giang", "em", "editor"), 403, "forbidden");
    expectError(await setRole("em", "em", "admin"), 403, "forbidden");
    expect(await roleOf("em")).toBe("finance");
  });

  it("refuses a role that cannot be given, and says when there is no such member", async () => {
    expectError(await setRole("binh", "em", "super_admin"), 400, "invalid_input");
    expectError(await setRole("binh", "an", "admin"), 404, "not_found");
    expectError(await setRole("an", "em", "admin"), 403, "forbidden");
  });
});

describe("DELETE /api/accounts/:id/members/:memberId", () => {
  it("removes Em: she no longer sees the ZCA, and her home no longer lists it", async () => {
    expect((await remove("binh", "em")).status).toBe(204);
    expectError(await server.get(`/api/accounts/${ACCOUNT}`, tokens.em), 403, "forbidden");
    expect((await server.get("/api/me", tokens.em)).body.accounts).toEqual([]);
    expectError(await remove("binh", "em"), 404, "not_found");
    expect(await auditActions(server.db, ACCOUNT)).toEqual(["member.remove:em"]);
  });

  it("never removes the Super Admin, not even at her own request", async () => {
    await chauAsAdmin();
    expectError(await remove("binh", "binh"), 409, "super_admin_protected");
    expectError(await remove("chau", "binh"), 409, "super_admin_protected");
    expect(await countRows(server.db, "account_members", eq(accountMembers.personId, "binh"))).toBe(1);
  });

  it("lets an Admin remove another Admin, or leave herself; an Editor removes no one", async () => {
    await chauAsAdmin();
    await add("binh", "0901000004", "admin");
    expectError(await remove("giang", "em"), 403, "forbidden");
    expect((await remove("chau", "dung")).status).toBe(204);
    expect((await remove("chau", "chau")).status).toBe(204);
    expectError(await server.get(MEMBERS, tokens.chau), 403, "forbidden");
  });
});

describe("the database", () => {
  it("refuses a second Super Admin member for one ZCA, whatever the code above it does", async () => {
    const promote = server.db.execute(
      sql`UPDATE account_members SET role = 'super_admin' WHERE account_id = ${ACCOUNT} AND person_id = 'em'`,
    );
    await expect(promote).rejects.toSatisfy(
      (error: Error) =>
        (error.cause as { constraint?: string }).constraint === "account_members_one_super_admin",
    );
  });
});

describe("creating a ZCA", () => {
  it("makes its creator its Super Admin member, added by themself", async () => {
    const created = await postAccount(server, tokens.an, createBody());
    const members = await server.get(`/api/accounts/${created.body.id}/members`, tokens.an);
    expect(members.body).toEqual([
      expect.objectContaining({
        id: "an",
        personId: "an",
        role: "super_admin",
        addedBy: expect.objectContaining({ id: "an" }),
      }),
    ]);
  });
});
