// Zalo's charging services over real HTTP (issue 27): a hold reserves part of the available
// balance before the service spends, a usage event debits once per eventId, from its hold when
// it names one, never below 0; an expired hold is released. Every abuse of the signed routes is
// answered with a stable code and changes nothing it should not. Every test ends with the money
// rules of the database holding (the balance is the ledger's sum, holds never exceed it).
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { AMOUNT_MAX } from "../../src/domain/money";
import { releaseExpiredHolds } from "../../server/services/usage";
import { databaseChecksum } from "./helpers/db-state";
import { countRows, createBody, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { expectError } from "./helpers/http";
import { usageRequest } from "./helpers/payments";
import { TEST_PAYMENTS } from "./helpers/server";
import {
  captureOf,
  eventBody,
  holdBody,
  inMinutes,
  USAGE_ACCOUNT as ACCOUNT,
  USAGE_APP as APP,
  USAGE_OA as OA,
  usageCalls,
} from "./helpers/usage";

const { server } = freshServer({ consistency: true });
let binh: string;
beforeEach(async () => {
  binh = await server.signIn("binh");
});

const SEEDED_BALANCE = 1_250_000;
const { postHold, postEvent } = usageCalls(server);

async function balance(): Promise<number> {
  return (await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.balance;
}

const holdStatus = async (holdId: string) =>
  (
    await queryRows<{ status: string }>(server.db, sql`SELECT status FROM usage_holds WHERE id = ${holdId}`)
  )[0]?.status;

describe("POST /api/usage/holds, then the event that captures it", () => {
  it("reserves the amount, then debits what the event says once and releases the rest", async () => {
    const hold = holdBody({ amount: 300_000 });
    expect((await postHold(hold)).body).toEqual({ outcome: "held" });
    expect(await balance()).toBe(SEEDED_BALANCE);

    const event = captureOf(hold, 240_000);
    const answer = await postEvent(event);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toEqual({ outcome: "debited" });
    expect(await balance()).toBe(SEEDED_BALANCE - 240_000);
    expect(await holdStatus(hold.holdId)).toBe("captured");
    const [entry] = await queryRows(
      server.db,
      sql`SELECT kind, amount::int AS amount, balance_after::int AS after, usage_kind, description, app_id,
                 oa_id, quantity, hold_id FROM ledger_entries WHERE event_id = ${event.eventId}`,
    );
    expect(entry).toEqual({
      kind: "spend",
      amount: -240_000,
      after: SEEDED_BALANCE - 240_000,
      usage_kind: "zns",
      description: "zns",
      app_id: APP,
      oa_id: null,
      quantity: 50,
      hold_id: hold.holdId,
    });
    // The rest of the hold is free again: an event without a hold may spend all that is left.
    expect((await postEvent(eventBody({ amount: SEEDED_BALANCE - 240_000 }))).body).toEqual({
      outcome: "debited",
    });
    expect(await balance()).toBe(0);
  });

  it("shows every member the available balance and what is held, until the hold is captured", async () => {
    const hold = holdBody({ amount: 300_000 });
    await postHold(hold);
    const giang = await server.signIn("giang");
    for (const token of [binh, giang]) {
      const wallet = (await server.get(`/api/accounts/${ACCOUNT}/wallet`, token)).body;
      expect(wallet).toMatchObject({
        balance: SEEDED_BALANCE,
        available: SEEDED_BALANCE - 300_000,
        held: 300_000,
      });
    }
    await postEvent(captureOf(hold, 100_000));
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body).toMatchObject({
      balance: SEEDED_BALANCE - 100_000,
      available: SEEDED_BALANCE - 100_000,
      held: 0,
    });
  });

  it("answers the same hold again “already”, and refuses more than the available balance with 402", async () => {
    const hold = holdBody({ amount: 1_000_000 });
    expect((await postHold(hold)).body).toEqual({ outcome: "held" });
    expect((await postHold(hold)).body).toEqual({ outcome: "already" });
    expectError(await postHold(holdBody({ amount: 250_001 })), 402, "insufficient_balance");
    expect((await postHold(holdBody({ amount: 250_000 }))).body).toEqual({ outcome: "held" });
    expect(await countRows(server.db, "usage_holds")).toBe(2);
  });

  it("keeps held money from an event without a hold: 402, recorded, counted again when sent again", async () => {
    expect((await postHold(holdBody({ amount: 1_200_000 }))).status).toBe(200);
    const renewal = eventBody({ kind: "oa_package", oaId: OA, appId: undefined, amount: 60_000 });
    expectError(await postEvent(renewal), 402, "insufficient_balance");
    expectError(await postEvent(renewal), 402, "insufficient_balance");
    expect(await balance()).toBe(SEEDED_BALANCE);
    expect(
      await queryRows(
        server.db,
        sql`SELECT reason, attempts, amount::int AS amount, oa_id FROM usage_refusals WHERE event_id = ${renewal.eventId}`,
      ),
    ).toEqual([{ reason: "insufficient_balance", attempts: 2, amount: 60_000, oa_id: OA }]);
    expect((await postEvent({ ...renewal, amount: 50_000, eventId: `event-${randomUUID()}` })).body).toEqual({
      outcome: "debited",
    });
  });
});

describe("where the money went", () => {
  it("counts each debit in “Chi tiêu” by its OA or app, in the history, and in the last 30 days' spending", async () => {
    const before = (await server.get(`/api/accounts/${ACCOUNT}/spending`, binh)).body;
    const spentBefore = (await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.spentLast30Days;
    await postEvent(eventBody({ amount: 40_000 }));
    await postEvent(eventBody({ kind: "proactive", oaId: OA, appId: undefined, amount: 25_000 }));
    const after = (await server.get(`/api/accounts/${ACCOUNT}/spending`, binh)).body;
    const sumOf = (rows: { id: string; amount: number }[], id: string) =>
      rows.find((r) => r.id === id)?.amount ?? 0;
    expect(sumOf(after.byApp, APP) - sumOf(before.byApp, APP)).toBe(40_000);
    expect(sumOf(after.byOa, OA) - sumOf(before.byOa, OA)).toBe(25_000);
    expect(after.byMonth.at(-1).amount - before.byMonth.at(-1).amount).toBe(65_000);
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.spentLast30Days).toBe(
      spentBefore + 65_000,
    );
    const history = (await server.get(`/api/accounts/${ACCOUNT}/transactions?limit=2`, binh)).body.items;
    expect(
      history.map((t: { kind: string; amount: number; description: string }) => [
        t.kind,
        t.amount,
        t.description,
      ]),
    ).toEqual([
      ["spend", -25_000, "proactive_message"],
      ["spend", -40_000, "zns"],
    ]);
  });
});

describe("exactly once, never below 0", () => {
  it("debits 20 concurrent copies of one usage event once", async () => {
    const event = eventBody({ amount: 70_000 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => postEvent(event)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const outcomes = answers.map((a) => a.body.outcome);
    expect(outcomes.filter((o) => o === "debited")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already")).toHaveLength(19);
    expect(await countRows(server.db, "ledger_entries", sql`event_id = ${event.eventId}`)).toBe(1);
    expect(await balance()).toBe(SEEDED_BALANCE - 70_000);
  });

  it("lets 40 holds racing for the balance reserve at most what it holds, to the last đồng", async () => {
    // 12 holds of 100.000 đ and one of 50.000 đ fit in 1.250.000 đ; the 13th of 100.000 đ does not.
    const holds = [
      ...Array.from({ length: 39 }, () => holdBody({ amount: 100_000 })),
      holdBody({ amount: 50_000 }),
    ];
    const answers = await Promise.all(holds.map((hold) => postHold(hold)));
    const held = holds.filter((_, i) => answers[i]!.status === 200);
    for (const refused of answers.filter((a) => a.status !== 200)) {
      expectError(refused, 402, "insufficient_balance");
    }
    const reserved = held.reduce((sum, h) => sum + h.amount, 0);
    expect(reserved).toBeLessThanOrEqual(SEEDED_BALANCE);
    expect(reserved).toBeGreaterThan(SEEDED_BALANCE - 100_000);
    // Every hold captured at once, and events without a hold racing them for the rest: nothing
    // goes below 0, and what was debited is the ledger's.
    const captures = held.map((hold) => postEvent(captureOf(hold)));
    const strays = Array.from({ length: 10 }, () => postEvent(eventBody({ amount: 50_000 })));
    const settled = await Promise.all([...captures, ...strays]);
    expect(settled.slice(0, held.length).map((a) => a.body.outcome)).toEqual(held.map(() => "debited"));
    const straysDebited = settled.slice(held.length).filter((a) => a.status === 200).length;
    expect(await balance()).toBe(SEEDED_BALANCE - reserved - 50_000 * straysDebited);
    expect(await balance()).toBeGreaterThanOrEqual(0);
  });

  it("never takes the balance below 0 with events alone, racing for the last đồng", async () => {
    const events = Array.from({ length: 30 }, () => eventBody({ amount: 100_000 }));
    const answers = await Promise.all(events.map((e) => postEvent(e)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(12);
    for (const refused of answers.filter((a) => a.status !== 200)) {
      expectError(refused, 402, "insufficient_balance");
    }
    expect(await balance()).toBe(50_000);
    expect(await countRows(server.db, "usage_refusals", sql`reason = 'insufficient_balance'`)).toBe(18);
  });
});

describe("holds that end", () => {
  /** Moves a hold's expiry into the past, as time passing would. */
  const expire = (holdId: string) =>
    server.db.execute(
      sql`UPDATE usage_holds SET expires_at = now() - interval '1 second' WHERE id = ${holdId}`,
    );

  it("stops reserving at its expiry, is released by the sweep, and can no longer be captured", async () => {
    const hold = holdBody({ amount: 1_250_000 });
    await postHold(hold);
    expectError(await postHold(holdBody({ amount: 1 })), 402, "insufficient_balance");
    await expire(hold.holdId);
    expect((await postHold(holdBody({ amount: 1 }))).body).toEqual({ outcome: "held" });

    expect(await releaseExpiredHolds(server.db)).toBe(1);
    expect(await holdStatus(hold.holdId)).toBe("released");
    expect(await releaseExpiredHolds(server.db)).toBe(0);

    const late = captureOf(hold, 10_000);
    expectError(await postEvent(late), 409, "hold_closed");
    expect(await balance()).toBe(SEEDED_BALANCE);
    expect(
      await queryRows(server.db, sql`SELECT reason FROM usage_refusals WHERE event_id = ${late.eventId}`),
    ).toEqual([{ reason: "hold_closed" }]);
  });

  it("releases each expired hold once when sweeps run at the same time", async () => {
    const holds = Array.from({ length: 8 }, () => holdBody({ amount: 10_000 }));
    for (const hold of holds) await postHold(hold);
    for (const hold of holds) await expire(hold.holdId);
    const released = await Promise.all(Array.from({ length: 4 }, () => releaseExpiredHolds(server.db)));
    expect(released.reduce((a, b) => a + b, 0)).toBe(8);
  });

  it("refuses a capture larger than its hold (409 hold_exceeded, recorded) and keeps the hold", async () => {
    const hold = holdBody({ amount: 100_000 });
    await postHold(hold);
    const greedy = captureOf(hold, 100_001);
    expectError(await postEvent(greedy), 409, "hold_exceeded");
    expect(await balance()).toBe(SEEDED_BALANCE);
    expect(await holdStatus(hold.holdId)).toBe("active");
    expect((await postEvent(captureOf(hold))).body).toEqual({ outcome: "debited" });
  });

  it("refuses a second event capturing a captured hold (409 hold_closed)", async () => {
    const hold = holdBody();
    await postHold(hold);
    expect((await postEvent(captureOf(hold))).body).toEqual({ outcome: "debited" });
    expectError(await postEvent(captureOf(hold, 1_000)), 409, "hold_closed");
    expect(await balance()).toBe(SEEDED_BALANCE - hold.amount);
  });
});

describe("the signed routes refuse abuse with stable codes", () => {
  it("refuses unsigned, forged, tampered and stale calls with 401, writing nothing", async () => {
    const before = await databaseChecksum(server.db);
    const event = eventBody();
    const signed = usageRequest(event);
    const cases = [
      server.post("/api/usage/events", undefined, event),
      postEvent(event, { secret: TEST_PAYMENTS.bankSecret }),
      postEvent(event, { secret: "someone-elses-usage-secret" }),
      postEvent(event, { at: Date.now() - 6 * 60_000 }),
      postEvent(event, { at: Date.now() + 6 * 60_000 }),
      server.request("POST", "/api/usage/events", {
        ...signed,
        rawBody: JSON.stringify({ ...event, amount: 1 }),
      }),
      server.request("POST", "/api/usage/holds", {
        ...signed,
        headers: { ...signed.headers, "X-Timestamp": "x" },
      }),
      // A mini app session is no signature.
      server.request("POST", "/api/usage/holds", { token: binh, body: holdBody() }),
    ];
    for (const answer of await Promise.all(cases)) expectError(answer, 401, "unauthenticated");
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("answers a replay of the same signed event “already”, and another event under its id 422", async () => {
    const event = eventBody();
    const signed = usageRequest(event);
    expect((await server.request("POST", "/api/usage/events", signed)).body).toEqual({ outcome: "debited" });
    expect((await server.request("POST", "/api/usage/events", signed)).body).toEqual({ outcome: "already" });
    for (const change of [{ amount: 1 }, { amount: 200_000 }, { quantity: 51 }, { kind: "zns", oaId: OA }]) {
      expectError(await postEvent({ ...event, ...change }), 422, "usage_id_reused");
    }
    const hold = holdBody();
    await postHold(hold);
    expectError(await postHold({ ...hold, amount: 1 }), 422, "usage_id_reused");
    expect(await balance()).toBe(SEEDED_BALANCE - event.amount);
  });

  it("refuses odd amounts, ids and times with 400 invalid_input naming the field, writing nothing", async () => {
    const before = await databaseChecksum(server.db);
    const odd: [object, string][] = [
      [holdBody({ amount: 0 }), "amount"],
      [holdBody({ amount: -100 }), "amount"],
      [holdBody({ amount: 1.5 }), "amount"],
      [holdBody({ amount: "100000" }), "amount"],
      [holdBody({ amount: AMOUNT_MAX + 1 }), "amount"],
      [holdBody({ amount: Number.MAX_SAFE_INTEGER + 2 }), "amount"],
      [holdBody({ expiresAt: inMinutes(-1) }), "expiresAt"],
      [holdBody({ expiresAt: inMinutes(25 * 60) }), "expiresAt"],
      [holdBody({ expiresAt: "tomorrow" }), "expiresAt"],
      [holdBody({ kind: "sms" }), "kind"],
      [holdBody({ holdId: "" }), "holdId"],
      [holdBody({ holdId: "x".repeat(129) }), "holdId"],
      [holdBody({ quantity: 0 }), "quantity"],
      [holdBody({ appId: "9999999999999999999" }), "appId"],
      [holdBody({ kind: "proactive", appId: undefined }), "oaId"],
      [holdBody({ extra: true }), ""],
    ];
    for (const [body, field] of odd) {
      const answer = await postHold(body);
      expectError(answer, 400, "invalid_input");
      if (field) expect(Object.keys(answer.body.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    for (const [body, field] of [
      [eventBody({ amount: 0 }), "amount"],
      [eventBody({ occurredAt: inMinutes(10) }), "occurredAt"],
      [eventBody({ occurredAt: inMinutes(-31 * 24 * 60) }), "occurredAt"],
      [eventBody({ oaId: "oa-an-nhien", kind: "proactive", appId: undefined }), "oaId"],
    ] as const) {
      const answer = await postEvent(body);
      expectError(answer, 400, "invalid_input");
      expect(Object.keys(answer.body.error.fields ?? {})).toContain(field);
    }
    expectError(await postHold("not json"), 400, "invalid_input");
    expectError(await postEvent(eventBody({ accountId: "zca-nobody" })), 404, "not_found");
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("never lets a call touch another ZCA's hold", async () => {
    const an = await server.signIn("an");
    const created = await postAccount(server, an, createBody());
    expect(created.status, created.text).toBe(201);
    const other = created.body.id as string;
    // An's ZCA has money, and a hold on it.
    await server.db.execute(sql`UPDATE accounts SET balance = 500000 WHERE id = ${other}`);
    await server.db
      .execute(sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, description)
      VALUES (${other}, 'adjustment', 500000, 500000, 'test')`);
    const hold = holdBody({ accountId: other, kind: "proactive", oaId: "oa-an-nhien", appId: undefined });
    expect((await postHold(hold)).body).toEqual({ outcome: "held" });

    const stolen = eventBody({ ...captureOf(hold), accountId: ACCOUNT });
    expectError(await postEvent(stolen), 404, "not_found");
    expectError(await postHold({ ...hold, accountId: ACCOUNT, oaId: OA }), 422, "usage_id_reused");
    expect(await balance()).toBe(SEEDED_BALANCE);
    expect(await holdStatus(hold.holdId)).toBe("active");
    expect((await postEvent(captureOf(hold))).body).toEqual({ outcome: "debited" });
  });
});

describe("POST /api/dev/usage/:accountId: “Giả lập chi tiêu” in dev mode", () => {
  const simulate = (body: object, token = binh) => server.post(`/api/dev/usage/${ACCOUNT}`, token, body);

  it("plays a ZNS charge through the signed routes: a hold, then its event, debited", async () => {
    expect((await simulate({ kind: "zns", appId: APP, amount: 50_000 })).body).toEqual({
      outcome: "debited",
    });
    expect(await balance()).toBe(SEEDED_BALANCE - 50_000);
    const [hold] = await queryRows(
      server.db,
      sql`SELECT status, captured_amount::int AS captured FROM usage_holds`,
    );
    expect(hold).toEqual({ status: "captured", captured: 50_000 });
  });

  it("plays an OA package renewal as an event without a hold, and says when the balance refuses it", async () => {
    expect((await simulate({ kind: "oa_package", oaId: OA, amount: 1_200_000 })).body).toEqual({
      outcome: "debited",
    });
    expect(await countRows(server.db, "usage_holds")).toBe(0);
    expect((await simulate({ kind: "oa_package", oaId: OA, amount: 1_200_000 })).body).toEqual({
      outcome: "refused",
      reason: "insufficient_balance",
    });
    expect((await simulate({ kind: "zns", appId: APP, amount: 60_000 })).body).toEqual({
      outcome: "refused",
      reason: "insufficient_balance",
    });
    expect(await balance()).toBe(SEEDED_BALANCE - 1_200_000);
  });

  it("is for the roles that use the wallet, of their own ZCA", async () => {
    expectError(
      await simulate({ kind: "zns", appId: APP, amount: 1 }, await server.signIn("giang")),
      403,
      "forbidden",
    );
    expectError(
      await simulate({ kind: "zns", appId: APP, amount: 1 }, await server.signIn("an")),
      403,
      "forbidden",
    );
    expectError(await simulate({ kind: "zns", appId: APP, amount: 0 }), 400, "invalid_input");
    expect(await balance()).toBe(SEEDED_BALANCE);
  });
});
