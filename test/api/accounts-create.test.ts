import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accountApps, accounts, appAdmins, apps, people } from "../../server/db/schema";
import { auditActions, countRows, createBody, newKey, postAccount } from "./helpers/fixtures";
import { AN_BUSINESS } from "../support/businesses";
import { freshServer } from "./helpers/fresh-server";

const { server, tokens } = freshServer({ people: ["an", "binh", "chau", "dung"] });

const accountCount = () => countRows(server.db, "accounts");

describe("POST /api/accounts — success", () => {
  it("creates the ZCA with its OA, makes the caller Super Admin and closes the creation flow", async () => {
    const before = Date.now();
    const res = await postAccount(server, tokens.an, createBody({ name: "  Cong ty   TNHH An Nhien " }));
    expect(res.status).toBe(201);
    expect(res.headers.get("Idempotent-Replayed")).toBeNull();
    expect(res.body).toMatchObject({
      name: "Cong ty TNHH An Nhien",
      role: "super_admin",
      balance: 0,
      superAdmin: { id: "an", name: "Nguyễn Văn An" },
      termsVersion: "2022-06-01",
      apps: [],
    });
    expect(res.body.id).toMatch(/^zca-/);
    expect(res.body.oas.map((o: { id: string }) => o.id)).toEqual(["oa-an-nhien"]);
    expect(res.body.oas[0].linkedBy.id).toBe("an");
    expect(Date.parse(res.body.termsAcceptedAt)).toBeGreaterThanOrEqual(before - 1000);

    const [row] = await server.db.select().from(accounts).where(eq(accounts.id, res.body.id));
    expect(row).toMatchObject({
      superAdminPhone: "+84901000001",
      superAdminId: "an",
      termsVersion: "2022-06-01",
    });
    expect(await auditActions(server.db, res.body.id)).toEqual([`account.create:${res.body.id}`]);

    const me = await server.get("/api/me", tokens.an);
    expect(me.body.canCreateAccount).toBe(false);
    expect(me.body.reason).toBe("phone_owns_account");
    expect(me.body.accounts).toEqual([
      { id: res.body.id, name: "Cong ty TNHH An Nhien", role: "super_admin" },
    ]);
    const oas = await server.get("/api/oas", tokens.an);
    expect(oas.body.find((o: { id: string }) => o.id === "oa-an-nhien")).toMatchObject({
      linkable: false,
      reason: "oa_linked_elsewhere",
      linkedAccountId: res.body.id,
    });
  });

  it("creates an app named after the ZCA when asked to", async () => {
    const res = await postAccount(
      server,
      tokens.an,
      createBody({ name: "Ca phe Sang JSC", oaId: "oa-sang-coffee", app: { mode: "create" } }),
    );
    expect(res.status).toBe(201);
    expect(res.body.apps).toHaveLength(1);
    expect(res.body.apps[0]).toMatchObject({ name: "Ca phe Sang JSC", linkedAccountId: res.body.id });
    const mine = await server.get("/api/apps", tokens.an);
    expect(mine.body).toContainEqual({
      id: res.body.apps[0].id,
      name: "Ca phe Sang JSC",
      linkedAccountId: res.body.id,
      declaredBy: null,
    });
  });

  it("connects an existing app the caller owns", async () => {
    const res = await postAccount(
      server,
      tokens.an,
      createBody({ app: { mode: "connect", appId: "4318245679358126481" } }),
    );
    expect(res.status).toBe(201);
    expect(res.body.apps).toEqual([
      { id: "4318245679358126481", name: "An Nhiên POS", linkedAccountId: res.body.id, declaredBy: null },
    ]);
  });
});

describe("POST /api/accounts — business rules", () => {
  async function expectRefused(persona: string, body: unknown, status: number, code: string) {
    const before = await accountCount();
    const res = await postAccount(server, tokens[persona]!, body);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(typeof res.body.error.message).toBe("string");
    expect(await accountCount()).toBe(before);
  }

  it("refuses binh, whose phone already owns a ZCA (R1)", async () => {
    await expectRefused("binh", createBody({ oaId: "oa-binh-nail" }), 409, "phone_owns_account");
  });

  it("refuses an unverified OA", async () => {
    await expectRefused("an", createBody({ oaId: "oa-an-studio" }), 409, "oa_not_verified");
  });

  it("refuses an OA the caller does not administer, or one that does not exist", async () => {
    await expectRefused("chau", createBody({ oaId: "oa-an-nhien" }), 403, "oa_not_admin");
    await expectRefused("an", createBody({ oaId: "oa-binh-nail" }), 403, "oa_not_admin");
    await expectRefused("an", createBody({ oaId: "oa-does-not-exist" }), 403, "oa_not_admin");
  });

  it("refuses an OA that already belongs to another ZCA", async () => {
    expect((await postAccount(server, tokens.an, createBody())).status).toBe(201);
    await expectRefused("dung", createBody({ name: "Dung Bakery" }), 409, "oa_linked_elsewhere");
  });

  it("refuses to connect an app the caller does not own, or one that does not exist", async () => {
    await expectRefused(
      "an",
      createBody({ app: { mode: "connect", appId: "1864203957731480522" } }),
      403,
      "app_not_owned",
    );
    await expectRefused(
      "an",
      createBody({ app: { mode: "connect", appId: "9990000000000000001" } }),
      403,
      "app_not_owned",
    );
  });

  it("refuses an app already connected to another ZCA, and leaves no half-made account", async () => {
    await server.db.insert(apps).values({ id: "3712049586612347705", name: "Dũng Shop" });
    await server.db.insert(appAdmins).values({ appId: "3712049586612347705", personId: "dung" });
    await server.db.insert(accountApps).values({ appId: "3712049586612347705", accountId: "zca-binh-minh" });
    await expectRefused(
      "dung",
      createBody({ app: { mode: "connect", appId: "3712049586612347705" } }),
      409,
      "app_linked_elsewhere",
    );
    expect(await countRows(server.db, "account_oas")).toBe(1);
  });

  it("refuses terms other than the current version", async () => {
    await expectRefused("an", createBody({ termsVersion: "2020-01-01" }), 422, "terms_not_accepted");
  });

  it("asks for a phone number when the person has not shared one", async () => {
    await server.db.update(people).set({ phone: null }).where(eq(people.id, "dung"));
    expect((await server.get("/api/me", tokens.dung)).body).toMatchObject({
      canCreateAccount: false,
      reason: "phone_required",
    });
    await expectRefused("dung", createBody(), 403, "phone_required");
  });
});

describe("POST /api/accounts — input", () => {
  it.each([
    ["empty", ""],
    ["only spaces", "    "],
    ["too short", "ab"],
    ["too long", "A".repeat(81)],
    ["markup", "<b>An Nhiên</b>"],
    ["a control character", "An\u0000Nhiên"],
    ["only punctuation", "---"],
  ])("refuses a name that is %s", async (_label, name) => {
    const res = await postAccount(server, tokens.an, createBody({ name }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(res.body.error.message).toContain("name");
    expect(await accountCount()).toBe(1);
  });

  it.each([
    ["no Idempotency-Key", null],
    ["a too short Idempotency-Key", "short"],
    ["an Idempotency-Key with spaces", "key with spaces"],
  ])("refuses %s", async (_label, key) => {
    const res = await postAccount(server, tokens.an, createBody(), key);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(res.body.error.message).toContain("Idempotency-Key");
  });

  it("refuses a body that is not JSON", async () => {
    const res = await server.request("POST", "/api/accounts", {
      token: tokens.an,
      rawBody: '{"name": "An Nhiên",',
      headers: { "Idempotency-Key": newKey() },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });

  it.each([
    ["an unknown top-level field", { ...createBody(), balance: 1_000_000 }],
    [
      "an unknown field in the app choice",
      { ...createBody(), app: { mode: "skip", appId: "4318245679358126481" } },
    ],
    ["an unknown app mode", { ...createBody(), app: { mode: "steal" } }],
    [
      "a missing OA",
      { name: "Cong ty An", app: { mode: "skip" }, termsVersion: "2022-06-01", business: AN_BUSINESS },
    ],
    ["an OA id with odd characters", createBody({ oaId: "oa an/../nhien" })],
    // App IDs are digits, as Zalo gives them and as step 4 asks for them.
    ["an App ID that is not digits", createBody({ app: { mode: "connect", appId: "app-an-pos" } })],
    ["an array", [createBody()]],
  ])("refuses %s", async (_label, body) => {
    const res = await postAccount(server, tokens.an, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(await accountCount()).toBe(1);
  });
});

describe("POST /api/accounts — idempotency", () => {
  it("replays the same account for the same key and body, marked Idempotent-Replayed", async () => {
    const key = newKey();
    const first = await postAccount(server, tokens.an, createBody(), key);
    const again = await postAccount(server, tokens.an, createBody(), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
    expect(again.body).toEqual(first.body);
    expect(await accountCount()).toBe(2);
    expect(await auditActions(server.db, first.body.id)).toHaveLength(1);
  });

  it("refuses a key reused with another body", async () => {
    const key = newKey();
    expect((await postAccount(server, tokens.an, createBody(), key)).status).toBe(201);
    const res = await postAccount(server, tokens.an, createBody({ name: "Ten khac han" }), key);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("idempotency_key_reused");
    expect(await accountCount()).toBe(2);
  });

  it("does not spend a key on a refused request: the corrected retry succeeds", async () => {
    const key = newKey();
    const refused = await postAccount(server, tokens.an, createBody({ termsVersion: "old" }), key);
    expect(refused.body.error.code).toBe("terms_not_accepted");
    const retried = await postAccount(server, tokens.an, createBody(), key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("keeps keys per person: another person's same key creates their own ZCA", async () => {
    const key = newKey();
    const an = await postAccount(server, tokens.an, createBody({ oaId: "oa-sang-coffee" }), key);
    const dung = await postAccount(server, tokens.dung, createBody({ name: "Dung Bakery" }), key);
    expect(an.status).toBe(201);
    expect(dung.status).toBe(201);
    expect(dung.body.id).not.toBe(an.body.id);
    expect(dung.body.superAdmin.id).toBe("dung");
  });
});
