import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bankNoticeRequest, checkoutCallback } from "./helpers/payments";
import { dbKindFromEnv, startTestServer, type TestServer } from "./helpers/server";

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ limits: { signInPerMinute: 3, writesPerMinute: 2 } });
  token = await server.signIn("binh");
});
afterAll(() => server?.stop());

describe("rate limits", () => {
  it("answers 429 rate_limited once sign-ins from one address pass the limit (3 a minute here)", async () => {
    await server.signIn("an");
    await server.signIn("chau");
    const res = await server.post("/api/session", undefined, { devPersona: "dung" });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe("rate_limited");
    expect(res.body.error.message).toMatch(/try again/i);
    // Retry-After says when: no later than the end of the one-minute window.
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });

  it("answers 429 once a person's writes pass the limit, and keeps reads open", async () => {
    const link = () => server.post("/api/accounts/zca-binh-minh/oas", token, { oaId: "oa-binh-nail" });
    expect((await link()).status).toBe(201);
    expect((await link()).status).toBe(200);
    const third = await link();
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe("rate_limited");
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);

    const read = await server.get("/api/accounts/zca-binh-minh", token);
    expect(read.status).toBe(200);
    expect(read.body.oas).toHaveLength(2);
  });
});

describe("payment callbacks and bank notices (3 failed signatures a minute here)", () => {
  let payments: TestServer;
  let binh: string;
  beforeAll(async () => {
    payments = await startTestServer({ limits: { badMacsPerMinute: 3 } });
    binh = await payments.signIn("binh");
  });
  afterAll(() => payments?.stop());

  const ACCOUNT = "zca-binh-minh";
  const notice = () => ({
    transactionId: `vcb-${randomUUID()}`,
    accountNumber: "960000000013",
    amount: 1_000_000,
    content: "NAP ZCA",
    paidAt: new Date().toISOString(),
  });
  const sendNotice = (body: object, secret?: string) =>
    payments.request("POST", "/api/payments/bank/webhook", bankNoticeRequest(body, { secret }));
  const sendCallback = (body: unknown) => payments.post("/api/payments/checkout/callback", undefined, body);
  const balance = async () =>
    (await payments.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.balance as number;

  it("counts only failed signatures: past the limit those get 429, and signed ones still credit", async () => {
    await payments.get(`/api/accounts/${ACCOUNT}/wallet`, binh); // makes the ZCA's transfer number
    const before = await balance();
    const forged = () => sendNotice(notice(), "not-the-bank");
    expect([(await forged()).status, (await forged()).status, (await forged()).status]).toEqual([
      401, 401, 401,
    ]);

    // Signed notices and callbacks from the same address, however many, never count and still pass.
    for (let i = 0; i < 4; i++) expect((await sendNotice(notice())).body.outcome).toBe("credited");
    const topup = await payments.post(
      `/api/accounts/${ACCOUNT}/topups`,
      binh,
      { amount: 200_000, method: "checkout" },
      { "Idempotency-Key": `key-${randomUUID()}` },
    );
    expect((await sendCallback(checkoutCallback(topup.body))).body).toEqual({
      returnCode: 1,
      returnMessage: "recorded",
    });
    expect(await balance()).toBe(before + 4 * 1_000_000 + 200_000);

    // The fourth failure, a notice or a callback with a bad MAC or no shape at all, is refused for rate.
    const refused = [
      await forged(),
      await sendCallback(checkoutCallback(topup.body, { key: "not-zalo" })),
      await sendCallback({ hello: "zalo" }),
    ];
    expect(refused.map((r) => [r.status, r.body?.error?.code])).toEqual([
      [429, "rate_limited"],
      [429, "rate_limited"],
      [429, "rate_limited"],
    ]);
    expect(Number(refused[0]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await sendNotice(notice())).body.outcome).toBe("credited");
    expect(await balance()).toBe(before + 5 * 1_000_000 + 200_000);
  });
});

// On PGlite the count is in the process's memory to begin with.
describe.skipIf(dbKindFromEnv() !== "postgres")(
  "when PostgreSQL cannot keep the shared count (PostgreSQL only)",
  () => {
    let failing: TestServer;
    beforeAll(async () => {
      failing = await startTestServer({ limits: { signInPerMinute: 3 } });
      await failing.db.execute(sql`ALTER TABLE rate_limits RENAME TO rate_limits_gone`);
    });
    afterAll(() => failing?.stop());

    it("still answers sign-ins, and still refuses past the limit, counting in the process", async () => {
      const tries = [];
      for (let i = 0; i < 5; i++)
        tries.push(await failing.post("/api/session", undefined, { devPersona: "an" }));
      expect(tries.map((r) => r.status)).toEqual([201, 201, 201, 429, 429]);
      expect(Number(tries[4]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await failing.get("/health")).status).toBe(200);
    });
  },
);
