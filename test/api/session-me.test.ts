// POST /api/session answers with `me` (what GET /api/me says) so the app needs one round trip, not
// two, before its first screen.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../server/db/schema";
import { startTestServer, type TestServer } from "./helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe("the session answer carries me", () => {
  it.each(["an", "binh", "chau"])("for %s, equal to GET /api/me", async (persona) => {
    const session = await server.post("/api/session", undefined, { devPersona: persona });
    expect(session.status).toBe(201);
    const me = await server.get("/api/me", session.body.token);
    expect(me.status).toBe(200);
    expect(session.body.me).toEqual(me.body);
  });

  it("says R1 for Bình, whose phone owns a ZCA", async () => {
    const session = await server.post("/api/session", undefined, { devPersona: "binh" });
    expect(session.body.me).toMatchObject({
      canCreateAccount: false,
      reason: "phone_owns_account",
      accounts: [{ id: "zca-binh-minh", role: "super_admin" }],
    });
  });

  it("says R1 for a Super Admin whose phone Zalo has not given the app yet, so no second ZCA is offered", async () => {
    await server.db.update(people).set({ phone: null }).where(eq(people.id, "binh"));
    const session = await server.post("/api/session", undefined, { devPersona: "binh" });
    expect(session.body.me).toMatchObject({
      canCreateAccount: false,
      reason: "phone_owns_account",
      phone: null,
    });
  });
});
