// "Quản lý thông báo" over real HTTP (issue 27): settings per kind that only the right roles change
// and only the right roles receive; notifications written with their events, one per event and
// person; the low-balance alert once per crossing; delivered as ZBS Template Messages through the
// ZNS stand-in with the operator OA's token, retried, refreshed, or recorded as undeliverable.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTokenBox } from "../../server/auth/token-box";
import { DEV_ZNS_TEMPLATES } from "../../server/config";
import { accounts, ledgerEntries } from "../../server/db/schema";
import { authorizeDevOperatorOa } from "../../server/dev/operator-oa";
import { startZnsStandIn, type ZnsStandIn } from "../../server/dev/zns-standin";
import {
  deliverDueNotifications,
  NOTIFY_RETRY_BASE_MS,
  type Delivery,
} from "../../server/services/notification-delivery";
import { balanceMoved } from "../../server/services/notify";
import { operatorToken } from "../../server/zns/operator-token";
import { createZns } from "../../server/zns/zns";
import { quietLog } from "../support/log";
import { countRows, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { bankNoticeRequest } from "./helpers/payments";

const OPERATOR_OA = "oa-operator-test";
const { server, tokens } = freshServer({
  people: ["binh", "em", "giang", "an"],
  consistency: true,
  server: { zaloOas: [] },
});
const ACCOUNT = "zca-binh-minh";
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

/** A debit as the usage service will make it: the balance, its ledger entry and balanceMoved, in one transaction. */
async function debit(amount: number, reference = `usage-${randomUUID()}`) {
  await server.db.transaction(async (tx) => {
    const [row] = await tx
      .update(accounts)
      .set({ balance: sql`${accounts.balance} - ${amount}` })
      .where(eq(accounts.id, ACCOUNT))
      .returning({ balance: accounts.balance });
    await tx.insert(ledgerEntries).values({
      accountId: ACCOUNT,
      kind: "spend",
      amount: -amount,
      balanceAfter: row!.balance,
      description: "zns",
    });
    await balanceMoved(tx, {
      accountId: ACCOUNT,
      kind: "debit",
      amount,
      balanceBefore: row!.balance + amount,
      balanceAfter: row!.balance,
      reference,
    });
  });
}

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
  it("sends one message per recipient for a burst of debits across the threshold, and none again until back above", async () => {
    // 1.250.000 đ now; the alert under 1.000.000 đ, to Bình and Em.
    await put(tokens.binh, {
      lowBalance: { enabled: true, threshold: 1_000_000, recipients: ["binh", "em"] },
    });
    await Promise.all(Array.from({ length: 20 }, () => debit(20_000)));
    expect((await notifications()).filter((n) => n.kind === "lowBalance").map((n) => n.person_id)).toEqual([
      "binh",
      "em",
    ]);
    await debit(10_000);
    expect(await countRows(server.db, "notifications", sql`kind = 'lowBalance'`)).toBe(2);

    await work();
    expect(zns.received.map((m) => [m.phone, m.kind])).toEqual([
      ["84901000002", "lowBalance"],
      ["84901000005", "lowBalance"],
    ]);
    expect(zns.received[0]!.templateData).toEqual({
      zca_name: "Cong ty TNHH Binh Minh",
      balance: "990.000 đ",
      alert_level: "1.000.000 đ",
    });

    // Back above, then under again: one alert more per recipient.
    await bankTransfer(500_000);
    await debit(400_000);
    expect(await countRows(server.db, "notifications", sql`kind = 'lowBalance'`)).toBe(4);
  });

  it("alerts in days at the last 30 days' spending", async () => {
    await put(tokens.binh, {
      lowBalance: { enabled: true, threshold: 0, thresholdDays: 10, recipients: ["binh"] },
    });
    // 300.000 đ spent over 30 days is 10.000 đ a day: 1.250.000 đ lasts 125 days.
    await debit(300_000);
    expect(await countRows(server.db, "notifications")).toBe(0);
    // 1.000.000 đ more spent: 1.300.000 đ over 30 days, and 0 đ lasts 0 days.
    await debit(950_000);
    expect((await notifications()).map((n) => [n.person_id, n.kind])).toEqual([["binh", "lowBalance"]]);
    expect((await server.get(`${path}/wallet`, tokens.binh)).body.lowBalance).toMatchObject({ below: true });
  });
});

describe("the events that notify", () => {
  it("tells a credited top-up and a debit above the amount, once per event and recipient", async () => {
    await put(tokens.binh, {
      balanceMovement: { enabled: true, threshold: 100_000, recipients: ["binh", "em"] },
    });
    await bankTransfer(300_000);
    await debit(50_000);
    await debit(150_000);
    const moves = (await notifications()).filter((n) => n.kind === "balanceMovement");
    expect(moves.map((n) => n.person_id)).toEqual(["binh", "em", "binh", "em"]);
    const reference = `usage-${randomUUID()}`;
    await debit(200_000, reference);
    await server.db.transaction((tx) =>
      balanceMoved(tx, {
        accountId: ACCOUNT,
        kind: "debit",
        amount: 200_000,
        balanceBefore: 0,
        balanceAfter: 0,
        reference,
      }),
    );
    expect(await countRows(server.db, "notifications", sql`kind = 'balanceMovement'`)).toBe(6);
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
