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
    const res = await server.post(APPS, tokens.binh, { appId: "app-binh-care" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: "app-binh-care",
      name: "Bình Minh Chăm sóc khách hàng",
      linkedAccountId: ACCOUNT,
      declaredBy: null,
    });
    const again = await server.post(APPS, tokens.binh, { appId: "app-binh-care" });
    expect([again.status, again.body]).toEqual([200, res.body]);

    expect(await linkedApps()).toEqual(["Bình Minh Chăm sóc khách hàng", "Bình Minh Đặt lịch"]);
    const mine = await server.get("/api/apps", tokens.binh);
    expect(mine.body.every((a: { linkedAccountId: string }) => a.linkedAccountId === ACCOUNT)).toBe(true);
    expect(await auditActions(server.db, ACCOUNT)).toEqual(["account.link_app:app-binh-care"]);
  });

  it("refuses an app Bình does not administer, or one that does not exist", async () => {
    expectError(await server.post(APPS, tokens.binh, { appId: "app-an-pos" }), 403, "app_not_owned");
    expectError(await server.post(APPS, tokens.binh, { appId: "app-missing" }), 403, "app_not_owned");
  });

  it("refuses an app another ZCA holds", async () => {
    const created = await postAccount(
      server,
      tokens.an,
      createBody({ app: { mode: "connect", appId: "app-an-pos" } }),
    );
    expect(created.status).toBe(201);
    await server.db.insert(appAdmins).values({ appId: "app-an-pos", personId: "binh" });
    expectError(await server.post(APPS, tokens.binh, { appId: "app-an-pos" }), 409, "app_linked_elsewhere");
  });

  it("lets a co-admin of an app link it, as for OAs: app rights are a table", async () => {
    await server.db.insert(appAdmins).values({ appId: "app-an-pos", personId: "binh" });
    expect((await server.post(APPS, tokens.binh, { appId: "app-an-pos" })).status).toBe(201);
    expect((await server.get("/api/apps", tokens.an)).body).toEqual([
      { id: "app-an-pos", name: "An Nhiên POS", linkedAccountId: ACCOUNT, declaredBy: null },
    ]);
  });

  it("creates an app named after the ZCA, administered by Bình, and links it", async () => {
    const res = await server.post(APPS, tokens.binh, { create: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "Cong ty TNHH Binh Minh", linkedAccountId: ACCOUNT });
    expect(res.body.id).toMatch(/^app-[0-9a-f-]{36}$/);
    const admins = await server.db.select().from(appAdmins).where(eq(appAdmins.appId, res.body.id));
    expect(admins).toEqual([{ appId: res.body.id, personId: "binh" }]);
    const [event] = await server.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "account.link_app"));
    expect(event).toMatchObject({ actorId: "binh", subjectId: res.body.id, detail: { created: true } });
  });

  it("refuses an Editor, even one who administers the app", async () => {
    await server.db.insert(appAdmins).values({ appId: "app-binh-care", personId: "giang" });
    expectError(await server.post(APPS, tokens.giang, { appId: "app-binh-care" }), 403, "forbidden");
    expectError(await server.post(APPS, tokens.giang, { create: true }), 403, "forbidden");
    expect(await server.db.$count(apps)).toBe(3);
  });

  it.each([[{}], [{ create: false }], [{ appId: "app-binh-care", create: true }], [{ appId: "" }]])(
    "refuses %j with invalid_input",
    async (body) => {
      expectError(await server.post(APPS, tokens.binh, body), 400, "invalid_input");
    },
  );
});

describe("DELETE /api/accounts/:id/apps/:appId", () => {
  it("unlinks an app (204): it is free to link again, and a second unlink is not_found", async () => {
    expect((await server.del(`${APPS}/app-binh-booking`, tokens.binh)).status).toBe(204);
    expect(await linkedApps()).toEqual([]);
    expect(
      (await server.get("/api/apps", tokens.binh)).body.map(
        (a: { linkedAccountId: null }) => a.linkedAccountId,
      ),
    ).toEqual([null, null]);
    expectError(await server.del(`${APPS}/app-binh-booking`, tokens.binh), 404, "not_found");
    expect(await auditActions(server.db, ACCOUNT)).toEqual(["account.unlink_app:app-binh-booking"]);
  });

  it("refuses an Editor and anyone outside the ZCA", async () => {
    expectError(await server.del(`${APPS}/app-binh-booking`, tokens.giang), 403, "forbidden");
    expectError(await server.del(`${APPS}/app-binh-booking`, tokens.an), 403, "forbidden");
    expect(await linkedApps()).toEqual(["Bình Minh Đặt lịch"]);
  });
});
