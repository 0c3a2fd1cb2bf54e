// The wallet over real HTTP: top-ups, Zalo Checkout's callback and the bank's notice, each
// credited exactly once; history, spending, invoice details and alerts. Every test ends with the
// money rules of the database holding (the balance is the sum of the ledger).
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { ledgerEntries, topups, transferAccounts, unmatchedPayments } from "../../server/db/schema";
import { SEED_LEDGER } from "../../server/seed/directory";
import { databaseChecksum } from "./helpers/db-state";
import { countRows, createBody, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { bankNoticeRequest, checkoutCallback, hmac } from "./helpers/payments";
import { TEST_PAYMENTS } from "./helpers/server";

const { server } = freshServer({ consistency: true });
let binh: string;
let an: string;
beforeEach(async () => {
  [binh, an] = await Promise.all([server.signIn("binh"), server.signIn("an")]);
});

const ACCOUNT = "zca-binh-minh";
const SEEDED_BALANCE = 1_250_000;

async function balance(): Promise<number> {
  return (await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.balance;
}

async function startTopup(body: object, key = `key-${randomUUID()}`, token = binh) {
  return server.post(`/api/accounts/${ACCOUNT}/topups`, token, body, { "Idempotency-Key": key });
}

const postCallback = (body: unknown) => server.post("/api/payments/checkout/callback", undefined, body);

const bankNotice = (body: object | string | Uint8Array, opts: { secret?: string; at?: number } = {}) =>
  server.request("POST", "/api/payments/bank/webhook", bankNoticeRequest(body, opts));

async function transferAccount(): Promise<string> {
  return (await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.bankTransfer.accountNumber;
}

describe("GET /api/accounts/:id/wallet", () => {
  it("answers the balance, the ZCA's own transfer account and the low-balance alert", async () => {
    const res = await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      balance: SEEDED_BALANCE,
      available: SEEDED_BALANCE,
      held: 0,
      currency: "VND",
      bankTransfer: {
        bankName: "Vietcombank",
        bankBin: "970436",
        accountNumber: "960000000013",
        accountName: "ZCA CONG TY TNHH BINH MINH",
      },
      lowBalance: { enabled: true, threshold: 1_500_000, thresholdDays: null, below: true },
      spentLast30Days: expect.any(Number),
      beforeFirstPayment: null,
    });
  });

  // Home's "the balance lasts about N days" goes by this total.
  it("sums the spending of the last 30 days, and only for the roles that see spending", async () => {
    const spentOn = async (id: number, daysAgo: number) =>
      server.db.execute(sql`UPDATE ledger_entries SET created_at = now() - make_interval(days => ${daysAgo})
                            WHERE account_id = ${ACCOUNT} AND kind = 'spend' AND id = ${id}`);
    const spends = await queryRows<{ id: number; amount: number }>(
      server.db,
      sql`SELECT id, -amount::int AS amount FROM ledger_entries
          WHERE account_id = ${ACCOUNT} AND kind = 'spend' ORDER BY id`,
    );
    for (const spend of spends) await spentOn(spend.id, 400);
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.spentLast30Days).toBe(0);
    const [a, b, c] = spends.slice(-3);
    await spentOn(a!.id, 1);
    await spentOn(b!.id, 29);
    await spentOn(c!.id, 31);
    const [finance, editor] = await Promise.all([server.signIn("em"), server.signIn("giang")]);
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, finance)).body.spentLast30Days).toBe(
      a!.amount + b!.amount,
    );
    const seenByEditor = await server.get(`/api/accounts/${ACCOUNT}/wallet`, editor);
    expect(seenByEditor.body).toMatchObject({ balance: SEEDED_BALANCE, spentLast30Days: null });
  });

  it("gives a ZCA made later its own number, with a check digit, different from every other", async () => {
    const created = await postAccount(server, an, createBody());
    const wallet = await server.get(`/api/accounts/${created.body.id}/wallet`, an);
    const number = wallet.body.bankTransfer.accountNumber as string;
    expect(number).toMatch(/^96\d{10}$/);
    expect(number).not.toBe("960000000013");
    expect(wallet.body.balance).toBe(0);
  });

  it("makes a new ZCA's transfer account with the ZCA, before anyone reads the wallet", async () => {
    const created = await postAccount(server, an, createBody());
    const [made] = await queryRows<{ account_number: string }>(
      server.db,
      sql`SELECT account_number FROM transfer_accounts WHERE account_id = ${created.body.id}`,
    );
    expect(made?.account_number).toMatch(/^96\d{10}$/);
    const wallet = await server.get(`/api/accounts/${created.body.id}/wallet`, an);
    expect(wallet.body.bankTransfer.accountNumber).toBe(made!.account_number);
  });

  // A ZCA made before the wallet has no transfer account. GET never writes: it answers no number
  // (rather than one nobody stored, to which money could be sent) until a transfer top-up makes it.
  it("only reads: a ZCA without a transfer account answers none and writes nothing; its first transfer top-up makes it", async () => {
    await server.db.delete(transferAccounts).where(eq(transferAccounts.accountId, ACCOUNT));
    const before = await databaseChecksum(server.db);
    const wallet = await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh);
    expect(wallet.status).toBe(200);
    expect(wallet.body.bankTransfer).toEqual({
      bankName: "Vietcombank",
      bankBin: "970436",
      accountNumber: null,
      accountName: "ZCA CONG TY TNHH BINH MINH",
    });
    expect(await databaseChecksum(server.db)).toBe(before);

    const topup = await startTopup({ amount: 200_000, method: "bank_transfer" });
    expect(topup.status).toBe(201);
    const number = topup.body.bankTransfer.accountNumber as string;
    expect(number).toMatch(/^96\d{10}$/);
    expect(await transferAccount()).toBe(number);
    const again = await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.body.id}`, binh);
    expect(again.body.bankTransfer.accountNumber).toBe(number);
  });

  it("is only for the ZCA's members", async () => {
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, an)).status).toBe(403);
    expect((await server.get(`/api/accounts/zca-none/wallet`, binh)).status).toBe(404);
  });
});

describe("POST /api/accounts/:id/topups", () => {
  it.each([
    ["below 50.000 đ", { amount: 49_999, method: "checkout" }],
    ["above 250.000.000 đ online", { amount: 250_000_001, method: "checkout" }],
    ["not a whole number", { amount: 100_000.5, method: "bank_transfer" }],
    ["an unknown method", { amount: 100_000, method: "cash" }],
  ])("refuses %s, writing nothing", async (_label, body) => {
    const res = await startTopup(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(await countRows(server.db, "topups")).toBe(0);
  });

  it("takes any amount from 50.000 đ by transfer, with no maximum", async () => {
    expect((await startTopup({ amount: 900_000_000, method: "bank_transfer" })).status).toBe(201);
  });

  it("signs a checkout order exactly as createOrder takes it", async () => {
    const res = await startTopup({ amount: 200_000, method: "checkout" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      amount: 200_000,
      method: "checkout",
      status: "pending",
      invoice: false,
    });
    const { checkout } = res.body;
    expect(JSON.parse(checkout.extradata)).toEqual({ topupId: res.body.id });
    expect(checkout.item).toEqual([{ id: res.body.id, amount: 200_000 }]);
    // Present keys sorted, key=value joined by &, the item as compact JSON.
    const text = `amount=200000&desc=${checkout.desc}&extradata=${checkout.extradata}&item=${JSON.stringify(checkout.item)}`;
    expect(checkout.mac).toBe(hmac(TEST_PAYMENTS.checkoutKey, text));
    expect(res.body.bankTransfer).toBeUndefined();
  });

  it("gives a transfer the account, the note (HDDN for an invoice) and a VietQR payload with its CRC", async () => {
    const res = await startTopup({ amount: 500_000, method: "bank_transfer", invoice: true });
    const { bankTransfer } = res.body;
    expect(bankTransfer).toMatchObject({
      accountNumber: "960000000013",
      bankName: "Vietcombank",
      note: "HDDN",
    });
    const qr = bankTransfer.qr as string;
    expect(qr).toContain("0006970436");
    expect(qr).toContain("0112960000000013");
    expect(qr).toContain("5406500000");
    expect(qr).toContain("0804HDDN");
    expect(qr.slice(-8, -4)).toBe("6304");
    expect(qr.slice(-4)).toBe(crc16(qr.slice(0, -4)));
  });

  it("makes one top-up per Idempotency-Key, and refuses the key with another body", async () => {
    const key = `key-${randomUUID()}`;
    const [a, b] = await Promise.all([
      startTopup({ amount: 200_000, method: "checkout" }, key),
      startTopup({ amount: 200_000, method: "checkout" }, key),
    ]);
    expect(a.body.id).toBe(b.body.id);
    expect(await countRows(server.db, "topups")).toBe(1);
    const again = await startTopup({ amount: 300_000, method: "checkout" }, key);
    expect(again.body.error.code).toBe("idempotency_key_reused");
  });

  it("refuses a person outside the ZCA", async () => {
    expect((await startTopup({ amount: 200_000, method: "checkout" }, undefined, an)).status).toBe(403);
  });

  it("shares one store of keys with ZCA creation: a key that made either is refused for the other", async () => {
    const accountKey = `key-${randomUUID()}`;
    const made = await postAccount(server, an, createBody(), accountKey);
    expect(made.status).toBe(201);
    const topupOf = (key: string) =>
      server.post(
        `/api/accounts/${made.body.id}/topups`,
        an,
        { amount: 200_000, method: "checkout" },
        {
          "Idempotency-Key": key,
        },
      );
    const reused = await topupOf(accountKey);
    expect([reused.status, reused.body.error?.code]).toEqual([422, "idempotency_key_reused"]);

    const topupKey = `key-${randomUUID()}`;
    expect((await topupOf(topupKey)).status).toBe(201);
    const account = await postAccount(server, an, createBody(), topupKey);
    expect([account.status, account.body.error?.code]).toEqual([422, "idempotency_key_reused"]);
  });

  it("keeps writing a top-up's key on the top-up, and replays a key only the top-up holds", async () => {
    // What an instance of the release before 0016 reads, and what it writes (no idempotency_keys row).
    const key = `key-${randomUUID()}`;
    const first = await startTopup({ amount: 200_000, method: "checkout" }, key);
    const [kept] = await queryRows<{ idempotency_key: string }>(
      server.db,
      sql`SELECT idempotency_key FROM topups WHERE id = ${first.body.id}`,
    );
    expect(kept!.idempotency_key).toBe(key);
    await server.db.execute(sql`DELETE FROM idempotency_keys WHERE key = ${key}`);

    const again = await startTopup({ amount: 200_000, method: "checkout" }, key);
    expect([again.body.id, again.headers.get("Idempotent-Replayed")]).toEqual([first.body.id, "true"]);
    expect(await countRows(server.db, "topups", sql`idempotency_key = ${key}`)).toBe(1);
    const other = await startTopup({ amount: 300_000, method: "checkout" }, key);
    expect(other.body.error?.code).toBe("idempotency_key_reused");
  });
});

describe("Zalo Checkout's callback", () => {
  async function checkoutTopup(amount = 200_000) {
    return (await startTopup({ amount, method: "checkout" })).body as { id: string; amount: number };
  }

  it("credits the top-up once, answers returnCode 1, and the app reads it succeeded", async () => {
    const topup = await checkoutTopup();
    expect((await postCallback(checkoutCallback(topup))).body).toEqual({
      returnCode: 1,
      returnMessage: "recorded",
    });
    expect(await balance()).toBe(SEEDED_BALANCE + 200_000);
    const read = await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh);
    expect(read.body).toMatchObject({ status: "succeeded" });
    expect(read.body.checkout).toBeUndefined();
  });

  it("credits once however often Zalo repeats it, twenty at once included", async () => {
    const topup = await checkoutTopup();
    const callback = checkoutCallback(topup);
    const answers = await Promise.all(Array.from({ length: 20 }, () => postCallback(callback)));
    expect(answers.map((a) => a.body.returnCode)).toEqual(Array(20).fill(1));
    await postCallback(callback);
    expect(await balance()).toBe(SEEDED_BALANCE + 200_000);
    expect(await countRows(server.db, "ledger_entries", sql`topup_id = ${topup.id}`)).toBe(1);
  });

  it("keeps a success when a failure for the same top-up comes after it", async () => {
    const topup = await checkoutTopup();
    await postCallback(checkoutCallback(topup));
    await postCallback(checkoutCallback(topup, { resultCode: -1, transId: "zp-late-failure" }));
    expect((await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh)).body.status).toBe(
      "succeeded",
    );
    expect(await balance()).toBe(SEEDED_BALANCE + 200_000);
  });

  it("marks a failed payment failed and credits nothing", async () => {
    const topup = await checkoutTopup();
    expect((await postCallback(checkoutCallback(topup, { resultCode: -3 }))).body.returnCode).toBe(1);
    expect((await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh)).body.status).toBe(
      "failed",
    );
    expect(await balance()).toBe(SEEDED_BALANCE);
  });

  it.each([
    ["a MAC made with another key", { key: "not-our-key" }],
    ["another app's callback", { appId: "999" }],
    ["an amount that differs from the top-up's", { amount: 2_000_000 }],
  ])("refuses %s with returnCode -1, crediting nothing", async (_label, change) => {
    const topup = await checkoutTopup();
    const body = checkoutCallback(topup, change);
    expect((await postCallback(body)).body.returnCode).toBe(-1);
    expect(await balance()).toBe(SEEDED_BALANCE);
    expect((await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh)).body.status).toBe(
      "pending",
    );
  });

  it("refuses a callback whose data was changed after Zalo signed it (overallMac)", async () => {
    const topup = await checkoutTopup();
    const body = checkoutCallback(topup);
    body.data.method = "ATM";
    expect((await postCallback(body)).body.returnCode).toBe(-1);
    expect(await balance()).toBe(SEEDED_BALANCE);
  });

  it("refuses an unknown top-up and a malformed body", async () => {
    const body = checkoutCallback({ id: "topup-unknown", amount: 200_000 });
    expect((await postCallback(body)).body.returnCode).toBe(-1);
    expect((await postCallback({ hello: "zalo" })).body.returnCode).toBe(-1);
    expect(await countRows(server.db, "ledger_entries")).toBe(SEED_LEDGER.length);
  });
});

describe("the bank's transfer notice", () => {
  const notice = (accountNumber: string, extra: object = {}) => ({
    transactionId: `vcb-${randomUUID()}`,
    accountNumber,
    amount: 1_000_000,
    content: "NAP ZCA",
    paidAt: new Date().toISOString(),
    ...extra,
  });

  it("credits the ZCA whose number it was sent to, once per transactionId", async () => {
    const body = notice(await transferAccount());
    expect((await bankNotice(body)).status).toBe(200);
    expect((await bankNotice(body)).body).toMatchObject({ ok: true, outcome: "already" });
    expect(await balance()).toBe(SEEDED_BALANCE + 1_000_000);
  });

  it("settles the member's waiting transfer top-up of that amount, and HDDN asks for an invoice", async () => {
    const topup = (await startTopup({ amount: 1_000_000, method: "bank_transfer" })).body;
    await bankNotice(notice(await transferAccount(), { content: "HDDN chuyen khoan" }));
    expect((await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh)).body.status).toBe(
      "succeeded",
    );
    const [entry] = await server.db.select().from(ledgerEntries).where(eq(ledgerEntries.topupId, topup.id));
    expect(entry).toMatchObject({ invoice: true, provider: "bank", amount: 1_000_000 });
  });

  // The timestamps are taken when the test runs: on a busy machine it may start minutes after
  // the file was collected, when "six minutes ahead" of then is less than five ahead of now.
  it.each([
    ["a wrong signature", () => ({ secret: "not-the-bank" })],
    ["a timestamp six minutes old", () => ({ at: Date.now() - 6 * 60_000 })],
    ["a timestamp six minutes ahead", () => ({ at: Date.now() + 6 * 60_000 })],
  ])("refuses %s with 401, crediting nothing", async (_label, opts) => {
    const res = await bankNotice(notice(await transferAccount()), opts());
    expect(res.status).toBe(401);
    expect(await balance()).toBe(SEEDED_BALANCE);
  });

  it("keeps money sent to a number no ZCA has, for a person to resolve, once", async () => {
    const body = notice("961234567890");
    expect((await bankNotice(body)).body.outcome).toBe("unmatched");
    await bankNotice(body);
    const kept = await server.db.select().from(unmatchedPayments);
    expect(kept).toEqual([
      expect.objectContaining({
        reference: body.transactionId,
        amount: 1_000_000,
        reason: "unknown_account",
      }),
    ]);
  });

  it("credits a notice whose note carries a NUL or half a UTF-16 pair, which the database cannot store", async () => {
    expect(
      (await bankNotice(notice(await transferAccount(), { content: "NAP\0ZCA\udfff" }))).body.outcome,
    ).toBe("credited");
    expect(await balance()).toBe(SEEDED_BALANCE + 1_000_000);
  });

  it("keeps each signed notice it cannot read, as the bank sent it, crediting nothing", async () => {
    const unreadable = ["[".repeat(2000), '{"transactionId": 7}', "not json", "NAP\0ZCA"];
    for (const raw of unreadable) expect((await bankNotice(raw)).body.outcome).toBe("unmatched");
    const kept = await server.db.select().from(unmatchedPayments);
    expect(kept.map((k) => [k.reason, k.payload])).toEqual(
      unreadable.map((raw) => ["malformed", { raw: raw.replace("\0", "\uFFFD") }]),
    );
    expect(await balance()).toBe(SEEDED_BALANCE);
  });
});

describe("amounts from outside are bounded, and balances move in the database's integers", () => {
  const notice = (accountNumber: string, amount: number | string) =>
    `{"transactionId":"vcb-${randomUUID()}","accountNumber":"${accountNumber}","amount":${amount},"content":"NAP ZCA","paidAt":"2026-12-01T08:00:00Z"}`;

  it("keeps a notice above 10^12 đ for a person with the amount the bank wrote, crediting nothing", async () => {
    const account = await transferAccount();
    const over = notice(account, 1_000_000_000_001);
    const beyondSafe = notice(account, "100000000000000000001");
    expect((await bankNotice(over)).body).toEqual({ ok: true, outcome: "unmatched" });
    expect((await bankNotice(beyondSafe)).body).toEqual({ ok: true, outcome: "unmatched" });
    const kept = await queryRows<{ reason: string; amount: string; raw: string }>(
      server.db,
      sql`SELECT reason, amount::text AS amount, payload->>'raw' AS raw FROM unmatched_payments ORDER BY id`,
    );
    expect(kept).toEqual([
      { reason: "amount_over_bound", amount: "1000000000001", raw: over },
      { reason: "malformed", amount: "0", raw: beyondSafe },
    ]);
    expect(await balance()).toBe(SEEDED_BALANCE);
    // 10^12 itself is credited.
    expect((await bankNotice(notice(account, 1_000_000_000_000))).body.outcome).toBe("credited");
  });

  it("keeps a signed notice of a negative amount as malformed, with amount 0 and the text as sent, crediting nothing", async () => {
    const negative = notice(await transferAccount(), -26);
    expect((await bankNotice(negative)).body).toEqual({ ok: true, outcome: "unmatched" });
    const kept = await queryRows<{ reason: string; amount: string; raw: string }>(
      server.db,
      sql`SELECT reason, amount::text AS amount, payload->>'raw' AS raw FROM unmatched_payments`,
    );
    expect(kept).toEqual([{ reason: "malformed", amount: "0", raw: negative }]);
    expect(await balance()).toBe(SEEDED_BALANCE);
  });

  it("refuses a top-up above 10^12 đ by transfer", async () => {
    const res = await startTopup({ amount: 1_000_000_000_001, method: "bank_transfer" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(await countRows(server.db, "topups")).toBe(0);
  });

  it("never moves a balance past 2^53 − 1: money that would is kept for a person, and balance_after is the database's sum", async () => {
    // An opening entry brings the ZCA half a million under the largest integer JSON readers hold exactly.
    const opening = 9_007_199_254_240_991n - BigInt(SEEDED_BALANCE);
    await server.db.execute(sql`
      WITH moved AS (
        UPDATE accounts SET balance = balance + ${opening.toString()}::bigint WHERE id = ${ACCOUNT} RETURNING balance
      )
      INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider, reference)
      SELECT ${ACCOUNT}, 'topup', ${opening.toString()}::bigint, balance, 'bank_transfer', 'bank', 'test-opening'
      FROM moved`);
    const account = await transferAccount();
    expect((await bankNotice(notice(account, 1_000_000))).body.outcome).toBe("unmatched");
    expect((await bankNotice(notice(account, 499_999))).body.outcome).toBe("credited");
    const [row] = await queryRows<{ balance: string; after: string }>(
      server.db,
      sql`SELECT a.balance::text AS balance, l.balance_after::text AS after
          FROM accounts a JOIN ledger_entries l ON l.account_id = a.id
          WHERE a.id = ${ACCOUNT} ORDER BY l.id DESC LIMIT 1`,
    );
    expect(row).toEqual({ balance: "9007199254740990", after: "9007199254740990" });
    expect(await balance()).toBe(9_007_199_254_740_990);
    const kept = await server.db.select().from(unmatchedPayments);
    expect(kept).toEqual([expect.objectContaining({ reason: "balance_over_bound", amount: 1_000_000 })]);

    // Zalo's callback for a payment that would pass the bound: recorded, kept, the top-up set aside.
    const topup = (await startTopup({ amount: 100_000, method: "checkout" })).body;
    expect((await postCallback(checkoutCallback(topup))).body.returnCode).toBe(1);
    expect(await balance()).toBe(9_007_199_254_740_990);
    const read = await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh);
    expect(read.body.status).toBe("review");
    expect(await countRows(server.db, "unmatched_payments", sql`reason = 'balance_over_bound'`)).toBe(2);
  });
});

describe("a notice signed over bytes that are not UTF-8", () => {
  /** A notice whose note carries the bytes 0xFF 0xFE, which no UTF-8 text has. */
  const notUtf8 = (accountNumber: string) =>
    Buffer.concat([
      Buffer.from(
        `{"transactionId":"vcb-${randomUUID()}","accountNumber":"${accountNumber}","amount":1000000,"content":"NAP `,
      ),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`","paidAt":"2026-12-01T08:00:00Z"}`),
    ]);

  it("is checked over the bytes as sent and kept for a person, crediting nothing", async () => {
    const bytes = notUtf8(await transferAccount());
    const res = await bankNotice(bytes);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, outcome: "unmatched" });
    const [kept] = await server.db.select().from(unmatchedPayments);
    expect(kept).toMatchObject({ reason: "malformed", amount: 0 });
    expect(kept!.payload).toEqual({
      raw: bytes.toString("utf8"),
      base64: bytes.toString("base64"),
    });
    expect(await balance()).toBe(SEEDED_BALANCE);
  });

  it("is refused when the signature is over other bytes (the text as decoded)", async () => {
    const bytes = notUtf8(await transferAccount());
    const signed = bankNoticeRequest(bytes.toString("utf8"));
    const res = await server.request("POST", "/api/payments/bank/webhook", { ...signed, rawBody: bytes });
    expect(res.status).toBe(401);
    expect(await countRows(server.db, "unmatched_payments")).toBe(0);
  });
});

describe("history, spending, invoice details and alerts", () => {
  it("pages the history newest first, pending top-ups beside credited ones, the last page without a cursor", async () => {
    await startTopup({ amount: 300_000, method: "checkout" });
    const seen: { description: string; status: string }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await server.get(
        `/api/accounts/${ACCOUNT}/transactions?limit=4${cursor ? `&cursor=${cursor}` : ""}`,
        binh,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(SEED_LEDGER.length + 1);
    expect(seen[0]).toMatchObject({ kind: "topup", status: "pending", amount: 300_000, balanceAfter: null });
    expect(seen[1]).toMatchObject({
      kind: "spend",
      description: "zns",
      amount: -220_000,
      balanceAfter: 1_250_000,
    });
    expect(seen.at(-1)).toMatchObject({ kind: "topup", amount: 3_000_000, balanceAfter: 3_000_000 });
    const times = seen.map((t) => Date.parse((t as unknown as { createdAt: string }).createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("refuses a cursor it did not give and a limit out of range", async () => {
    expect((await server.get(`/api/accounts/${ACCOUNT}/transactions?cursor=abc`, binh)).status).toBe(400);
    expect((await server.get(`/api/accounts/${ACCOUNT}/transactions?limit=500`, binh)).status).toBe(400);
  });

  // Issue 23, item 9: dates JavaScript reads but PostgreSQL refuses answered 500.
  it.each([
    "1",
    "0",
    "2026-02-30T00:00:00Z",
    "2026-02-30T00:00:00.000Z",
    "2026-01-01T24:00:00.000Z",
    "0000-01-01T00:00:00.000Z",
    "+275760-09-13T00:00:00.000Z",
    "2026-01-01T00:00:00.000+07:00",
    "2026-01-01 00:00:00",
  ])("refuses a cursor whose time is %j with 400 invalid_input", async (at) => {
    const cursor = Buffer.from(JSON.stringify([at, "l0000000000000000001"])).toString("base64url");
    const res = await server.get(`/api/accounts/${ACCOUNT}/transactions?limit=4&cursor=${cursor}`, binh);
    expect([res.status, res.body.error?.code]).toEqual([400, "invalid_input"]);
  });

  it("refuses a cursor whose key PostgreSQL's text cannot hold (a NUL) with 400 invalid_input", async () => {
    const cursor = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "l\u0000"])).toString("base64url");
    const res = await server.get(`/api/accounts/${ACCOUNT}/transactions?limit=4&cursor=${cursor}`, binh);
    expect([res.status, res.body.error?.code]).toEqual([400, "invalid_input"]);
  });

  it("skips no row of the same millisecond as a page's last one", async () => {
    // Three pending top-ups, 100 µs apart, within one millisecond (and newer than the seed).
    const ids = ["t-us-1", "t-us-2", "t-us-3"];
    for (const [i, id] of ids.entries()) {
      await server.db.execute(sql`
        INSERT INTO topups (id, account_id, amount, method, created_by, idempotency_key, request_hash, created_at)
        VALUES (${id}, ${ACCOUNT}, 100000, 'bank_transfer', 'binh', ${id}, 'h',
                '2099-01-01T00:00:00.123Z'::timestamptz + make_interval(secs => ${(i + 1) / 10_000}))`);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await server.get(
        `/api/accounts/${ACCOUNT}/transactions?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
        binh,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((t: { id: string }) => t.id));
      cursor = res.body.nextCursor;
    } while (cursor && seen.length < 3);
    expect(seen).toEqual(["tt-us-3", "tt-us-2", "tt-us-1"]);
  });

  it("sums spending by month (every month of the window), by OA and by app", async () => {
    const res = await server.get(`/api/accounts/${ACCOUNT}/spending`, binh);
    expect(res.body.byMonth).toHaveLength(6);
    const spentInWindow = SEED_LEDGER.filter(
      (e) =>
        e.kind === "spend" &&
        res.body.byMonth.some((m: { month: string }) => e.createdAt.toISOString().startsWith(m.month)),
    ).reduce((sum, e) => sum - e.amount, 0);
    const total = (rows: { amount: number }[]) => rows.reduce((sum, r) => sum + r.amount, 0);
    expect(total(res.body.byMonth)).toBe(spentInWindow);
    expect(total(res.body.byOa) + total(res.body.byApp)).toBe(spentInWindow);
    expect(res.body.byApp[0]).toMatchObject({ id: "1864203957731480522" });
  });

  it("keeps invoice details, refusing a malformed tax code, address, phone or email", async () => {
    const info = {
      companyName: "Công ty TNHH Bình Minh",
      taxCode: "0399123457",
      address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
      buyer: "Trần Thị Bình",
      phone: "0901 000 002",
      email: "ketoan@binhminh.vn",
    };
    const saved = await server.request("PUT", `/api/accounts/${ACCOUNT}/invoice-info`, {
      token: binh,
      body: info,
    });
    expect(saved.body).toEqual({ ...info, phone: "+84901000002", taxCodeLocked: false });
    // Each refusal names its field and how it is wrong: a check digit is not a format.
    for (const [bad, fields] of [
      [{ taxCode: "12345" }, { taxCode: "format" }],
      [{ taxCode: "0312345674" }, { taxCode: "checksum" }],
      [{ taxCode: "0312345678-001" }, { taxCode: "checksum" }],
      [{ address: "Q1" }, { address: "too_short" }],
      [{ phone: "12" }, { phone: "format" }],
      [{ email: "ketoan" }, { email: "format" }],
    ]) {
      const res = await server.request("PUT", `/api/accounts/${ACCOUNT}/invoice-info`, {
        token: binh,
        body: { ...info, ...bad },
      });
      expect([res.status, res.body.error.fields]).toEqual([400, fields]);
    }
    expect((await server.get(`/api/accounts/${ACCOUNT}/invoice-info`, binh)).body.email).toBe(
      "ketoan@binhminh.vn",
    );
  });

  it("says on the wallet whether the balance is under the low-balance alert of “Quản lý thông báo”", async () => {
    const put = (lowBalance: object) =>
      server.request("PUT", `/api/accounts/${ACCOUNT}/notifications`, {
        token: binh,
        body: { lowBalance: { recipients: ["binh"], ...lowBalance } },
      });
    expect((await put({ enabled: true, threshold: 1_000_000 })).status).toBe(200);
    expect((await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.lowBalance).toEqual({
      enabled: true,
      threshold: 1_000_000,
      thresholdDays: null,
      below: false,
    });
    expect((await put({ enabled: true, threshold: -1 })).status).toBe(400);
    expect((await server.get(`/api/accounts/${ACCOUNT}/notifications`, binh)).body.lowBalance).toEqual({
      enabled: true,
      threshold: 1_000_000,
      thresholdDays: null,
      recipients: ["binh"],
    });
  });
});

describe("the dev simulator plays Zalo and the bank over HTTP, through the same signed routes", () => {
  it("pays a checkout top-up: the callback reaches the real route and credits it", async () => {
    const topup = (await startTopup({ amount: 200_000, method: "checkout" })).body;
    await server.post(`/api/dev/checkout/${ACCOUNT}/${topup.id}`, binh, { outcome: "pay" });
    expect((await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh)).body.status).toBe(
      "succeeded",
    );
    const audit = await queryRows<{ n: number }>(
      server.db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'wallet.topup_credited'`,
    );
    expect(Number(audit[0]!.n)).toBe(1);
  });

  it("sends the callback late when asked, leaving the top-up pending meanwhile", async () => {
    const topup = (await startTopup({ amount: 200_000, method: "checkout" })).body;
    await server.post(`/api/dev/checkout/${ACCOUNT}/${topup.id}`, binh, { outcome: "pay_late" });
    expect((await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh)).body.status).toBe(
      "pending",
    );
    await expect
      .poll(async () => (await server.get(`/api/accounts/${ACCOUNT}/topups/${topup.id}`, binh)).body.status)
      .toBe("succeeded");
  });

  it("sends a signed transfer notice for a transfer top-up", async () => {
    const topup = (await startTopup({ amount: 700_000, method: "bank_transfer" })).body;
    await server.post(`/api/dev/bank-transfer/${ACCOUNT}/${topup.id}`, binh, {});
    expect(await balance()).toBe(SEEDED_BALANCE + 700_000);
    expect((await server.db.select().from(topups).where(eq(topups.id, topup.id)))[0]?.status).toBe(
      "succeeded",
    );
  });
});

/** CRC-16/CCITT-FALSE, as EMVCo QR payloads end with (written here, not taken from the library). */
function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

// Who may call it: members with wallet.use of that ZCA (others 403, an unknown ZCA 404). Abuse:
// another ZCA's id, a tax code that is not the ZCA's (it would record a confirmation of nothing
// on screen), a malformed one, a replay (it records the same thing again).
describe("POST /api/accounts/:id/tax-code-confirmation", () => {
  const confirm = (accountId: string, taxCode: unknown, token: string) =>
    server.post(`/api/accounts/${accountId}/tax-code-confirmation`, token, { taxCode });
  const walletOf = async (accountId: string, token: string) =>
    (await server.get(`/api/accounts/${accountId}/wallet`, token)).body;

  it("records the tax code confirmed before the first payment, until a payment is credited", async () => {
    const created = await postAccount(server, an, createBody());
    const id = created.body.id as string;
    expect((await walletOf(id, an)).beforeFirstPayment).toEqual({ confirmedTaxCode: null });

    expect((await confirm(id, "0303 490 096", an)).status).toBe(204);
    expect((await confirm(id, "0303490096", an)).status).toBe(204);
    expect((await walletOf(id, an)).beforeFirstPayment).toEqual({ confirmedTaxCode: "0303490096" });
    expect(
      await countRows(
        server.db,
        "audit_events",
        sql`action = 'wallet.tax_code_confirmed' AND account_id = ${id}`,
      ),
    ).toBe(2);

    const topup = await server.post(
      `/api/accounts/${id}/topups`,
      an,
      { amount: 200_000, method: "checkout" },
      { "Idempotency-Key": `key-${randomUUID()}` },
    );
    expect((await postCallback(checkoutCallback(topup.body))).body.returnCode).toBe(1);
    expect((await walletOf(id, an)).beforeFirstPayment).toBeNull();
  });

  it("takes the tax code of the saved invoice details too, and no other", async () => {
    const created = await postAccount(server, an, createBody());
    const id = created.body.id as string;
    const invoiceTaxCode = "0399123457";
    expect((await confirm(id, invoiceTaxCode, an)).body.error).toMatchObject({
      code: "invalid_input",
      fields: { taxCode: "not_current" },
    });
    await server.request("PUT", `/api/accounts/${id}/invoice-info`, {
      token: an,
      body: {
        companyName: "Công ty TNHH Bình Minh",
        taxCode: invoiceTaxCode,
        address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
        buyer: "Nguyễn Văn An",
        phone: "0901000001",
        email: "ketoan@annhien.vn",
      },
    });
    expect((await confirm(id, invoiceTaxCode, an)).status).toBe(204);
    expect((await walletOf(id, an)).beforeFirstPayment).toEqual({ confirmedTaxCode: invoiceTaxCode });
  });

  it("refuses a tax code that breaks the rule, saying how, and odd bodies", async () => {
    const created = await postAccount(server, an, createBody());
    const id = created.body.id as string;
    expect((await confirm(id, "0303490097", an)).body.error.fields).toEqual({ taxCode: "checksum" });
    expect((await confirm(id, "12345", an)).body.error.fields).toEqual({ taxCode: "format" });
    expect((await confirm(id, 303490096, an)).status).toBe(400);
    const extra = await server.post(`/api/accounts/${id}/tax-code-confirmation`, an, {
      taxCode: "0303490096",
      account: ACCOUNT,
    });
    expect(extra.status).toBe(400);
    expect((await walletOf(id, an)).beforeFirstPayment).toEqual({ confirmedTaxCode: null });
  });

  it("is for the roles that top up, of that ZCA only", async () => {
    const [finance, editor] = await Promise.all([server.signIn("em"), server.signIn("giang")]);
    const taxCode = "0399123457";
    expect((await confirm(ACCOUNT, taxCode, editor)).status).toBe(403);
    expect((await confirm(ACCOUNT, taxCode, an)).status).toBe(403);
    expect((await confirm("zca-none", taxCode, binh)).status).toBe(404);
    expect((await confirm(ACCOUNT, taxCode, finance)).status).toBe(204);
    // Bình's ZCA has been paid into: its tax code is on an invoice already, nothing to confirm.
    expect((await walletOf(ACCOUNT, finance)).beforeFirstPayment).toBeNull();
    expect((await walletOf(ACCOUNT, editor)).beforeFirstPayment).toBeNull();
  });
});
