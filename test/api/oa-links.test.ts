import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../../server/db/schema";
import { auditActions, countRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";

const { server, tokens } = freshServer({ people: ["an", "binh"] });

const link = (persona: string, oaId: string, accountId = "zca-binh-minh") =>
  server.post(`/api/accounts/${accountId}/oas`, tokens[persona], { oaId });
const unlink = (persona: string, oaId: string, accountId = "zca-binh-minh") =>
  server.del(`/api/accounts/${accountId}/oas/${oaId}`, tokens[persona]);
const linkedIds = async () =>
  (await server.get("/api/accounts/zca-binh-minh", tokens.binh)).body.oas.map((o: { id: string }) => o.id);

describe("POST /api/accounts/:id/oas", () => {
  it("links a verified OA binh administers (201), and a second time is a harmless 200", async () => {
    const first = await link("binh", "oa-binh-nail");
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: "oa-binh-nail",
      name: "Bình Minh Nail",
      verified: true,
      linkedBy: { id: "binh" },
    });

    const again = await link("binh", "oa-binh-nail");
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    expect(await linkedIds()).toEqual(["oa-binh-minh", "oa-binh-nail"]);
    expect(await auditActions(server.db, "zca-binh-minh")).toEqual(["account.link_oa:oa-binh-nail"]);
    const [event] = await server.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "account.link_oa"));
    expect(event).toMatchObject({ actorId: "binh", accountId: "zca-binh-minh", subjectId: "oa-binh-nail" });
    expect(event!.requestId).toBeTruthy();

    const oas = await server.get("/api/oas", tokens.binh);
    expect(oas.body.find((o: { id: string }) => o.id === "oa-binh-nail")).toMatchObject({
      linkable: false,
      reason: "oa_linked_elsewhere",
      linkedAccountId: "zca-binh-minh",
    });
  });

  it("refuses an unverified OA", async () => {
    const res = await link("binh", "oa-binh-academy");
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("oa_not_verified");
  });

  it("refuses an OA binh does not administer, or that does not exist", async () => {
    for (const oaId of ["oa-an-nhien", "oa-missing"]) {
      const res = await link("binh", oaId);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("oa_not_admin");
    }
  });

  it("forbids someone who is not an admin of the ZCA, even for an OA they administer", async () => {
    const res = await link("an", "oa-sang-coffee");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("answers not_found for an unknown ZCA", async () => {
    const res = await link("binh", "oa-binh-nail", "zca-missing");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  it.each([
    ["no oaId", {}],
    ["an unknown field", { oaId: "oa-binh-nail", accountId: "zca-binh-minh" }],
    ["an oaId with odd characters", { oaId: "oa binh nail" }],
  ])("refuses a body with %s", async (_label, body) => {
    const res = await server.post("/api/accounts/zca-binh-minh/oas", tokens.binh, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });

  it("writes nothing when it refuses", async () => {
    await link("binh", "oa-binh-academy");
    await link("binh", "oa-an-nhien");
    await link("an", "oa-sang-coffee");
    expect(await countRows(server.db, "account_oas")).toBe(1);
    expect(await countRows(server.db, "audit_events")).toBe(0);
  });
});

describe("DELETE /api/accounts/:id/oas/:oaId", () => {
  it("unlinks (204), then answers 404, and the OA is linkable again", async () => {
    expect((await link("binh", "oa-binh-nail")).status).toBe(201);
    const res = await unlink("binh", "oa-binh-nail");
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(await linkedIds()).toEqual(["oa-binh-minh"]);

    const again = await unlink("binh", "oa-binh-nail");
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe("not_found");

    expect(await auditActions(server.db, "zca-binh-minh")).toEqual([
      "account.link_oa:oa-binh-nail",
      "account.unlink_oa:oa-binh-nail",
    ]);
    const oas = await server.get("/api/oas", tokens.binh);
    expect(oas.body.find((o: { id: string }) => o.id === "oa-binh-nail").linkable).toBe(true);
  });

  it("forbids someone who is not an admin of the ZCA", async () => {
    const res = await unlink("an", "oa-binh-minh");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(await linkedIds()).toEqual(["oa-binh-minh"]);
  });

  it("answers not_found for an OA not linked to this ZCA", async () => {
    const res = await unlink("binh", "oa-an-nhien");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
