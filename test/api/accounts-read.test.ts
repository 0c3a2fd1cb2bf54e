import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACCOUNT_BUSINESS } from "../../server/seed/directory";
import { createBody, postAccount } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const { accountId: _id, updatedBy: _by, updatedAt: _at, ...SEEDED_BUSINESS } = SEED_ACCOUNT_BUSINESS[0]!;

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const p of ["an", "binh", "chau", "dung"]) tokens[p] = await server.signIn(p);
});
afterAll(() => server?.stop());

describe("GET /api/accounts/:id", () => {
  it("shows its Super Admin the ZCA with balance, linked OAs and apps", async () => {
    const res = await server.get("/api/accounts/zca-binh-minh", tokens.binh);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: "zca-binh-minh",
      name: "Cong ty TNHH Binh Minh",
      role: "super_admin",
      balance: 1_250_000,
      superAdmin: { id: "binh", name: "Trần Thị Bình", avatar: "/avatars/binh.png" },
      termsVersion: "2022-06-01",
      termsAcceptedAt: "2024-03-12T09:30:00.000Z",
      createdAt: expect.any(String),
      oas: [
        {
          id: "oa-binh-minh",
          name: "Bình Minh Spa",
          avatar: "/avatars/oa-binh-minh.png",
          verified: true,
          category: "Làm đẹp",
          followers: 8920,
          linkedBy: { id: "binh", name: "Trần Thị Bình", avatar: "/avatars/binh.png" },
          linkedAt: "2024-03-12T09:31:00.000Z",
        },
      ],
      apps: [
        {
          id: "1864203957731480522",
          name: "Bình Minh Đặt lịch",
          linkedAccountId: "zca-binh-minh",
          declaredBy: null,
        },
      ],
      business: SEEDED_BUSINESS,
      // No invoice was ever written for the seeded ZCA: its tax code may still change.
      businessTaxCodeLocked: false,
    });
  });

  it.each(["an", "chau", "dung"])("forbids %s, who is not a member", async (persona) => {
    const res = await server.get("/api/accounts/zca-binh-minh", tokens[persona]);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(res.text).not.toContain("1250000");
  });

  it.each(["zca-does-not-exist", "bad%20id", "a".repeat(65)])(
    "answers not_found for the id %s",
    async (id) => {
      const res = await server.get(`/api/accounts/${id}`, tokens.binh);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    },
  );

  it("lets the creator of a new ZCA read it, and only them", async () => {
    const created = await postAccount(server, tokens.an, createBody());
    expect(created.status).toBe(201);
    const mine = await server.get(`/api/accounts/${created.body.id}`, tokens.an);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual(created.body);
    expect((await server.get(`/api/accounts/${created.body.id}`, tokens.dung)).status).toBe(403);
    expect((await server.get(`/api/accounts/${created.body.id}`, tokens.binh)).status).toBe(403);
  });
});
