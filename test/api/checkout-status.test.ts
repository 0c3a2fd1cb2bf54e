// The status client over HTTP against a stub of Checkout's getOrderStatus that checks what Zalo
// documents: GET /api/transaction/get-status?orderId&appId&mac, mac = HMAC-SHA256(privateKey,
// "appId=…&orderId=…&privateKey=…"). Then a sweep through it settles each stale top-up once.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCheckoutStatus } from "../../server/payments/checkout-status";
import { settleStaleCheckouts } from "../../server/services/checkout-sweep";
import { checkConsistency } from "./helpers/consistency";
import { hmac } from "./helpers/payments";
import { startTestServer, TEST_PAYMENTS, type TestServer } from "./helpers/server";

/** What the stub's Checkout says of each order; an order it does not know is an error. */
const orders = new Map<string, object>();
let stub: Server;
let stubUrl: string;
let server: TestServer;

beforeAll(async () => {
  stub = createServer((req, res) => {
    const url = new URL(req.url!, "http://stub");
    const orderId = url.searchParams.get("orderId") ?? "";
    const appId = url.searchParams.get("appId") ?? "";
    const key = TEST_PAYMENTS.checkoutKey;
    const expected = hmac(key, `appId=${appId}&orderId=${orderId}&privateKey=${key}`);
    if (orderId === "stalls") {
      // Headers and the start of the body, then nothing: the answer never ends.
      res.writeHead(200, { "Content-Type": "application/json" }).write('{"returnCode":1,"data":');
      return;
    }
    const answer =
      req.method !== "GET" || url.pathname !== "/api/transaction/get-status"
        ? { returnCode: -1, returnMessage: "not found" }
        : appId !== TEST_PAYMENTS.appId || url.searchParams.get("mac") !== expected
          ? { returnCode: -1, returnMessage: "invalid mac" }
          : (orders.get(orderId) ?? { returnCode: -1, returnMessage: "order not found" });
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
  stub?.closeAllConnections();
  await new Promise((resolve) => stub?.close(resolve));
});

const client = (privateKey = TEST_PAYMENTS.checkoutKey, timeoutMs?: number) =>
  createCheckoutStatus({ apiUrl: stubUrl, appId: TEST_PAYMENTS.appId, privateKey, timeoutMs });

describe("Checkout's order status, asked over HTTP", () => {
  it("reads paid, failed and processing under data, and at the top level when there is no data", async () => {
    const paid = {
      returnCode: 1,
      returnMessage: "",
      data: {
        returnCode: 1,
        isProcessing: false,
        transId: 77,
        amount: 200_000,
        method: "ZALOPAY",
        transTime: 1_796_190_000_000,
        merchantTransId: "",
        extradata: '{"topupId":"topup-77"}',
      },
    };
    orders.set("paid", paid);
    orders.set("failed", { returnCode: 1, data: { returnCode: -1, returnMessage: "Giao dịch thất bại" } });
    orders.set("processing", { returnCode: 1, data: { returnCode: 0, isProcessing: true } });
    orders.set("flat", { returnCode: 1, transId: "t-9", amount: 50_000 });
    expect(await client().ask("paid")).toEqual({
      state: "succeeded",
      transId: "77",
      amount: 200_000,
      extradata: '{"topupId":"topup-77"}',
      answer: paid,
    });
    expect(await client().ask("failed")).toMatchObject({ state: "failed", message: "Giao dịch thất bại" });
    expect(await client().ask("processing")).toMatchObject({ state: "pending" });
    expect(await client().ask("flat")).toMatchObject({ state: "succeeded", transId: "t-9", amount: 50_000 });
  });

  it("takes Checkout's refusal of the question (another key) for an error, not for a failed payment", async () => {
    orders.set("paid-too", { data: { returnCode: 1, amount: 100_000 } });
    await expect(client("not-our-key").ask("paid-too")).rejects.toThrow(/invalid mac/);
    expect(await client().ask("paid-too")).toMatchObject({ state: "succeeded" });
  });
});

describe("Checkout's order status, when it does not answer in time", () => {
  it("gives up on an answer that stalls mid-body at the deadline, so a sweep moves on", async () => {
    const started = Date.now();
    await expect(client(undefined, 300).ask("stalls")).rejects.toThrow(/took over 300 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("a sweep through the HTTP client", () => {
  it("credits the paid top-up once, fails the unpaid one, leaves the processing one pending", async () => {
    const binh = await server.signIn("binh");
    const ACCOUNT = "zca-binh-minh";
    const made: Record<string, { id: string; amount: number }> = {};
    for (const [name, amount] of [
      ["sweep-paid", 300_000],
      ["sweep-unpaid", 310_000],
      ["sweep-busy", 320_000],
    ] as const) {
      made[name] = (
        await server.post(
          `/api/accounts/${ACCOUNT}/topups`,
          binh,
          { amount, method: "checkout" },
          {
            "Idempotency-Key": `status-${randomUUID()}`,
          },
        )
      ).body;
      await server.post(`/api/accounts/${ACCOUNT}/topups/${made[name]!.id}/checkout-order`, binh, {
        orderId: name,
      });
    }
    const extradata = (name: string) => JSON.stringify({ topupId: made[name]!.id });
    orders.set("sweep-paid", {
      returnCode: 1,
      data: { returnCode: 1, transId: "zp-1", amount: 300_000, extradata: extradata("sweep-paid") },
    });
    orders.set("sweep-unpaid", { returnCode: 1, data: { returnCode: -1, returnMessage: "Hết hạn" } });
    orders.set("sweep-busy", { returnCode: 1, data: { returnCode: 0, isProcessing: true } });
    await server.db.execute(sql`UPDATE topups SET created_at = now() - interval '30 minutes'`);
    const before = (await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.balance as number;

    expect(await settleStaleCheckouts(server.db, client())).toBe(2);
    expect(await settleStaleCheckouts(server.db, client())).toBe(0);

    const status = async (name: string) =>
      (await server.get(`/api/accounts/${ACCOUNT}/topups/${made[name]!.id}`, binh)).body.status;
    expect(await status("sweep-paid")).toBe("succeeded");
    expect(await status("sweep-unpaid")).toBe("failed");
    expect(await status("sweep-busy")).toBe("pending");
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.balance).toBe(before + 300_000);
    expect((await checkConsistency(server.db)).problems).toEqual([]);
  });
});
