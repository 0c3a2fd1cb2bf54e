// Every API instance sweeps for checkout top-ups whose callback never came, once a minute. Two
// sweeping at the same moment, with Zalo's late callback arriving in the middle: each top-up is
// asked about once and credited once.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckoutStatus } from "../../server/payments/checkout-status";
import { settleStaleCheckouts } from "../../server/services/checkout-sweep";
import { checkConsistency } from "./helpers/consistency";
import { countRows } from "./helpers/fixtures";
import { checkoutCallback } from "./helpers/payments";
import { startTestServer, type TestServer } from "./helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const ACCOUNT = "zca-binh-minh";

describe("two instances sweeping stale checkout top-ups at once", () => {
  it("ask Checkout about each top-up once and credit it once, a callback arriving meanwhile included", async () => {
    const binh = await server.signIn("binh");
    const topups: { id: string; amount: number }[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await server.post(
        `/api/accounts/${ACCOUNT}/topups`,
        binh,
        { amount: 100_000 + i * 1000, method: "checkout" },
        { "Idempotency-Key": `sweep-${randomUUID()}` },
      );
      const topup = res.body as { id: string; amount: number };
      topups.push(topup);
      await server.post(`/api/accounts/${ACCOUNT}/topups/${topup.id}/checkout-order`, binh, {
        orderId: `order-${i}`,
      });
    }
    // Their callbacks never came: created half an hour ago.
    await server.db.execute(sql`UPDATE topups SET created_at = now() - interval '30 minutes'`);
    const before = (await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.balance as number;

    const asked: string[] = [];
    const status: CheckoutStatus = {
      async ask(orderId) {
        asked.push(orderId);
        // Zalo takes a moment to answer: the other instance's sweep runs meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 40));
        const topup = topups[Number(orderId.slice("order-".length))]!;
        return {
          state: "succeeded",
          transId: `status-${orderId}`,
          amount: topup.amount,
          extradata: JSON.stringify({ topupId: topup.id }),
        };
      },
    };
    // Zalo's own callback for the first top-up's order, late, names the transaction otherwise: if a
    // sweep credited first, it is kept for a person (a second payment), never credited again.
    const [a, b, callback] = await Promise.all([
      settleStaleCheckouts(server.db, status),
      settleStaleCheckouts(server.db, status),
      server.post(
        "/api/payments/checkout/callback",
        undefined,
        checkoutCallback(topups[0]!, { orderId: "order-0" }),
      ),
    ]);

    expect(callback.body).toEqual({ returnCode: 1, returnMessage: "recorded" });
    expect(new Set(asked).size).toBe(asked.length);
    expect(a + b).toBe(asked.length);
    for (const topup of topups) {
      expect(await countRows(server.db, "ledger_entries", sql`topup_id = ${topup.id}`)).toBe(1);
    }
    const credited = topups.reduce((sum, t) => sum + t.amount, 0);
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.balance).toBe(before + credited);
    expect((await checkConsistency(server.db)).problems).toEqual([]);
    // A sweep after them finds nothing left to ask about.
    expect(await settleStaleCheckouts(server.db, status)).toBe(0);
    console.log(
      `checkout sweep (${server.kind}): 2 sweeps at once + 1 late callback over ${topups.length} top-ups: ` +
        `${asked.length} questions to Checkout (${a} + ${b} settled), one ledger entry each`,
    );
  });
});
