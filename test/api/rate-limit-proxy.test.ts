import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

// Behind one reverse proxy (TRUST_PROXY=1) every request reaches the API from the proxy's address.
let proxied: TestServer;
let direct: TestServer;
beforeAll(async () => {
  [proxied, direct] = await Promise.all([
    startTestServer({ limits: { signInPerMinute: 2 }, trustProxy: 1 }),
    startTestServer({ limits: { signInPerMinute: 2 } }),
  ]);
});
afterAll(async () => {
  await Promise.all([proxied?.stop(), direct?.stop()]);
});

const signIn = (server: TestServer, forwardedFor?: string) =>
  server.post(
    "/api/session",
    undefined,
    { devPersona: "an" },
    forwardedFor ? { "X-Forwarded-For": forwardedFor } : {},
  );

describe("sign-in limit per client address", () => {
  it("behind a trusted proxy, counts each client by the address the proxy appended", async () => {
    expect((await signIn(proxied, "203.0.113.7")).status).toBe(201);
    expect((await signIn(proxied, "203.0.113.7")).status).toBe(201);
    const third = await signIn(proxied, "203.0.113.7");
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe("rate_limited");
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(third.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Another client behind the same proxy is not held back by the first one.
    expect((await signIn(proxied, "198.51.100.20")).status).toBe(201);
  });

  it("behind a trusted proxy, ignores addresses the client wrote before the proxy's", async () => {
    // A client rotating a forged left-most entry is still the one address its proxy saw.
    expect((await signIn(proxied, "10.0.0.1, 192.0.2.55")).status).toBe(201);
    expect((await signIn(proxied, "10.0.0.2, 192.0.2.55")).status).toBe(201);
    expect((await signIn(proxied, "10.0.0.3, 192.0.2.55")).status).toBe(429);
  });

  it("without TRUST_PROXY, X-Forwarded-For cannot buy a client more sign-ins", async () => {
    expect((await signIn(direct, "203.0.113.1")).status).toBe(201);
    expect((await signIn(direct, "203.0.113.2")).status).toBe(201);
    const third = await signIn(direct, "203.0.113.3");
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("request ids behind a trusted proxy", () => {
  it("keeps the proxy's X-Request-Id, so its log and ours line up", async () => {
    const res = await proxied.get("/health", undefined, { "X-Request-Id": "nginx-4f1c2a" });
    expect(res.headers.get("x-request-id")).toBe("nginx-4f1c2a");
    const other = await direct.get("/health", undefined, { "X-Request-Id": "nginx-4f1c2a" });
    expect(other.headers.get("x-request-id")).not.toBe("nginx-4f1c2a");
  });
});
