import { createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { people } from "../../server/db/schema";
import { startZaloStub, STUB_PROFILE, type ZaloStub } from "../support/zalo-stub";
import { countRows } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

let stub: ZaloStub;
let server: TestServer;
beforeAll(async () => {
  stub = await startZaloStub();
  server = await startTestServer({ authMode: "zalo", graphUrl: stub.url, graphTimeoutMs: 300, seed: false });
});
beforeEach(async () => {
  stub.reset();
  await server.reset();
});
afterAll(async () => {
  await server?.stop();
  await stub?.stop();
});

const signIn = (body: object) => server.post("/api/session", undefined, body);
const storedPerson = async () =>
  (await server.db.select().from(people).where(eq(people.id, STUB_PROFILE.id)))[0];

describe("sign-in with Zalo (AUTH_MODE=zalo)", () => {
  it("checks the user with the Graph API, records the person with the verified phone, and opens a session", async () => {
    const res = await signIn({ accessToken: "zalo-access-token", phoneToken: "zalo-phone-token" });
    expect(res.status).toBe(201);
    expect(res.body.user).toEqual({
      id: STUB_PROFILE.id,
      name: STUB_PROFILE.name,
      avatar: STUB_PROFILE.picture.data.url,
    });
    expect(res.body.phone).toBe("•••••••678");

    expect(await storedPerson()).toMatchObject({ name: "Võ Thị Hoa", phone: "+84912345678" });
    expect(await countRows(server.db, "audit_events")).toBe(1);

    const profileCall = stub.requests.find((r) => r.path === "/v2.0/me")!;
    const proof = createHmac("sha256", server.appSecret).update("zalo-access-token").digest("hex");
    expect(profileCall.headers.appsecret_proof).toBe(proof);

    const me = await server.get("/api/me", res.body.token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: STUB_PROFILE.id }, canCreateAccount: true });
  });

  it("without a phone token, signs in but asks for the phone before creating a ZCA", async () => {
    const res = await signIn({ accessToken: "zalo-access-token" });
    expect(res.status).toBe(201);
    expect(res.body.phone).toBeNull();
    expect(stub.requests.map((r) => r.path)).toEqual(["/v2.0/me"]);
    const me = await server.get("/api/me", res.body.token);
    expect(me.body).toMatchObject({ canCreateAccount: false, reason: "phone_required" });
  });

  it("keeps a verified phone when a later sign-in shares none", async () => {
    await signIn({ accessToken: "a", phoneToken: "p" });
    const again = await signIn({ accessToken: "b" });
    expect(again.body.phone).toBe("•••••••678");
    expect((await storedPerson())?.phone).toBe("+84912345678");
  });

  it("answers 401 and writes nothing when Zalo rejects the access token", async () => {
    stub.on("/v2.0/me", { body: { error: -216, message: "Access token is invalid" } });
    const res = await signIn({ accessToken: "forged", phoneToken: "p" });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
    expect(res.body).not.toHaveProperty("token");
    expect(await countRows(server.db, "people")).toBe(0);
    expect(await countRows(server.db, "audit_events")).toBe(0);
  });

  it("answers 401 and writes nothing when Zalo rejects the phone token", async () => {
    stub.on("/v2.0/me/info", { body: { error: -501, message: "Code is expired" } });
    const res = await signIn({ accessToken: "good", phoneToken: "expired" });
    expect(res.status).toBe(401);
    expect(await countRows(server.db, "people")).toBe(0);
  });

  it("answers 502 zalo_unavailable and writes nothing when Zalo does not answer in time", async () => {
    stub.on("/v2.0/me", { hang: true });
    const res = await signIn({ accessToken: "good" });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe("zalo_unavailable");
    expect(await countRows(server.db, "people")).toBe(0);
  });

  it("never returns the app secret to the client", async () => {
    const res = await signIn({ accessToken: "a", phoneToken: "p" });
    expect(res.text).not.toContain(server.appSecret);
  });
});
