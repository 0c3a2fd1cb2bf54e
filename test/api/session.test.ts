import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe("POST /api/session in dev mode", () => {
  it("signs in as a seeded persona and returns a usable token, the user and a masked phone", async () => {
    const res = await server.post("/api/session", undefined, { devPersona: "an" });
    expect(res.status).toBe(201);
    expect(res.body.user).toEqual({ id: "an", name: "Nguyễn Văn An", avatar: "/avatars/an.png" });
    expect(res.body.phone).toBe("•••••••001");
    expect(res.body.phone).not.toContain("0901");
    expect(Date.parse(res.body.expiresAt)).toBeGreaterThan(Date.now());

    const me = await server.get("/api/me", res.body.token);
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe("an");
  });

  it.each([
    ["an unknown persona", { devPersona: "mallory" }],
    ["an empty object", {}],
    ["both kinds of identity", { devPersona: "an", accessToken: "x" }],
    ["a persona of the wrong type", { devPersona: 7 }],
  ])("refuses %s with invalid_input", async (_label, body) => {
    const res = await server.post("/api/session", undefined, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });

  it("refuses a body that is not JSON", async () => {
    const res = await server.request("POST", "/api/session", { rawBody: "{devPersona:" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });

  it("refuses a Zalo access token while the server is in dev mode", async () => {
    const res = await server.post("/api/session", undefined, { accessToken: "zalo-token" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("lists the dev personas for the picker", async () => {
    const res = await server.get("/api/dev/personas");
    expect(res.status).toBe(200);
    expect(res.body.map((p: { id: string }) => p.id)).toEqual(["an", "binh", "chau", "dung", "em", "giang"]);
  });

  it("refreshes a session into a new valid token for the same person", async () => {
    const token = await server.signIn("chau");
    const res = await server.post("/api/session/refresh", token);
    expect(res.status).toBe(201);
    expect(res.body.user.id).toBe("chau");
    expect((await server.get("/api/me", res.body.token)).body.user.id).toBe("chau");
  });
});

describe("POST /api/session in zalo mode", () => {
  let zalo: TestServer;
  beforeAll(async () => {
    zalo = await startTestServer({ authMode: "zalo" });
  });
  afterAll(() => zalo?.stop());

  it("refuses a dev persona, even a seeded one", async () => {
    const res = await zalo.post("/api/session", undefined, { devPersona: "an" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("does not offer the dev persona list", async () => {
    const token = "irrelevant";
    const res = await zalo.get("/api/dev/personas", token);
    expect(res.status).toBe(401);
  });

  it("does not accept a token another server signed", async () => {
    const devToken = await server.signIn("an");
    const res = await zalo.get("/api/me", devToken);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });
});
