// The real server process (npm run server) is SIGKILLed in the middle of a burst of usage calls:
// holds and the events that capture them, and events without a hold, each sent several times as
// Zalo's services repeat them. Started again on the same database, it is sent every call once
// more, as a service does with one it saw no answer to: each event is debited exactly once, the
// balance is the opening balance minus what was charged, it equals the ledger's sum, and every
// consistency rule holds. On PGlite (a data folder, as `npm start` runs it) and on PostgreSQL.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { checkConsistency } from "./helpers/consistency";
import { crashDatabase, crashServer } from "./helpers/crash-database";
import { countRows } from "./helpers/fixtures";
import { send } from "./helpers/http";
import { usageRequest } from "./helpers/payments";
import { dbKindFromEnv } from "./helpers/server";
import type { ServerProcess } from "./helpers/server-process";

const ROUNDS = 2;
const HELD_PER_ROUND = 10;
const UNHELD_PER_ROUND = 10;
const REPEATS = 3;
const WORKERS = 6;
const KILL_AFTER_ACKS = 30;
const SECRET = "usage-crash-session-secret-0123456789abcdef";
const ACCOUNT = "zca-binh-minh";
const APP = "1864203957731480522";

const kind = dbKindFromEnv();
let cleanup: (() => Promise<void>) | null = null;
afterAll(async () => cleanup?.());

/** One charge and the calls its service sends, in order, each until it is answered. */
interface Charge {
  eventId: string;
  amount: number;
  calls: { path: string; body: object }[];
}

function charge(amount: number, held: boolean): Charge {
  const eventId = `crash-event-${randomUUID()}`;
  const target = { accountId: ACCOUNT, kind: "zns", appId: APP, amount };
  const event = { eventId, ...target, occurredAt: new Date().toISOString() };
  if (!held) return { eventId, amount, calls: [{ path: "/api/usage/events", body: event }] };
  const holdId = `crash-hold-${randomUUID()}`;
  const expiresAt = new Date(Date.now() + 2 * 60 * 60_000).toISOString();
  return {
    eventId,
    amount,
    calls: [
      { path: "/api/usage/holds", body: { holdId, ...target, expiresAt } },
      { path: "/api/usage/events", body: { ...event, holdId } },
    ],
  };
}

describe(`usage through SIGKILLs on ${kind === "postgres" ? "PostgreSQL" : "PGlite in a data folder"}`, () => {
  it("debits each usage event exactly once, however often sent across kills", async () => {
    const database = await crashDatabase(kind);
    cleanup = database.drop;
    const { start, binh } = await crashServer(database, SECRET);

    let server: ServerProcess = await start();
    const balance = async () =>
      (await send(server.url, "GET", `/api/accounts/${ACCOUNT}/wallet`, { token: binh })).body
        .balance as number;
    const opening = await balance();
    const charges: Charge[] = [];
    const killedAfter: number[] = [];
    /** Sends a charge's calls in order, each answered 200 (held, debited or already). */
    const sendAll = async (c: Charge) => {
      for (const call of c.calls) {
        const answer = await send(server.url, "POST", call.path, usageRequest(call.body));
        expect(answer.status, answer.text).toBe(200);
      }
    };

    for (let round = 0; round < ROUNDS; round++) {
      const batch = [
        ...Array.from({ length: HELD_PER_ROUND }, (_, i) => charge(20_000 + 100 * i, true)),
        ...Array.from({ length: UNHELD_PER_ROUND }, (_, i) => charge(15_000 + 100 * i, false)),
      ];
      charges.push(...batch);
      // Every charge REPEATS times, shuffled, WORKERS at a time, until the kill.
      const queue = batch
        .flatMap((c) => Array.from({ length: REPEATS }, () => c))
        .sort(() => Math.random() - 0.5);
      let acks = 0;
      let killing: Promise<void> | null = null;
      const worker = async () => {
        while (!killing && queue.length > 0) {
          const next = queue.shift()!;
          for (const call of next.calls) {
            const answer = await send(server.url, "POST", call.path, usageRequest(call.body)).catch(
              () => null,
            );
            if (!answer) break;
            expect(answer.status, answer.text).toBe(200);
            if (++acks === KILL_AFTER_ACKS) killing = server.stop("SIGKILL");
            if (killing) break;
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, worker));
      expect(killing, "the server was killed mid-burst").not.toBeNull();
      await killing;
      killedAfter.push(acks);

      server = await start();
      try {
        for (const c of batch) await sendAll(c);
      } catch (error) {
        await server.stop("SIGKILL");
        throw new Error(`${String(error)}\nserver stderr: ${server.stderr()}`);
      }
    }

    const charged = charges.reduce((sum, c) => sum + c.amount, 0);
    expect(await balance()).toBe(opening - charged);
    await server.stop("SIGTERM");

    const after = await database.open();
    try {
      for (const c of charges) {
        expect(await countRows(after.db, "ledger_entries", sql`event_id = ${c.eventId}`), c.eventId).toBe(1);
      }
      const report = await checkConsistency(after.db);
      expect(report.problems).toEqual([]);
      console.log(
        `usage through SIGKILLs (${kind}): ${ROUNDS} kills after ${killedAfter.join(" and ")} answers, ` +
          `${charges.length} charges (${ROUNDS * HELD_PER_ROUND} held) sent ${REPEATS} times each and once more ` +
          `after each restart → ${charges.length} spend entries, balance = opening − ${charged} đ; ` +
          `${report.rowsChecked} rows checked against every consistency rule`,
      );
    } finally {
      await after.close();
    }
  }, 180_000);
});
