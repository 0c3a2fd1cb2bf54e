import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createZaloGraph } from "../../server/auth/zalo-graph";
import { ZaloApiError } from "../../server/auth/zalo-http";
import { startZaloStub, STUB_PROFILE, type ZaloStub } from "../support/zalo-stub";

const SECRET = "app-secret-for-tests";
let stub: ZaloStub;
beforeAll(async () => {
  stub = await startZaloStub();
});
beforeEach(() => stub.reset());
afterAll(() => stub?.stop());

const graph = (timeoutMs = 1000) => createZaloGraph({ baseUrl: stub.url, appSecret: SECRET, timeoutMs });

async function failure(promise: Promise<unknown>): Promise<ZaloApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZaloApiError);
  return error as ZaloApiError;
}

describe("getProfile", () => {
  it("returns the profile and sends the token with its appsecret_proof", async () => {
    const profile = await graph().getProfile("user-access-token");
    expect(profile).toEqual({
      id: STUB_PROFILE.id,
      name: STUB_PROFILE.name,
      avatar: STUB_PROFILE.picture.data.url,
    });

    const [req] = stub.requests;
    expect(req).toMatchObject({ method: "GET", path: "/v2.0/me" });
    expect(req!.query.get("fields")).toBe("id,name,picture");
    expect(req!.headers.access_token).toBe("user-access-token");
    const proof = createHmac("sha256", SECRET).update("user-access-token").digest("hex");
    expect(req!.headers.appsecret_proof).toBe(proof);
    expect(req!.headers.appsecret_proof).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never sends the app secret itself to the profile endpoint", async () => {
    await graph().getProfile("t");
    expect(JSON.stringify(stub.requests[0]!.headers)).not.toContain(SECRET);
  });

  it("gives an empty avatar when Zalo sends no picture", async () => {
    stub.on("/v2.0/me", { body: { id: "z1", name: "No Picture" } });
    expect(await graph().getProfile("t")).toEqual({ id: "z1", name: "No Picture", avatar: "" });
  });

  it("reports a Graph error (HTTP 200, error != 0) as rejected", async () => {
    stub.on("/v2.0/me", { body: { error: -216, message: "Access token is invalid" } });
    const error = await failure(graph().getProfile("expired"));
    expect(error.kind).toBe("rejected");
    expect(error.message).toContain("-216");
  });

  it("reports a timeout as unavailable, promptly", async () => {
    stub.on("/v2.0/me", { hang: true });
    const started = Date.now();
    const error = await failure(graph(150).getProfile("t"));
    expect(error.kind).toBe("unavailable");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ["a body that is not JSON", { raw: "<html>Bad gateway</html>" }],
    ["HTTP 500", { status: 500, body: { error: 0 } }],
    ["HTTP 404", { status: 404, body: {} }],
    ["a profile without an id", { body: { name: "Nobody", error: 0 } }],
    ["a JSON array", { raw: "[1,2]" }],
    ["an error field that is not a number", { body: { error: "oops" } }],
  ])("reports %s as unavailable", async (_label, reply) => {
    stub.on("/v2.0/me", reply);
    expect((await failure(graph().getProfile("t"))).kind).toBe("unavailable");
  });

  it("reports an unreachable Graph API as unavailable", async () => {
    const closed = createZaloGraph({ baseUrl: "http://127.0.0.1:9", appSecret: SECRET, timeoutMs: 1000 });
    expect((await failure(closed.getProfile("t"))).kind).toBe("unavailable");
  });
});

describe("getPhone", () => {
  it("exchanges the phone token, sending access_token, code and secret_key, and normalises 84 to 0", async () => {
    const phone = await graph().getPhone("user-access-token", "phone-token-123");
    expect(phone).toBe("+84912345678");
    const [req] = stub.requests;
    expect(req!.path).toBe("/v2.0/me/info");
    expect(req!.headers).toMatchObject({
      access_token: "user-access-token",
      code: "phone-token-123",
      secret_key: SECRET,
    });
  });

  it("reports an expired phone token (error != 0) as rejected", async () => {
    stub.on("/v2.0/me/info", { body: { error: -501, message: "Code is expired" } });
    expect((await failure(graph().getPhone("t", "old"))).kind).toBe("rejected");
  });

  it.each([
    ["a number with letters", { body: { data: { number: "84-abc" }, error: 0 } }],
    ["no data", { body: { error: 0 } }],
    ["HTTP 500", { status: 500, raw: "" }],
  ])("reports %s as unavailable", async (_label, reply) => {
    stub.on("/v2.0/me/info", reply);
    expect((await failure(graph().getPhone("t", "p"))).kind).toBe("unavailable");
  });
});
