// "Quản lý thông báo" over real HTTP (issue 27): settings per kind that only the right roles change
// and only the right roles receive; notifications written with their events, one per event and
// person; the low-balance alert once per crossing, for charges sent to the signed usage routes as
// Zalo's services send them; delivered as ZBS Template Messages through the ZNS stand-in with the
// operator OA's token, retried, refreshed, or recorded as undeliverable.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTokenBox } from "../../server/auth/token-box";
import { DEV_ZNS_TEMPLATES } from "../../server/config";
import { authorizeDevOperatorOa } from "../../server/dev/operator-oa";
import { startZnsStandIn, type ZnsStandIn } from "../../server/dev/zns-standin";
import {
  deliverDueNotifications,
  NOTIFY_RETRY_BASE_MS,
  startNotificationWorker,
  type Delivery,
} from "../../server/services/notification-delivery";
import { balanceMoved } from "../../server/services/notify";
import { operatorToken } from "../../server/zns/operator-token";
import { createZns } from "../../server/zns/zns";
import { quietLog } from "../support/log";
import { countRows, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { expectError } from "./helpers/http";
import { bankNoticeRequest } from "./helpers/payments";
import { captureOf, eventBody, holdBody, USAGE_ACCOUNT, USAGE_OA, usageCalls } from "./helpers/usage";

const OPERATOR_OA = "oa-operator-test";
const { server, tokens } = freshServer({
  people: ["binh", "em", "giang", "an"],
  consistency: true,
  server: { zaloOas: [] },
});
const ACCOUNT = USAGE_ACCOUNT;
const path = `/api/accounts/${ACCOUNT}`;

let zns: ZnsStandIn;
let delivery: Delivery;
beforeAll(async () => {
  zns = await startZnsStandIn({
    tokenOk: (token) => server.zalo!.tokenOa(token) === OPERATOR_OA,
    templates: DEV_ZNS_TEMPLATES,
  });
});
afterAll(() => zns?.stop());
beforeEach(async () => {
  zns.reset();
  const box = createTokenBox(server.keys.tokenKeys);
  await authorizeDevOperatorOa(server.db, box, server.zalo!, OPERATOR_OA);
  delivery = {
    zns: createZns({ url: zns.url, timeoutMs: 2000 }),
    token: operatorToken({ db: server.db, box, zaloOa: server.appDeps().oaAuth.zaloOa, oaId: OPERATOR_OA }),
    templates: DEV_ZNS_TEMPLATES,
  };
});

const work = (at = new Date()) => deliverDueNotifications(server.db, delivery, quietLog(), at);
const put = (token: string, body: unknown) => server.request("PUT", `${path}/notifications`, { token, body });
const off = { enabled: false, recipients: [] };
/** The seeded low-balance alert (under 1.500.000 đ) turned off, for tests of the other kinds. */
const lowBalanceOff = { ...off, threshold: 0 };

async function bankTransfer(amount: number) {
  const wallet = await server.get(`${path}/wallet`, tokens.binh);
  const body = {
    transactionId: `vcb-${randomUUID()}`,
    accountNumber: wallet.body.bankTransfer.accountNumber,
    amount,
    content: "NAP ZCA",
    paidAt: new Date().toISOString(),
  };
  const res = await server.request("POST", "/api/payments/bank/webhook", bankNoticeRequest(body));
  expect(res.body).toMatchObject({ ok: true, outcome: "credited" });
}

const { postHold, postEvent } = usageCalls(server);

/** Zalo's ZNS service charging `amount`: a signed hold, then the signed event that captures it. */
async function chargeZns(amount: number) {
  const hold = holdBody({ amount });
  const held = await postHold(hold);
  expect(held.body, held.text).toEqual({ outcome: "held" });
  const charged = await postEvent(captureOf(hold));
  expect(charged.body, charged.text).toEqual({ outcome: "debited" });
}

/** The delivery worker as each instance runs it (a pass every 20 ms here), during each test of the describe. */
function deliveringWorker() {
  let worker: ReturnType<typeof startNotificationWorker>;
  beforeEach(() => {
    worker = startNotificationWorker(server.db, delivery, quietLog(), 20);
  });
  afterEach(() => worker.stop());
}

/** What the ZNS stand-in received, by phone then kind (the worker sends in no set order). */
const received = () => zns.received.map((m) => [m.phone, m.kind]).sort();
const BINH_PHONE = "84901000002";
const EM_PHONE = "84901000005";
/** Long enough for the worker on a loaded machine; a message the test waits for comes well within it. */
const DELIVERED_WITHIN = { timeout: 10_000 };

const notifications = () =>
  queryRows<{ person_id: string; kind: string; status: string; attempts: number; zalo_error: number | null }>(
    server.db,
    sql`SELECT person_id, kind, status, attempts, zalo_error FROM notifications ORDER BY created_at, person_id`,
  );

describe("settings", () => {
  it("shows every member the settings, the seeded low-balance alert among them", async () => {
    for (const person of ["binh", "em", "giang"]) {
      const res = await server.get(`${path}/notifications`, tokens[person]);
      expect(res.status, res.text).toBe(200);
      expect(res.body.lowBalance).toEqual({
        enabled: true,
        threshold: 1_500_000,
        thresholdDays: null,
        recipients: ["binh", "em"],
      });
      expect(res.body.members).toEqual({ enabled: false, recipients: [] });
    }
  });

  it("shows nothing to someone outside the ZCA, and nothing of a ZCA that does not exist", async () => {
    expect((await server.get(`${path}/notifications`, tokens.an)).status).toBe(403);
    expect((await server.get(`/api/accounts/zca-nobody/notifications`, tokens.binh)).status).toBe(404);
  });

  it("lets an admin turn every kind on with recipients whose roles may see it", async () => {
    const body = {
      lowBalance: { enabled: true, threshold: 0, thresholdDays: 7, recipients: ["em"] },
      balanceMovement: { enabled: true, threshold: 500_000, recipients: ["binh", "em"] },
      members: { enabled: true, recipients: ["binh", "giang"] },
      assets: { enabled: true, recipients: ["giang"] },
      invoices: { enabled: true, recipients: ["em"] },
    };
    const res = await put(tokens.binh, body);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ ...body, members: body.members });
    expect((await server.get(`${path}/notifications`, tokens.giang)).body).toEqual(res.body);
  });

  it("refuses, with a stable code, a recipient who is not a member or whose role may not see the kind", async () => {
    const outsider = await put(tokens.binh, { members: { enabled: true, recipients: ["an"] } });
    expect([outsider.status, outsider.body.error?.code]).toEqual([422, "recipient_not_allowed"]);
    const editorForMoney = await put(tokens.binh, {
      balanceMovement: { enabled: true, threshold: 0, recipients: ["giang"] },
    });
    expect([editorForMoney.status, editorForMoney.body.error?.code]).toEqual([422, "recipient_not_allowed"]);
    expect(await countRows(server.db, "notification_settings", sql`kind <> 'lowBalance'`)).toBe(0);
  });

  it("lets Finance change the money kinds only, and an editor none", async () => {
    const money = await put(tokens.em, {
      lowBalance: { enabled: true, threshold: 800_000, recipients: ["em"] },
    });
    expect(money.status, money.text).toBe(200);
    const members = await put(tokens.em, { members: { enabled: true, recipients: ["em"] } });
    expect([members.status, members.body.error?.code]).toEqual([403, "forbidden"]);
    const editor = await put(tokens.giang, { assets: { enabled: true, recipients: ["giang"] } });
    expect(editor.status).toBe(403);
    const outsider = await put(tokens.an, { assets: off });
    expect(outsider.status).toBe(403);
  });

  it("refuses what is not a setting: unknown kinds and fields, odd numbers, duplicates, an empty change", async () => {
    for (const body of [
      {},
      { sms: off },
      { members: { ...off, threshold: 1 } },
      { lowBalance: { enabled: true, threshold: -1, recipients: [] } },
      { lowBalance: { enabled: true, threshold: 1.5, recipients: [] } },
      { lowBalance: { enabled: true, threshold: 0, thresholdDays: 366, recipients: [] } },
      { members: { enabled: true, recipients: ["binh", "binh"] } },
    ]) {
      const res = await put(tokens.binh, body);
      expect([res.status, res.body.error?.code], JSON.stringify(body)).toEqual([400, "invalid_input"]);
    }
  });

  it("keeps the home banner working from the setting: under the threshold, then not once it is lowered", async () => {
    expect((await server.get(`${path}/wallet`, tokens.giang)).body.lowBalance).toMatchObject({ below: true });
    await put(tokens.binh, { lowBalance: { enabled: true, threshold: 1_000_000, recipients: ["binh"] } });
    expect((await server.get(`${path}/wallet`, tokens.giang)).body.lowBalance).toMatchObject({
      enabled: true,
      threshold: 1_000_000,
      below: false,
    });
  });
});

describe("the low-balance alert", () => {
  deliveringWorker();
  const alertUnder = (threshold: number) =>
    put(tokens.binh, { lowBalance: { enabled: true, threshold, recipients: ["binh", "em"] } });

  it("sends the stub one message per recipient for a burst of charges across the threshold, and none again until back above", async () => {
    // 1.250.000 đ now; the alert under 1.000.000 đ, to Bình and Em. 20 charges of 20.000 đ at
    // once take the balance to 850.000 đ: under the level from the 13th on.
    await alertUnder(1_000_000);
    await Promise.all(Array.from({ length: 20 }, () => chargeZns(20_000)));
    await expect.poll(received, DELIVERED_WITHIN).toEqual([
      [BINH_PHONE, "lowBalance"],
      [EM_PHONE, "lowBalance"],
    ]);
    // Written once per recipient, so nothing more is to come.
    expect(await countRows(server.db, "notifications")).toBe(2);
    expect(zns.received.find((m) => m.phone === BINH_PHONE)!.templateData).toEqual({
      zca_name: "Cong ty TNHH Binh Minh",
      balance: "990.000 đ",
      alert_level: "1.000.000 đ",
    });
    await chargeZns(10_000);
    expect(await countRows(server.db, "notifications")).toBe(2);

    // Back above, then under again: one alert more per recipient.
    await bankTransfer(500_000);
    await chargeZns(400_000);
    await expect.poll(received, DELIVERED_WITHIN).toEqual([
      [BINH_PHONE, "lowBalance"],
      [BINH_PHONE, "lowBalance"],
      [EM_PHONE, "lowBalance"],
      [EM_PHONE, "lowBalance"],
    ]);
    expect(await countRows(server.db, "notifications")).toBe(4);
  });

  it("alerts in days at the last 30 days' spending", async () => {
    await put(tokens.binh, {
      lowBalance: { enabled: true, threshold: 0, thresholdDays: 10, recipients: ["binh"] },
    });
    // 300.000 đ spent over 30 days is 10.000 đ a day: 950.000 đ lasts 95 days.
    await chargeZns(300_000);
    expect(await countRows(server.db, "notifications")).toBe(0);
    // 950.000 đ more spent: 1.250.000 đ over 30 days, and 0 đ lasts 0 days.
    await chargeZns(950_000);
    await expect.poll(received, DELIVERED_WITHIN).toEqual([[BINH_PHONE, "lowBalance"]]);
    expect(zns.received[0]!.templateData.alert_level).toBe("10 ngày");
    expect((await server.get(`${path}/wallet`, tokens.binh)).body.lowBalance).toMatchObject({ below: true });
  });

  it("notifies nobody of a charge the balance refuses (402), and alerts at the next one that crosses", async () => {
    await alertUnder(1_000_000);
    await put(tokens.binh, { balanceMovement: { enabled: true, threshold: 0, recipients: ["binh", "em"] } });
    // An OA package renewal (an event without a hold) and a ZNS hold, each 1 đ more than the balance.
    const renewal = eventBody({ kind: "oa_package", oaId: USAGE_OA, appId: undefined, amount: 1_250_001 });
    expectError(await postEvent(renewal), 402, "insufficient_balance");
    expectError(await postHold(holdBody({ amount: 1_250_001 })), 402, "insufficient_balance");
    expect(await countRows(server.db, "notifications")).toBe(0);

    // The refusal moved nothing: the charge that does cross the level is the one told.
    await chargeZns(300_000);
    await expect.poll(received, DELIVERED_WITHIN).toEqual([
      [BINH_PHONE, "balanceMovement"],
      [BINH_PHONE, "lowBalance"],
      [EM_PHONE, "balanceMovement"],
      [EM_PHONE, "lowBalance"],
    ]);
    expect(await countRows(server.db, "notifications")).toBe(4);
  });

  it("notifies once of one charge sent 20 times at once, and not again when it is sent once more", async () => {
    await alertUnder(1_000_000);
    await put(tokens.binh, { balanceMovement: { enabled: true, threshold: 0, recipients: ["binh", "em"] } });
    const hold = holdBody({ amount: 300_000 });
    expect((await postHold(hold)).body).toEqual({ outcome: "held" });
    const event = captureOf(hold);
    const answers = await Promise.all(Array.from({ length: 20 }, () => postEvent(event)));
    expect(answers.map((a) => a.body.outcome).sort()).toEqual([...Array(19).fill("already"), "debited"]);
    await expect.poll(received, DELIVERED_WITHIN).toEqual([
      [BINH_PHONE, "balanceMovement"],
      [BINH_PHONE, "lowBalance"],
      [EM_PHONE, "balanceMovement"],
      [EM_PHONE, "lowBalance"],
    ]);
    expect((await postEvent(event)).body).toEqual({ outcome: "already" });
    expect(await countRows(server.db, "notifications")).toBe(4);
  });
});

describe("the events that notify", () => {
  deliveringWorker();

  it("tells a credited top-up and a charge above the amount, once per event and recipient", async () => {
    await put(tokens.binh, {
      lowBalance: lowBalanceOff,
      balanceMovement: { enabled: true, threshold: 100_000, recipients: ["binh", "em"] },
    });
    await bankTransfer(300_000);
    await chargeZns(100_000);
    await chargeZns(150_000);
    const told = () =>
      zns.received.map((m) => [m.phone, m.kind, m.templateData.movement, m.templateData.amount]).sort();
    await expect.poll(told, DELIVERED_WITHIN).toEqual([
      [BINH_PHONE, "balanceMovement", "Nạp tiền thành công", "300.000 đ"],
      [BINH_PHONE, "balanceMovement", "Trừ tiền", "150.000 đ"],
      [EM_PHONE, "balanceMovement", "Nạp tiền thành công", "300.000 đ"],
      [EM_PHONE, "balanceMovement", "Trừ tiền", "150.000 đ"],
    ]);
    expect(await countRows(server.db, "notifications")).toBe(4);
  });

  it("keeps one notification per event and person even when a move is told twice (the outbox's key)", async () => {
    // No route tells a move twice (a usage event seen before answers "already" first); the unique
    // (event_key, person_id) is what would keep a second telling from notifying again.
    await put(tokens.binh, {
      lowBalance: lowBalanceOff,
      balanceMovement: { enabled: true, threshold: 0, recipients: ["binh"] },
    });
    const event = eventBody({ amount: 50_000 });
    expect((await postEvent(event)).body).toEqual({ outcome: "debited" });
    await server.db.transaction((tx) =>
      balanceMoved(tx, {
        accountId: ACCOUNT,
        kind: "debit",
        amount: 50_000,
        balanceBefore: 1_250_000,
        balanceAfter: 1_200_000,
        reference: `usage:${event.eventId}`,
      }),
    );
    expect(await countRows(server.db, "notifications")).toBe(1);
  });

  it("tells member changes and asset changes to their recipients, and not to one who left", async () => {
    await put(tokens.binh, {
      members: { enabled: true, recipients: ["binh", "giang"] },
      assets: { enabled: true, recipients: ["binh"] },
    });
    const added = await server.post(`${path}/members`, tokens.binh, { phone: "0901000004", role: "editor" });
    expect(added.status, added.text).toBe(201);
    expect((await server.del(`${path}/members/giang`, tokens.binh)).status).toBe(204);
    expect((await server.patch(`${path}/members/dung`, tokens.binh, { role: "finance" })).status).toBe(200);
    expect((await server.del(`${path}/oas/oa-binh-minh`, tokens.binh)).status).toBe(204);
    expect((await notifications()).map((n) => [n.person_id, n.kind])).toEqual([
      ["binh", "members"],
      ["giang", "members"],
      ["binh", "members"],
      ["binh", "members"],
      ["binh", "assets"],
    ]);
  });
});

describe("delivery", () => {
  beforeEach(async () => {
    await put(tokens.binh, { balanceMovement: { enabled: true, threshold: 0, recipients: ["binh"] } });
  });

  it("delivers later, once, what could not be sent while Zalo was down", async () => {
    zns.setDown(true);
    await bankTransfer(100_000);
    expect(await work()).toBe(0);
    expect(await notifications()).toMatchObject([{ status: "pending", attempts: 1 }]);
    expect(await work()).toBe(0); // not due yet
    zns.setDown(false);
    expect(await work(new Date(Date.now() + NOTIFY_RETRY_BASE_MS))).toBe(1);
    expect(await work(new Date(Date.now() + 10 * NOTIFY_RETRY_BASE_MS))).toBe(0);
    expect(zns.received).toHaveLength(1);
    expect(zns.received[0]).toMatchObject({ phone: "84901000002", kind: "balanceMovement", lang: "vi" });
    expect(await notifications()).toMatchObject([{ status: "sent" }]);
  });

  it("refreshes an expired token once and sends", async () => {
    server.zalo!.expireAccessTokens();
    await bankTransfer(100_000);
    expect(await work()).toBe(1);
    expect(zns.calls.map((c) => c.error)).toEqual([-124, 0]);
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
    // The refreshed token is kept, sealed: the next send needs no refresh.
    await bankTransfer(100_000);
    expect(await work()).toBe(1);
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
  });

  it("records a phone that cannot receive, and never sends to it again", async () => {
    zns.setNoZalo("84901000002");
    await bankTransfer(100_000);
    expect(await work()).toBe(0);
    expect(await notifications()).toMatchObject([{ status: "undeliverable", zalo_error: -118 }]);
    await work(new Date(Date.now() + 100 * NOTIFY_RETRY_BASE_MS));
    expect(zns.calls).toHaveLength(1);
    const inbox = await server.get(`${path}/inbox`, tokens.binh);
    expect(inbox.body.items[0]).toMatchObject({ delivery: "undeliverable", deliveryError: -118 });
  });

  it("speaks the recipient's language, Vietnamese when the kind has no English template", async () => {
    const lang = await server.request("PUT", "/api/me/language", {
      token: tokens.binh,
      body: { lang: "en" },
    });
    expect(lang.status, lang.text).toBe(204);
    await put(tokens.binh, { invoices: { enabled: true, recipients: ["binh"] } });
    await bankTransfer(100_000);
    await work();
    expect(await notifications()).toMatchObject([{ status: "sent" }]);
    expect(zns.received.map((m) => [m.templateId, m.lang])).toEqual([["dev-balance-movement-en", "en"]]);
    expect(zns.received[0]!.templateData.movement).toBe("Top-up credited");
  });
});

describe("the inbox", () => {
  it("shows each member only their own notifications, newest first, and marks them read", async () => {
    await put(tokens.binh, { balanceMovement: { enabled: true, threshold: 0, recipients: ["binh", "em"] } });
    await bankTransfer(100_000);
    await bankTransfer(200_000);
    const em = await server.get(`${path}/inbox?limit=1`, tokens.em);
    expect(em.status, em.text).toBe(200);
    expect(em.body).toMatchObject({ unread: 2, items: [{ event: { movement: "credit", amount: 200_000 } }] });
    const next = await server.get(`${path}/inbox?limit=1&cursor=${em.body.nextCursor}`, tokens.em);
    expect(next.body.items[0].event.amount).toBe(100_000);
    expect((await server.get(`${path}/inbox`, tokens.giang)).body).toEqual({ items: [], unread: 0 });
    expect((await server.get(`${path}/inbox`, tokens.an)).status).toBe(403);

    const binhIds = (await server.get(`${path}/inbox`, tokens.binh)).body.items.map(
      (i: { id: string }) => i.id,
    );
    // Em cannot mark Bình's read.
    expect((await server.post(`${path}/inbox/read`, tokens.em, { ids: binhIds })).status).toBe(204);
    expect((await server.get(`${path}/inbox`, tokens.binh)).body.unread).toBe(2);
    expect((await server.post(`${path}/inbox/read`, tokens.binh, { ids: binhIds })).status).toBe(204);
    expect((await server.get(`${path}/inbox`, tokens.binh)).body.unread).toBe(0);
    expect((await server.post(`${path}/inbox/read`, tokens.binh, { ids: [] })).status).toBe(400);
    expect((await server.get(`${path}/inbox?limit=101`, tokens.binh)).status).toBe(400);
    expect((await server.get(`${path}/inbox?cursor=nonsense`, tokens.binh)).status).toBe(400);
  });
});
