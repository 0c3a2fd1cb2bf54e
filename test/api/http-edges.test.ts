import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { createBody, newKey } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await server.signIn("an");
});
afterAll(() => server?.stop());

describe("authentication", () => {
  it.each([
    ["no Authorization header", {}],
    ["a garbage bearer token", { Authorization: "Bearer not-a-token" }],
    ["a non-bearer scheme", { Authorization: `Basic ${Buffer.from("an:x").toString("base64")}` }],
    ["an empty bearer", { Authorization: "Bearer " }],
  ])("answers 401 unauthenticated for %s", async (_label, headers) => {
    const res = await server.get("/api/me", undefined, headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
    expect(res.body.error.requestId).toBeTruthy();
  });

  it("refuses a well-formed token signed with another secret", async () => {
    const { token: forged } = await issueSessionToken("some-other-secret-0123456789abcdef", "binh", "dev");
    const res = await server.get("/api/me", forged);
    expect(res.status).toBe(401);
  });

  it("refuses a token of a person who is not in the directory", async () => {
    const { token: ghost } = await issueSessionToken(server.sessionSecret, "ghost", "dev");
    const res = await server.get("/api/me", ghost);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });

  it("refuses writes without a session before reading the body", async () => {
    const res = await server.post("/api/accounts", undefined, createBody(), { "Idempotency-Key": newKey() });
    expect(res.status).toBe(401);
  });
});

describe("unknown routes", () => {
  it("answers a JSON 404 outside /api", async () => {
    const res = await server.get("/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.body.error.code).toBe("not_found");
  });

  it("answers a JSON 404 for an unknown /api route when signed in", async () => {
    const res = await server.get("/api/nope", token);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  it("answers 404 for a method the route does not have", async () => {
    const res = await server.request("PUT", "/api/accounts/zca-binh-minh", { token, body: {} });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  it("answers the health check", async () => {
    const res = await server.get("/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });
});

describe("body size limit", () => {
  const bigBody = JSON.stringify({ ...createBody(), padding: "x".repeat(17 * 1024) });

  it("answers 413 payload_too_large for a body over 16 KB", async () => {
    const res = await server.request("POST", "/api/accounts", {
      token,
      rawBody: bigBody,
      headers: { "Idempotency-Key": newKey() },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
    // The rest of the body may still be on its way: the client must open a new connection.
    expect(res.headers.get("connection")).toBe("close");
  });

  it("keeps serving the same client after a refused 200 KB upload", async () => {
    const huge = JSON.stringify({ ...createBody(), padding: "x".repeat(200 * 1024) });
    for (let i = 0; i < 3; i++) {
      const refused = await server.request("POST", "/api/session", { rawBody: huge });
      expect(refused.status).toBe(413);
      expect((await server.post("/api/session", undefined, { devPersona: "an" })).status).toBe(201);
    }
  });

  it("answers 413 for an oversized sign-in body too", async () => {
    const res = await server.request("POST", "/api/session", { rawBody: bigBody });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("answers 413 for an oversized chunked body without Content-Length", async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      for (let i = 0; i < 17; i++) req.write("x".repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).error.code).toBe("payload_too_large");
  });

  it("accepts a body just under the limit (then judges its content)", async () => {
    const res = await server.request("POST", "/api/session", {
      rawBody: JSON.stringify({ devPersona: "an", padding: "x".repeat(15 * 1024) }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });
});

describe("CORS", () => {
  it("answers a preflight from an allowed origin with the allowed methods and headers", async () => {
    const res = await server.request("OPTIONS", "/api/accounts", {
      headers: {
        Origin: "https://h5.zdn.vn",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type,idempotency-key",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://h5.zdn.vn");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("idempotency-key");
  });

  it("allows PATCH from the mini app, which changes a member's role", async () => {
    const res = await server.request("OPTIONS", "/api/accounts/zca-binh-minh/members/em", {
      headers: { Origin: "https://h5.zdn.vn", "Access-Control-Request-Method": "PATCH" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
  });

  it("does not allow an origin outside the allowlist", async () => {
    const res = await server.request("OPTIONS", "/api/accounts", {
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const get = await server.get("/api/me", token, { Origin: "https://evil.example" });
    expect(get.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets an allowed origin read answers, errors included", async () => {
    const ok = await server.get("/api/me", token, { Origin: "http://localhost:3000" });
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(ok.headers.get("vary")).toContain("Origin");
    const denied = await server.get("/api/me", undefined, { Origin: "http://localhost:3000" });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
  });

  it("lets an allowed origin read Idempotent-Replayed and X-Request-Id", async () => {
    const res = await server.get("/api/me", token, { Origin: "https://h5.zdn.vn" });
    const exposed = res.headers.get("access-control-expose-headers")?.toLowerCase().split(",") ?? [];
    expect(exposed).toEqual(expect.arrayContaining(["idempotent-replayed", "x-request-id"]));
  });
});

describe("security headers", () => {
  it.each([
    ["a JSON answer", "/api/me"],
    ["an error answer", "/api/accounts/zca-missing"],
    ["a 404", "/nope"],
  ])("are on %s", async (_label, path) => {
    const res = await server.get(path, token);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(res.headers.get("x-powered-by")).toBeNull();
    // A JSON API loads nothing and is framed by no one; sessions and ZCAs are never cached.
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    if (path.startsWith("/api/")) expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
