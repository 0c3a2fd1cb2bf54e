import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accountApps, appAdmins, apps, auditEvents } from "../../server/db/schema";
import { auditActions, createBody, insertOa, postAccount } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { expectError } from "./helpers/http";

// No public Zalo API lists a person's apps: a person connects one by its App ID on their word,
// and every answer says who declared it.
const ACCOUNT = "zca-binh-minh";
const APPS = `/api/accounts/${ACCOUNT}/apps`;
const APP_ID = "3471892056612345678";
const BINH = { id: "binh", name: "Trần Thị Bình" };
const AN = { id: "an", name: "Nguyễn Văn An" };

const { server, tokens } = freshServer({ people: ["an", "binh", "giang", "dung"], consistency: true });

async function anCreates(app: unknown) {
  return postAccount(server, tokens.an, createBody({ app: app as never }));
}

describe("POST /api/accounts with app {mode: declare}", () => {
  it("creates the ZCA with the app declared by its Super Admin, as every list then says", async () => {
    const res = await anCreates({ mode: "declare", appId: ` ${APP_ID.slice(0, 9)} ${APP_ID.slice(9)} ` });
    expect(res.status).toBe(201);
    const declared = { id: APP_ID, name: `App ID ${APP_ID}`, declaredBy: AN };
    expect(res.body.apps).toEqual([{ ...declared, linkedAccountId: res.body.id }]);

    const mine = await server.get("/api/apps", tokens.an);
    expect(mine.body).toContainEqual({ ...declared, linkedAccountId: res.body.id });
    const [row] = await server.db.select().from(apps).where(eq(apps.id, APP_ID));
    expect(row).toMatchObject({ declaredBy: "an", declaredAt: expect.any(Date) });
    const [event] = await server.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "account.create"));
    expect(event?.detail).toMatchObject({ app: "declare", appId: APP_ID });
  });

  it.each(["12345", "123456789012345678901", "12ab5678", "", "１２３４５６７"])(
    "refuses the App ID %j with invalid_input and records nothing",
    async (appId) => {
      expectError(await anCreates({ mode: "declare", appId }), 400, "invalid_input");
      expect(await server.db.$count(apps)).toBe(3);
    },
  );

  it("refuses an App ID a ZCA already holds", async () => {
    expect((await server.post(APPS, tokens.binh, { declaredAppId: APP_ID })).status).toBe(201);
    expectError(await anCreates({ mode: "declare", appId: APP_ID }), 409, "app_linked_elsewhere");
    expect(await server.db.$count(auditEvents, eq(auditEvents.action, "account.create"))).toBe(0);
  });
});

describe("POST /api/accounts/:id/apps with {declaredAppId}", () => {
  it("links a declared app (201), a second declaration here is a harmless 200", async () => {
    const res = await server.post(APPS, tokens.binh, { declaredAppId: APP_ID });
    expect([res.status, res.body]).toEqual([
      201,
      { id: APP_ID, name: `App ID ${APP_ID}`, linkedAccountId: ACCOUNT, declaredBy: BINH },
    ]);
    const again = await server.post(APPS, tokens.binh, { declaredAppId: APP_ID });
    expect([again.status, again.body]).toEqual([200, res.body]);

    const account = await server.get(`/api/accounts/${ACCOUNT}`, tokens.binh);
    expect(account.body.apps).toContainEqual(res.body);
    expect(account.body.apps).toContainEqual(
      expect.objectContaining({ id: "1864203957731480522", declaredBy: null }),
    );
    expect(await auditActions(server.db, ACCOUNT)).toEqual([`account.link_app:${APP_ID}`]);
    const [event] = await server.db.select().from(auditEvents).where(eq(auditEvents.subjectId, APP_ID));
    expect(event?.detail).toEqual({ created: false, declared: true });
  });

  it("refuses an App ID another ZCA holds, whoever declared it", async () => {
    expect((await anCreates({ mode: "declare", appId: APP_ID })).status).toBe(201);
    expectError(await server.post(APPS, tokens.binh, { declaredAppId: APP_ID }), 409, "app_linked_elsewhere");
    expect(await server.db.select().from(appAdmins).where(eq(appAdmins.appId, APP_ID))).toEqual([
      { appId: APP_ID, personId: "an" },
    ]);
  });

  it("lets the next person declare an app its ZCA let go of; the latest word is the one shown", async () => {
    expect((await anCreates({ mode: "declare", appId: APP_ID })).status).toBe(201);
    const anAccount = (await server.get("/api/me", tokens.an)).body.accounts[0].id;
    expect((await server.del(`/api/accounts/${anAccount}/apps/${APP_ID}`, tokens.an)).status).toBe(204);

    const res = await server.post(APPS, tokens.binh, { declaredAppId: APP_ID });
    expect([res.status, res.body.declaredBy]).toEqual([201, BINH]);
    expect((await server.get("/api/apps", tokens.an)).body).toContainEqual(res.body);
  });

  it("keeps the directory's rule for an App ID it knows: only the app's admins link it", async () => {
    await server.db.insert(apps).values({ id: "1000000001", name: "Ứng dụng Zalo thật" });
    await server.db.insert(appAdmins).values({ appId: "1000000001", personId: "an" });
    expectError(await server.post(APPS, tokens.binh, { declaredAppId: "1000000001" }), 403, "app_not_owned");

    await server.db.insert(appAdmins).values({ appId: "1000000001", personId: "binh" });
    const res = await server.post(APPS, tokens.binh, { declaredAppId: "1000000001" });
    expect([res.status, res.body.name, res.body.declaredBy]).toEqual([201, "Ứng dụng Zalo thật", null]);
  });

  it("refuses an Editor (assets.manage) and records nothing", async () => {
    expectError(await server.post(APPS, tokens.giang, { declaredAppId: APP_ID }), 403, "forbidden");
    expectError(await server.post(APPS, tokens.an, { declaredAppId: APP_ID }), 403, "forbidden");
    expect(await server.db.$count(apps)).toBe(3);
  });

  it.each([
    [{ declaredAppId: "abc123456" }],
    [{ declaredAppId: 1234567 }],
    [{ declaredAppId: APP_ID, appId: "2957316048827193064" }],
    [{ declaredAppId: "12345" }],
  ])("refuses %j with invalid_input", async (body) => {
    expectError(await server.post(APPS, tokens.binh, body), 400, "invalid_input");
  });
});

describe("races", () => {
  it("parallel declarations of one App ID to two ZCAs and a creation: one ZCA holds it", async () => {
    expect((await anCreates({ mode: "skip" })).status).toBe(201);
    const anAccount = (await server.get("/api/me", tokens.an)).body.accounts[0].id;
    const dungBody = createBody({
      name: "Cong ty Dung",
      oaId: "oa-dung",
      app: { mode: "declare", appId: APP_ID },
    });
    await insertOa(server.db, "oa-dung", ["dung"]);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => server.post(APPS, tokens.binh, { declaredAppId: APP_ID })),
      ...Array.from({ length: 4 }, () =>
        server.post(`/api/accounts/${anAccount}/apps`, tokens.an, { declaredAppId: APP_ID }),
      ),
      postAccount(server, tokens.dung, dungBody),
    ]);
    const holders = await server.db.select().from(accountApps).where(eq(accountApps.appId, APP_ID));
    expect(holders).toHaveLength(1);
    const statuses = results.map((r) => r.status);
    expect(
      statuses.every((s) => [200, 201, 409].includes(s)),
      String(statuses),
    ).toBe(true);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  });
});
