import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { startZaloStub, STUB_PROFILE, type StubReply, type ZaloStub } from "../support/zalo-stub";
import { databaseChecksum, rowCounts } from "./helpers/db-state";
import { startTestServer, type TestServer } from "./helpers/server";

// The server gives the Graph API 300 ms. A fault that outlasts it (a hang, a stalled body, a late
// answer) never ends by itself: its refusal is the deadline's doing, however long the machine took.
const TIMEOUT_MS = 300;
const GRAPH_CALLS = ["/v2.0/me", "/v2.0/me/info"] as const;

let stub: ZaloStub;
let elsewhere: ZaloStub;
let server: TestServer;
beforeAll(async () => {
  [stub, elsewhere] = await Promise.all([startZaloStub(), startZaloStub()]);
  server = await startTestServer({ authMode: "zalo", graphUrl: stub.url, graphTimeoutMs: TIMEOUT_MS });
});
beforeEach(() => {
  stub.reset();
  elsewhere.reset();
});
afterAll(async () => {
  await server?.stop();
  await Promise.all([stub?.stop(), elsewhere?.stop()]);
});

const signIn = () =>
  server.post("/api/session", undefined, {
    accessToken: "zalo-access-token",
    phoneToken: "zalo-phone-token",
  });

interface Fault {
  label: string;
  reply: () => StubReply;
  status: 401 | 502;
}

const FAULTS: Fault[] = [
  { label: "slow (past the timeout)", reply: () => ({ hang: true }), status: 502 },
  // A good answer, but 10 s late: only the deadline turns it into a refusal.
  {
    label: "answering late",
    reply: () => ({ delayMs: 10_000, body: { ...STUB_PROFILE, error: 0 } }),
    status: 502,
  },
  {
    label: "stalling mid-body",
    reply: () => ({ stall: true, body: { error: 0, padding: "x".repeat(200) } }),
    status: 502,
  },
  { label: "resetting the connection", reply: () => ({ reset: true }), status: 502 },
  {
    label: "error -216 (token invalid)",
    reply: () => ({ body: { error: -216, message: "Invalid token" } }),
    status: 401,
  },
  {
    label: "error -501 (code expired)",
    reply: () => ({ body: { error: -501, message: "Code is expired" } }),
    status: 401,
  },
  {
    label: "an HTML error page",
    reply: () => ({ raw: "<html><body>502 Bad Gateway</body></html>" }),
    status: 502,
  },
  { label: "truncated JSON", reply: () => ({ raw: '{"id":"zalo-7781","name":"Võ' }), status: 502 },
  { label: "an empty body", reply: () => ({ raw: "" }), status: 502 },
  { label: "a JSON array", reply: () => ({ raw: "[]" }), status: 502 },
  { label: "the wrong shape", reply: () => ({ body: { error: 0, data: null, id: 7 } }), status: 502 },
  { label: "a string error code", reply: () => ({ body: { error: "-216" } }), status: 502 },
  { label: "HTTP 500", reply: () => ({ status: 500, body: { error: 0 } }), status: 502 },
  { label: "HTTP 503", reply: () => ({ status: 503, raw: "Service Unavailable" }), status: 502 },
  {
    label: "a redirect to another host",
    reply: () => ({ status: 302, headers: { Location: `${elsewhere.url}/v2.0/me` }, raw: "" }),
    status: 502,
  },
];

let faults = 0;
let slowest = 0;
afterAll(() => {
  console.log(
    `zalo faults: ${faults} faults (${FAULTS.length} kinds × ${GRAPH_CALLS.length} Graph calls, and Graph down) ` +
      `refused with 401 unauthenticated or 502 zalo_unavailable within ${slowest} ms; no row written; ` +
      "health and a clean sign-in fine after each",
  );
});

async function expectHealthyAfterwards() {
  expect((await server.get("/health")).status).toBe(200);
  stub.reset();
  const ok = await signIn();
  expect(ok.status).toBe(201);
  await server.reset();
}

describe("sign-in while the Zalo Graph API misbehaves", () => {
  describe.each(GRAPH_CALLS)("when %s is", (path) => {
    it.each(FAULTS)("$label: refused with a clear code, nothing written", async (fault) => {
      const before = await databaseChecksum(server.db);
      stub.on(path, fault.reply());
      const started = performance.now();
      const res = await signIn();
      const took = performance.now() - started;
      faults++;
      slowest = Math.max(slowest, Math.round(took));

      expect(res.status).toBe(fault.status);
      expect(res.body.error.code).toBe(fault.status === 401 ? "unauthenticated" : "zalo_unavailable");
      expect(res.body.error.message).toMatch(fault.status === 401 ? /sign in again/ : /try again/);
      expect(res.body).not.toHaveProperty("token");
      expect(await databaseChecksum(server.db)).toBe(before);
      // A redirect is not followed: the token and the app secret stay between us and Zalo.
      expect(elsewhere.requests).toEqual([]);
      await expectHealthyAfterwards();
    });
  });

  it("refuses with 502 when the Graph API is down (connection refused), and recovers when it is back", async () => {
    const counts = await rowCounts(server.db);
    await stub.down();
    try {
      const res = await signIn();
      faults++;
      expect(res.status).toBe(502);
      expect(res.body.error.code).toBe("zalo_unavailable");
      expect(await rowCounts(server.db)).toEqual(counts);
      expect((await server.get("/health")).status).toBe(200);
    } finally {
      await stub.up();
    }
    await expectHealthyAfterwards();
  });

  it("keeps answering other people while a sign-in waits on a hung Graph API", async () => {
    // A server that waits a minute for Zalo: the others must be answered while the sign-in still
    // waits, however slow this machine is; Zalo's side then drops the connection.
    const patient = await startTestServer({ authMode: "zalo", graphUrl: stub.url, graphTimeoutMs: 60_000 });
    try {
      stub.on("/v2.0/me", { hang: true });
      let settled = false;
      const waiting = patient
        .post("/api/session", undefined, { accessToken: "zalo-access-token", phoneToken: "zalo-phone-token" })
        .finally(() => (settled = true));
      await expect.poll(() => stub.requests.filter((r) => r.path === "/v2.0/me").length).toBe(1);
      const binh = (await issueSessionToken(patient.sessionSecret, "binh", "zalo")).token;
      const [health, me] = await Promise.all([patient.get("/health"), patient.get("/api/me", binh)]);
      expect(health.status).toBe(200);
      expect(me.status).toBe(200);
      expect(settled).toBe(false);
      stub.releaseHung();
      expect((await waiting).status).toBe(502);
    } finally {
      await patient.stop();
    }
  });

  it.each([
    ["a newline", "abc\ndef"],
    ["a Vietnamese letter", "tokện"],
    ["a space", "two words"],
  ])("refuses an access token with %s before calling Zalo", async (_label, accessToken) => {
    const res = await server.post("/api/session", undefined, { accessToken });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(stub.requests).toEqual([]);
  });
});
