// The real server process (npm run server) is SIGKILLed in the middle of a burst of payment
// messages, Zalo Checkout's callbacks and the bank's transfer notices, each sent several times as
// their senders repeat them. Started again on the same database, it is sent every message once
// more, as a sender does with one it saw no answer to: each payment is credited exactly once, the
// balance is the ledger's sum, and every consistency rule holds. On PGlite (a data folder, as
// `npm start` runs it) and on PostgreSQL.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { checkConsistency } from "./helpers/consistency";
import { crashDatabase, crashServer } from "./helpers/crash-database";
import { countRows } from "./helpers/fixtures";
import { send, type ApiResponse, type RequestOptions } from "./helpers/http";
import { bankNoticeRequest, checkoutCallback } from "./helpers/payments";
import { dbKindFromEnv } from "./helpers/server";
import type { ServerProcess } from "./helpers/server-process";

const ROUNDS = 2;
const TOPUPS_PER_ROUND = 12;
const NOTICES_PER_ROUND = 12;
const REPEATS = 3;
const WORKERS = 6;
const KILL_AFTER_ACKS = 30;
const SECRET = "payments-crash-session-secret-0123456789abcdef";
const ACCOUNT = "zca-binh-minh";

const kind = dbKindFromEnv();
let cleanup: (() => Promise<void>) | null = null;
afterAll(async () => cleanup?.());

/** One payment and the message its sender sends (again) until it is answered. */
interface Payment {
  amount: number;
  message: () => [path: string, options: RequestOptions];
  topupId?: string;
  reference?: string;
}

describe(`payments through SIGKILLs on ${kind === "postgres" ? "PostgreSQL" : "PGlite in a data folder"}`, () => {
  it("credits each Checkout payment and each bank transfer exactly once, however often sent across kills", async () => {
    const database = await crashDatabase(kind);
    cleanup = database.drop;
    const { start, binh } = await crashServer(database, SECRET);

    let server: ServerProcess = await start();
    const wallet = async () =>
      (await send(server.url, "GET", `/api/accounts/${ACCOUNT}/wallet`, { token: binh })).body;
    const opening = await wallet();
    const payments: Payment[] = [];
    const killedAfter: number[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const batch: Payment[] = [];
      for (let i = 0; i < TOPUPS_PER_ROUND; i++) {
        const amount = 100_000 + 1_000 * (round * TOPUPS_PER_ROUND + i);
        const created = await send(server.url, "POST", `/api/accounts/${ACCOUNT}/topups`, {
          token: binh,
          body: { amount, method: "checkout" },
          headers: { "Idempotency-Key": `crash-topup-${randomUUID()}` },
        });
        expect(created.status, created.text).toBe(201);
        const topup = created.body as { id: string; amount: number };
        batch.push({
          amount,
          topupId: topup.id,
          message: () => ["/api/payments/checkout/callback", { body: checkoutCallback(topup) }],
        });
      }
      for (let i = 0; i < NOTICES_PER_ROUND; i++) {
        const notice = {
          transactionId: `vcb-${randomUUID()}`,
          accountNumber: opening.bankTransfer.accountNumber,
          amount: 500_000 + 1_000 * (round * NOTICES_PER_ROUND + i),
          content: "NAP ZCA",
          paidAt: new Date().toISOString(),
        };
        batch.push({
          amount: notice.amount,
          reference: notice.transactionId,
          // Signed when sent: a resent notice carries a fresh timestamp, as the bank's retry does.
          message: () => ["/api/payments/bank/webhook", bankNoticeRequest(notice)],
        });
      }
      payments.push(...batch);

      // Every message REPEATS times, shuffled, WORKERS at a time, until the kill.
      const queue = batch
        .flatMap((p) => Array.from({ length: REPEATS }, () => p))
        .sort(() => Math.random() - 0.5);
      let acks = 0;
      let killing: Promise<void> | null = null;
      const worker = async () => {
        while (!killing && queue.length > 0) {
          const [path, options] = queue.shift()!.message();
          const answer = await send(server.url, "POST", path, options).catch(() => null);
          if (!answer) continue;
          expectRecorded(answer);
          if (++acks === KILL_AFTER_ACKS) killing = server.stop("SIGKILL");
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, worker));
      expect(killing, "the server was killed mid-burst").not.toBeNull();
      await killing;
      killedAfter.push(acks);

      server = await start();
      try {
        for (const payment of batch) {
          const [path, options] = payment.message();
          expectRecorded(await send(server.url, "POST", path, options));
        }
      } catch (error) {
        await server.stop("SIGKILL");
        throw new Error(`${String(error)}\nserver stderr: ${server.stderr()}`);
      }
    }

    const credited = payments.reduce((sum, p) => sum + p.amount, 0);
    expect((await wallet()).balance).toBe(opening.balance + credited);
    await server.stop("SIGTERM");

    const after = await database.open();
    try {
      for (const p of payments) {
        const where = p.topupId ? sql`topup_id = ${p.topupId}` : sql`reference = ${p.reference}`;
        expect(await countRows(after.db, "ledger_entries", where), p.topupId ?? p.reference).toBe(1);
      }
      const report = await checkConsistency(after.db);
      expect(report.problems).toEqual([]);
      console.log(
        `payments through SIGKILLs (${kind}): ${ROUNDS} kills after ${killedAfter.join(" and ")} answers, ` +
          `${payments.length} payments sent ${REPEATS} times each and once more after each restart → ` +
          `${payments.length} ledger entries, balance = opening + ${credited} đ; ` +
          `${report.rowsChecked} rows checked against every consistency rule`,
      );
    } finally {
      await after.close();
    }
  }, 180_000);
});

/** Zalo is told a callback is recorded (returnCode 1); the bank is answered 200. */
function expectRecorded(answer: ApiResponse): void {
  if (answer.body && "returnCode" in answer.body) expect(answer.body.returnCode, answer.text).toBe(1);
  else expect(answer.status, answer.text).toBe(200);
}
