import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appAdmins, apps, auditEvents } from "../../server/db/schema";
import { auditActions, createBody, postAccount } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { expectError } from "./helpers/http";

// Bình administers "Bình Minh Đặt lịch" (linked to her ZCA) and "Bình Minh Chăm sóc khách hàng"
// (free); An administers "An Nhiên POS".
const ACCOUNT = "zca-binh-minh";
const APPS = `/api/accounts/${ACCOUNT}/apps`;

const { server, tokens } = freshServer({ people: ["an", "binh", "giang"], consistency: true });

const linkedApps = async () =>
  (await server.get(`/api/accounts/${ACCOUNT}`, tokens.binh)).body.apps.map((a: { name: string }) => a.name);

describe("POST /api/accounts/:id/apps", () => {
  it("links an app Bình administers (201); the same link again is a harmless 200", async () => {
    const res = await server.post(APPS, tokens.binh, { appId: "2957316048827193064" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: "2957316048827193064",
      name: "Bình Minh Chăm sóc khách hàng",
      linkedAccountId: ACCOUNT,
      declaredBy: null,
    });
    const again = await server.post(APPS, tokens.binh, { appId: "2957316048827193064" });
    expect([again.status, again.body]).toEqual([200, res.body]);

    expect(await linkedApps()).toEqual(["Bình Minh Chăm sóc khách hàng", "Bình Minh Đặt lịch"]);
    const mine = await server.get("/api/apps", tokens.binh);
    expect(mine.body.every((a: { linkedAccountId: string }) => a.linkedAccountId === ACCOUNT)).toBe(true);
    expect(await auditActions(server.db, ACCOUNT)).toEqual(["account.link_app:2957316048827193064"]);
  });

  it("refuses an app Bình does not administer, or one that does not exist", async () => {
    expectError(await server.post(APPS, tokens.binh, { appId: "4318245679358126481" }), 403, "app_not_owned");
    expectError(await server.post(APPS, tokens.binh, { appId: "9990000000000000001" }), 403, "app_not_owned");
  });

  it("refuses an app another ZCA holds", async () => {
    const created = await postAccount(
      server,
      tokens.an,
      createBody({ app: { mode: "connect", appId: "4318245679358126481" } }),
    );
    expect(created.status).toBe(201);
    await server.db.insert(appAdmins).values({ appId: "4318245679358126481", personId: "binh" });
    expectError(
      await server.post(APPS, tokens.binh, { appId: "4318245679358126481" }),
      409,
      "app_linked_elsewhere",
    );
  });

  it("lets a co-admin of an app link it, as for OAs: app rights are a table", async () => {
    await server.db.insert(appAdmins).values({ appId: "4318245679358126481", personId: "binh" });
    expect((await server.post(APPS, tokens.binh, { appId: "4318245679358126481" })).status).toBe(201);
    expect((await server.get("/api/apps", tokens.an)).body).toEqual([
      { id: "4318245679358126481", name: "An Nhiên POS", linkedAccountId: ACCOUNT, declaredBy: null },
    ]);
  });

  it("creates an app named after the ZCA, administered by Bình, and links it", async () => {
    const res = await server.post(APPS, tokens.binh, { create: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "Cong ty TNHH Binh Minh", linkedAccountId: ACCOUNT });
    expect(res.body.id).toMatch(/^[1-9][0-9]{18}$/);
    const admins = await server.db.select().from(appAdmins).where(eq(appAdmins.appId, res.body.id));
    expect(admins).toEqual([{ appId: res.body.id, personId: "binh" }]);
    const [event] = await server.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "account.link_app"));
    expect(event).toMatchObject({ actorId: "binh", subjectId: res.body.id, detail: { created: true } });
  });

  it("refuses an Editor, even one who administers the app", async () => {
    await server.db.insert(appAdmins).values({ appId: "2957316048827193064", personId: "giang" });
    expectError(await server.post(APPS, tokens.giang, { appId: "2957316048827193064" }), 403, "forbidden");
    expectError(await server.post(APPS, tokens.giang, { create: true }), 403, "forbidden");
    expect(await server.db.$count(apps)).toBe(3);
  });

  // An App ID is digits, as Zalo gives it: an id of any other shape names no app.
  it.each([
    [{}],
    [{ create: false }],
    [{ appId: "2957316048827193064", create: true }],
    [{ appId: "" }],
    [{ appId: "app-binh-care" }],
    [{ appId: "29573160-4882" }],
  ])("refuses %j with invalid_input", async (body) => {
    expectError(await server.post(APPS, tokens.binh, body), 400, "invalid_input");
  });
});

describe("DELETE /api/accounts/:id/apps/:appId", () => {
  it("unlinks an app (204): it is free to link again, and a second unlink is not_found", async () => {
    expect((await server.del(`${APPS}/1864203957731480522`, tokens.binh)).status).toBe(204);
    expect(await linkedApps()).toEqual([]);
    expect(
      (await server.get("/api/apps", tokens.binh)).body.map(
        (a: { linkedAccountId: null }) => a.linkedAccountId,
      ),
    ).toEqual([null, null]);
    expectError(await server.del(`${APPS}/1864203957731480522`, tokens.binh), 404, "not_found");
    expect(await auditActions(server.db, ACCOUNT)).toEqual(["account.unlink_app:1864203957731480522"]);
  });

  it("refuses an Editor and anyone outside the ZCA", async () => {
    expectError(await server.del(`${APPS}/1864203957731480522`, tokens.giang), 403, "forbidden");
    expectError(await server.del(`${APPS}/1864203957731480522`, tokens.an), 403, "forbidden");
    expect(await linkedApps()).toEqual(["Bình Minh Đặt lịch"]);
  });
});
