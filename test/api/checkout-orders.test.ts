// Zalo Checkout's orders, as an attacker and a careless app would use them (issue 23 items 1, 3
// and 6): an order belongs to one top-up; the sweep believes Checkout's answer only when it names
// this top-up's transaction and amount; money Zalo says arrived is never dropped nor credited
// twice; a sheet closed without paying is settled from Checkout's answer, never the app's word.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCheckoutStatus } from "../../server/payments/checkout-status";
import { settleStaleCheckouts } from "../../server/services/checkout-sweep";
import { countRows, createBody, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { checkoutCallback } from "./helpers/payments";
import { TEST_PAYMENTS } from "./helpers/server";

const { server } = freshServer({ consistency: true });

/** Checkout's order status API as a stub: what it says of each order (unknown: refused). */
const answers = new Map<string, object>();
let stub: Server;
let stubUrl: string;
beforeAll(async () => {
  stub = createServer((req, res) => {
    const orderId = new URL(req.url!, "http://stub").searchParams.get("orderId") ?? "";
    const answer = answers.get(orderId) ?? { returnCode: -1, returnMessage: "order not found" };
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  stub?.closeAllConnections();
  await new Promise((resolve) => stub?.close(resolve));
});
const sweep = () =>
  settleStaleCheckouts(
    server.db,
    createCheckoutStatus({
      apiUrl: stubUrl,
      appId: TEST_PAYMENTS.appId,
      privateKey: TEST_PAYMENTS.checkoutKey,
    }),
  );

const BINH_ACCOUNT = "zca-binh-minh";
/** An's own ZCA, another business than Bình's. */
let AN_ZCA: string;
let binh: string;
let an: string;
beforeEach(async () => {
  answers.clear();
  [binh, an] = await Promise.all([server.signIn("binh"), server.signIn("an")]);
  AN_ZCA = (await postAccount(server, an, createBody())).body.id;
});

type Made = { id: string; amount: number };

async function checkoutTopup(amount = 200_000, token = binh, account = BINH_ACCOUNT): Promise<Made> {
  const res = await server.post(
    `/api/accounts/${account}/topups`,
    token,
    { amount, method: "checkout" },
    { "Idempotency-Key": `orders-${randomUUID()}` },
  );
  expect(res.status).toBe(201);
  return res.body;
}

const reportOrder = (topup: Made, orderId: unknown, token = binh, account = BINH_ACCOUNT) =>
  server.post(`/api/accounts/${account}/topups/${topup.id}/checkout-order`, token, { orderId });

const balance = async (token = binh, account = BINH_ACCOUNT): Promise<number> =>
  (await server.get(`/api/accounts/${account}/wallet`, token)).body.balance;

const statusOf = async (topup: Made, token = binh, account = BINH_ACCOUNT): Promise<string> =>
  (await server.get(`/api/accounts/${account}/topups/${topup.id}`, token)).body.status;

const postCallback = (body: unknown) => server.post("/api/payments/checkout/callback", undefined, body);

/** Their callbacks never came: made half an hour ago. */
const makeStale = () => server.db.execute(sql`UPDATE topups SET created_at = now() - interval '30 minutes'`);

/** A paid order as Zalo's getOrderStatus answers it. */
function paidAnswer(order: { transId?: string; amount?: number; topupId?: string }) {
  return {
    returnCode: 1,
    returnMessage: "Thành công",
    data: {
      returnCode: 1,
      isProcessing: false,
      ...(order.transId === undefined ? {} : { transId: order.transId }),
      ...(order.amount === undefined ? {} : { amount: order.amount }),
      method: "ZALOPAY",
      transTime: Date.now(),
      merchantTransId: "",
      ...(order.topupId === undefined ? {} : { extradata: JSON.stringify({ topupId: order.topupId }) }),
    },
  };
}

async function reviewOf(topup: Made) {
  const [row] = await queryRows<{ status: string; review_reason: string | null; review_answer: unknown }>(
    server.db,
    sql`SELECT status, review_reason, review_answer FROM topups WHERE id = ${topup.id}`,
  );
  const audits = await countRows(
    server.db,
    "audit_events",
    sql`action = 'wallet.topup_review' AND subject_id = ${topup.id}`,
  );
  return { ...row, audits };
}

async function kept(reference: string) {
  return queryRows<{ reason: string; amount: number; payload: { topupId: string; orderId: string } }>(
    server.db,
    sql`SELECT reason, amount::int AS amount, payload FROM unmatched_payments
        WHERE provider = 'zalo_checkout' AND reference = ${reference}`,
  );
}

describe("an order id belongs to one top-up (item 1)", () => {
  it("refuses an order id another top-up holds with 409 order_taken, and a second order for one top-up", async () => {
    const first = await checkoutTopup();
    const second = await checkoutTopup();
    expect((await reportOrder(first, "zp-order-shared")).status).toBe(204);
    // The same report again (the app's one retry) is answered alike.
    expect((await reportOrder(first, "zp-order-shared")).status).toBe(204);
    const taken = await reportOrder(second, "zp-order-shared");
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("order_taken");
    const another = await reportOrder(first, "zp-order-other");
    expect(another.status).toBe(409);
    expect(another.body.error.code).toBe("order_taken");
    expect(await countRows(server.db, "topups", sql`checkout_order_id = 'zp-order-shared'`)).toBe(1);
  });

  it("refuses another ZCA's order id: An's paid order whose callback was lost is not Bình's to report", async () => {
    const ans = await checkoutTopup(300_000, an, AN_ZCA);
    expect((await reportOrder(ans, "zp-order-an", an, AN_ZCA)).status).toBe(204);
    const binhs = await checkoutTopup(300_000);
    expect((await reportOrder(binhs, "zp-order-an")).body.error.code).toBe("order_taken");
  });

  it.each([
    ["spaces", "zp order 1"],
    ["a path", "../../etc/passwd"],
    ["a query string", "1&appId=other"],
    ["a long id", "9".repeat(65)],
    ["no id", ""],
    ["a number", 12345],
    ["non-ASCII", "đơn-1"],
  ])("refuses an order id with %s (400 invalid_input)", async (_label, orderId) => {
    const topup = await checkoutTopup();
    const res = await reportOrder(topup, orderId);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });
});

describe("the sweep credits only what Checkout's answer proves (item 1)", () => {
  it("does not credit a second top-up with an order already paid to the first (callback, then sweep)", async () => {
    const first = await checkoutTopup();
    const before = await balance();
    // The first top-up's payment: its callback credits it, and its order becomes its own.
    const callback = checkoutCallback(first, { orderId: "zp-order-once", transId: "zp-trans-once" });
    expect((await postCallback(callback)).body.returnCode).toBe(1);
    // A member makes a second top-up of the same amount and reports the paid order for it.
    const second = await checkoutTopup();
    expect((await reportOrder(second, "zp-order-once")).status).toBe(409);
    answers.set("zp-order-once", paidAnswer({ amount: 200_000, topupId: first.id }));
    await makeStale();
    await sweep();
    expect(await balance()).toBe(before + 200_000);
    expect(await statusOf(second)).toBe("pending");
  });

  it("puts a top-up under review, crediting nothing, when the answer names no transaction", async () => {
    const topup = await checkoutTopup();
    await reportOrder(topup, "zp-no-trans");
    answers.set("zp-no-trans", paidAnswer({ amount: 200_000, topupId: topup.id }));
    await makeStale();
    const before = await balance();
    expect(await sweep()).toBe(1);
    expect(await balance()).toBe(before);
    expect(await reviewOf(topup)).toEqual({
      status: "review",
      review_reason: "no_trans_id",
      review_answer: answers.get("zp-no-trans"),
      audits: 1,
    });
    expect(await statusOf(topup)).toBe("review");
    // Under review, the sweep asks no more.
    expect(await sweep()).toBe(0);
  });

  it("puts a 250.000.000 đ top-up under review when its order is a paid 50.000 đ one, or names no amount", async () => {
    const big = await checkoutTopup(250_000_000);
    const silent = await checkoutTopup(250_000_000);
    await reportOrder(big, "zp-small");
    await reportOrder(silent, "zp-silent");
    answers.set("zp-small", paidAnswer({ transId: "zp-t-small", amount: 50_000, topupId: big.id }));
    answers.set("zp-silent", paidAnswer({ transId: "zp-t-silent", topupId: silent.id }));
    await makeStale();
    const before = await balance();
    expect(await sweep()).toBe(2);
    expect(await balance()).toBe(before);
    expect((await reviewOf(big)).review_reason).toBe("amount_differs");
    expect((await reviewOf(silent)).review_reason).toBe("amount_differs");
  });

  it("puts a top-up under review when the paid order's extradata names another top-up, or none", async () => {
    const ans = await checkoutTopup(300_000, an, AN_ZCA);
    const binhs = await checkoutTopup(300_000);
    const bare = await checkoutTopup(300_000);
    // An's app never reported its order (and its callback was lost); Bình reports it as his.
    expect((await reportOrder(binhs, "zp-order-of-an")).status).toBe(204);
    await reportOrder(bare, "zp-order-bare");
    answers.set("zp-order-of-an", paidAnswer({ transId: "zp-t-an", amount: 300_000, topupId: ans.id }));
    answers.set("zp-order-bare", paidAnswer({ transId: "zp-t-bare", amount: 300_000 }));
    await makeStale();
    const [binhBefore, anBefore] = [await balance(), await balance(an, AN_ZCA)];
    await sweep();
    expect(await balance()).toBe(binhBefore);
    expect(await balance(an, AN_ZCA)).toBe(anBefore);
    expect((await reviewOf(binhs)).review_reason).toBe("other_topup");
    expect((await reviewOf(bare)).review_reason).toBe("other_topup");
    expect(await statusOf(ans, an, AN_ZCA)).toBe("pending");
  });

  it("credits an answer that names the transaction, the amount and this top-up, once", async () => {
    const topup = await checkoutTopup();
    await reportOrder(topup, "zp-good");
    answers.set("zp-good", paidAnswer({ transId: "zp-t-good", amount: 200_000, topupId: topup.id }));
    await makeStale();
    const before = await balance();
    expect(await sweep()).toBe(1);
    expect(await statusOf(topup)).toBe("succeeded");
    expect(await balance()).toBe(before + 200_000);
    // Zalo's callback of the same payment comes after: a repeat, nothing kept.
    await postCallback(checkoutCallback(topup, { orderId: "zp-good", transId: "zp-t-good" }));
    expect(await balance()).toBe(before + 200_000);
    expect(await kept("zp-t-good")).toEqual([]);
  });
});

describe("money Zalo says arrived is never dropped nor credited twice (item 3)", () => {
  it("keeps a second payment of a credited top-up for a person, answers recorded, and audits it", async () => {
    const topup = await checkoutTopup();
    await postCallback(checkoutCallback(topup, { transId: "zp-t-first" }));
    const before = await balance();
    const second = checkoutCallback(topup, { transId: "zp-t-second" });
    expect((await postCallback(second)).body).toEqual({ returnCode: 1, returnMessage: "recorded" });
    // Zalo repeats it: kept once.
    expect((await postCallback(second)).body.returnCode).toBe(1);
    expect(await balance()).toBe(before);
    const rows = await kept("zp-t-second");
    expect(rows).toEqual([
      {
        reason: "second_payment",
        amount: 200_000,
        payload: expect.objectContaining({ topupId: topup.id, orderId: `zp-order-${topup.id}` }),
      },
    ]);
    const audits = await countRows(
      server.db,
      "audit_events",
      sql`action = 'wallet.payment_kept' AND subject_id = ${topup.id}`,
    );
    expect(audits).toBe(1);
  });

  it("keeps the payment of an order that is not the top-up's, and credits the top-up's own order once", async () => {
    const topup = await checkoutTopup();
    await reportOrder(topup, "zp-own");
    const before = await balance();
    const other = checkoutCallback(topup, { orderId: "zp-stray", transId: "zp-t-stray" });
    expect((await postCallback(other)).body.returnCode).toBe(1);
    expect(await statusOf(topup)).toBe("pending");
    expect(await balance()).toBe(before);
    expect((await kept("zp-t-stray"))[0]?.reason).toBe("other_order");
    await postCallback(checkoutCallback(topup, { orderId: "zp-own", transId: "zp-t-own" }));
    expect(await statusOf(topup)).toBe("succeeded");
    expect(await balance()).toBe(before + 200_000);
  });

  it("credits a top-up without an order from a callback whose order no one holds, and that order becomes its own", async () => {
    const topup = await checkoutTopup();
    const before = await balance();
    await postCallback(checkoutCallback(topup, { orderId: "zp-unreported", transId: "zp-t-unreported" }));
    expect(await balance()).toBe(before + 200_000);
    const other = await checkoutTopup();
    expect((await reportOrder(other, "zp-unreported")).body.error.code).toBe("order_taken");
  });

  it("keeps, never credits, a payment whose order another top-up holds, though its extradata names this one", async () => {
    const holder = await checkoutTopup();
    const named = await checkoutTopup();
    await reportOrder(holder, "zp-held");
    const before = await balance();
    await postCallback(checkoutCallback(named, { orderId: "zp-held", transId: "zp-t-held" }));
    expect(await balance()).toBe(before);
    expect(await statusOf(named)).toBe("pending");
    expect((await kept("zp-t-held"))[0]?.reason).toBe("other_order");
  });
});

describe("a Checkout sheet closed (item 6)", () => {
  const closed = (topup: Made, token = binh, account = BINH_ACCOUNT) =>
    server.post(`/api/accounts/${account}/topups/${topup.id}/checkout-closed`, token, {});

  it("fails the top-up at once when Checkout says the order was not paid", async () => {
    const topup = await checkoutTopup();
    // The dev simulator: the person closes Zalo's sheet without paying; no callback comes.
    await server.post(`/api/dev/checkout/${BINH_ACCOUNT}/${topup.id}`, binh, { outcome: "cancel" });
    expect(await statusOf(topup)).toBe("pending");
    const res = await closed(topup);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: topup.id, status: "failed" });
    expect(res.body.checkout).toBeUndefined();
    expect(await statusOf(topup)).toBe("failed");
  });

  it("credits it at once when Checkout says it was paid though its callback was lost", async () => {
    const topup = await checkoutTopup();
    const before = await balance();
    const read = await server.get(`/api/accounts/${BINH_ACCOUNT}/topups/${topup.id}`, binh);
    const orderId = server.checkout.createOrder(read.body.checkout);
    await reportOrder(topup, orderId);
    await server.checkout.decide(orderId, "pay", { lostCallback: true });
    expect(await statusOf(topup)).toBe("pending");
    expect((await closed(topup)).body.status).toBe("succeeded");
    expect(await balance()).toBe(before + 200_000);
  });

  it("leaves it pending while Zalo confirms late, and the late callback credits it once", async () => {
    const topup = await checkoutTopup();
    const before = await balance();
    await server.post(`/api/dev/checkout/${BINH_ACCOUNT}/${topup.id}`, binh, { outcome: "pay_late" });
    expect((await closed(topup)).body.status).toBe("pending");
    await expect.poll(() => statusOf(topup)).toBe("succeeded");
    expect((await closed(topup)).body.status).toBe("succeeded");
    expect(await balance()).toBe(before + 200_000);
    expect(await countRows(server.db, "unmatched_payments", sql`provider = 'zalo_checkout'`)).toBe(0);
  });

  it("leaves it pending while Checkout says the order is processing, and without an order to ask about", async () => {
    const open = await checkoutTopup();
    const read = await server.get(`/api/accounts/${BINH_ACCOUNT}/topups/${open.id}`, binh);
    await reportOrder(open, server.checkout.createOrder(read.body.checkout));
    expect((await closed(open)).body.status).toBe("pending");
    // The app's word alone settles nothing: no order, nothing asked, nothing changed.
    const orderless = await checkoutTopup();
    expect((await closed(orderless)).body.status).toBe("pending");
  });

  it("is for the ZCA's wallet users only, about its own checkout top-ups", async () => {
    const topup = await checkoutTopup();
    expect((await closed(topup, an)).status).toBe(403);
    expect((await closed(topup, await server.signIn("giang"))).status).toBe(403); // an editor
    expect((await closed(topup, await server.signIn("em"))).status).toBe(200); // finance
    const ans = await checkoutTopup(200_000, an, AN_ZCA);
    expect((await closed(ans, binh, AN_ZCA)).status).toBe(403);
    expect((await closed(ans, binh, BINH_ACCOUNT)).status).toBe(404);
    const transfer = await server.post(
      `/api/accounts/${BINH_ACCOUNT}/topups`,
      binh,
      { amount: 200_000, method: "bank_transfer" },
      { "Idempotency-Key": `orders-${randomUUID()}` },
    );
    expect((await closed(transfer.body)).status).toBe(400);
    const odd = await server.post(`/api/accounts/${BINH_ACCOUNT}/topups/${topup.id}/checkout-closed`, binh, {
      paid: true,
    });
    expect(odd.status).toBe(400);
  });
});

describe("a checkout top-up that never got an order (item 6)", () => {
  it("is failed after a day, not left pending forever; a late callback of its order still credits it", async () => {
    const orderless = await checkoutTopup();
    const recent = await checkoutTopup();
    await server.db.execute(
      sql`UPDATE topups SET created_at = now() - interval '25 hours' WHERE id = ${orderless.id}`,
    );
    const before = await balance();
    expect(await sweep()).toBe(1);
    expect(await statusOf(orderless)).toBe("failed");
    expect(await statusOf(recent)).toBe("pending");
    await postCallback(checkoutCallback(orderless, { orderId: "zp-order-late", transId: "zp-t-late" }));
    expect(await statusOf(orderless)).toBe("succeeded");
    expect(await balance()).toBe(before + 200_000);
  });
});

describe("the dev Checkout stand-in answers the order status API over HTTP, as Zalo would", () => {
  it("answers an order it made with its extradata, and refuses a question signed with another key", async () => {
    const topup = await checkoutTopup();
    const { orderId } = (
      await server.post(`/api/dev/checkout/${BINH_ACCOUNT}/${topup.id}`, binh, { outcome: "pay" })
    ).body;
    const ask = (privateKey: string) =>
      createCheckoutStatus({ apiUrl: server.checkout.url, appId: TEST_PAYMENTS.appId, privateKey }).ask(
        orderId,
      );
    expect(await ask(TEST_PAYMENTS.checkoutKey)).toMatchObject({
      state: "succeeded",
      amount: 200_000,
      extradata: JSON.stringify({ topupId: topup.id }),
    });
    await expect(ask("not-our-key")).rejects.toThrow(/invalid mac/);
  });
});
