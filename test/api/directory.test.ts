import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oas, people } from "../../server/db/schema";
import { seedDirectory } from "../../server/seed/seed";
import { startTestServer, type TestServer } from "./helpers/server";

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const p of ["an", "binh", "chau", "dung"]) tokens[p] = await server.signIn(p);
});
afterAll(() => server?.stop());

describe("GET /api/me", () => {
  it("lets an, who owns no ZCA, create one, and gives him his own phone to fill in the business's", async () => {
    const res = await server.get("/api/me", tokens.an);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: { id: "an", name: "Nguyễn Văn An", avatar: "/avatars/an.png" },
      phone: "•••••••001",
      ownPhone: "+84901000001",
      accounts: [],
      canCreateAccount: true,
    });
  });

  it("tells binh, whose phone already owns a ZCA, why not and where it is (R1)", async () => {
    const res = await server.get("/api/me", tokens.binh);
    expect(res.body.canCreateAccount).toBe(false);
    expect(res.body.reason).toBe("phone_owns_account");
    expect(res.body.accounts).toEqual([
      { id: "zca-binh-minh", name: "Cong ty TNHH Binh Minh", role: "super_admin" },
    ]);
  });

  it.each(["chau", "dung"])("lets %s create a ZCA", async (persona) => {
    const res = await server.get("/api/me", tokens[persona]);
    expect(res.body.user.id).toBe(persona);
    expect(res.body.canCreateAccount).toBe(true);
    expect(res.body.reason).toBeUndefined();
    expect(res.body.accounts).toEqual([]);
  });
});

describe("GET /api/oas", () => {
  const summary = (
    oas: { id: string; linkable: boolean; reason?: string; linkedAccountId: string | null }[],
  ) =>
    Object.fromEntries(
      oas.map((o) => [o.id, { linkable: o.linkable, reason: o.reason, linkedAccountId: o.linkedAccountId }]),
    );

  it("lists the OAs a person can pick first, each group by name", async () => {
    const res = await server.get("/api/oas", tokens.an);
    expect(res.body.map((o: { id: string }) => o.id)).toEqual([
      "oa-sang-coffee",
      "oa-an-nhien",
      "oa-an-studio",
    ]);
  });

  it("lists an's OAs: verified ones linkable, the unverified one not, with its reason", async () => {
    const res = await server.get("/api/oas", tokens.an);
    expect(res.status).toBe(200);
    expect(summary(res.body)).toEqual({
      "oa-an-nhien": { linkable: true, reason: undefined, linkedAccountId: null },
      "oa-sang-coffee": { linkable: true, reason: undefined, linkedAccountId: null },
      "oa-an-studio": { linkable: false, reason: "oa_not_verified", linkedAccountId: null },
    });
    const nhien = res.body.find((o: { id: string }) => o.id === "oa-an-nhien");
    expect(nhien).toMatchObject({
      name: "Tiệm bánh An Nhiên",
      verified: true,
      category: "Ẩm thực",
      followers: 12840,
    });
  });

  it("names the ZCA that holds binh's OA, which a new ZCA therefore cannot connect", async () => {
    const res = await server.get("/api/oas", tokens.binh);
    expect(summary(res.body)).toEqual({
      "oa-binh-minh": { linkable: false, reason: "oa_linked_elsewhere", linkedAccountId: "zca-binh-minh" },
      "oa-binh-nail": { linkable: true, reason: undefined, linkedAccountId: null },
      "oa-binh-academy": { linkable: false, reason: "oa_not_verified", linkedAccountId: null },
    });
  });

  it("gives chau, who administers no OA, an empty list", async () => {
    const res = await server.get("/api/oas", tokens.chau);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it("shows dung only the OA he co-administers", async () => {
    const res = await server.get("/api/oas", tokens.dung);
    expect(res.body.map((o: { id: string }) => o.id)).toEqual(["oa-an-nhien"]);
    expect(res.body[0].linkable).toBe(true);
  });
});

describe("GET /api/apps", () => {
  it("lists the apps each person administers and where they are connected", async () => {
    expect((await server.get("/api/apps", tokens.an)).body).toEqual([
      { id: "4318245679358126481", name: "An Nhiên POS", linkedAccountId: null, declaredBy: null },
    ]);
    expect((await server.get("/api/apps", tokens.binh)).body).toEqual([
      {
        id: "2957316048827193064",
        name: "Bình Minh Chăm sóc khách hàng",
        linkedAccountId: null,
        declaredBy: null,
      },
      {
        id: "1864203957731480522",
        name: "Bình Minh Đặt lịch",
        linkedAccountId: "zca-binh-minh",
        declaredBy: null,
      },
    ]);
    expect((await server.get("/api/apps", tokens.chau)).body).toEqual([]);
  });
});

describe("GET /api/terms", () => {
  it("returns the current terms version, title and body", async () => {
    const res = await server.get("/api/terms", tokens.chau);
    expect(res.status).toBe(200);
    expect(res.body.version).toBe("2022-06-01");
    expect(res.body.title).toContain("Điều khoản");
    expect(res.body.body).toContain("Zalo Ads");
  });

  it("serves them in English when asked, with the same version to accept", async () => {
    const [vi, en] = await Promise.all([
      server.get("/api/terms?lang=vi", tokens.chau),
      server.get("/api/terms?lang=en", tokens.chau),
    ]);
    expect(en.status).toBe(200);
    expect(en.body.version).toBe(vi.body.version);
    expect(en.body.title).toBe("Terms & regulations of Zalo Cloud Account");
    expect(en.body.body).toContain("does not pay for Zalo Ads or Zalo Shop");
    expect(en.body.body.split("\n\n")).toHaveLength(vi.body.body.split("\n\n").length);
  });

  it("falls back to Vietnamese for a language it does not speak", async () => {
    const res = await server.get("/api/terms?lang=fr", tokens.chau);
    expect(res.body.title).toContain("Điều khoản");
  });

  it("needs a session like every other route", async () => {
    const res = await server.get("/api/terms");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });
});

describe("the seeded directory on a data folder that already has it", () => {
  it("moves its pictures to the seed's PNGs and keeps everything else as it was", async () => {
    await server.db
      .update(people)
      .set({ avatar: "/avatars/an.svg", phone: "+84909999999" })
      .where(eq(people.id, "an"));
    await server.db
      .update(oas)
      .set({ avatar: "/avatars/oa-an-nhien.svg", followers: 7 })
      .where(eq(oas.id, "oa-an-nhien"));

    await seedDirectory(server.db);

    const [an] = await server.db.select().from(people).where(eq(people.id, "an"));
    expect(an).toMatchObject({ avatar: "/avatars/an.png", phone: "+84909999999" });
    const [oa] = await server.db.select().from(oas).where(eq(oas.id, "oa-an-nhien"));
    expect(oa).toMatchObject({ avatar: "/avatars/oa-an-nhien.png", followers: 7 });
    await server.reset();
  });
});
