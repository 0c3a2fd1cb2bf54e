import { afterAll, describe, expect, it } from "vitest";
import { checkConsistency } from "./helpers/consistency";
import {
  burstUntilKilled,
  expectAcknowledgedWritesPresent,
  retryPending,
  seedCrowd,
} from "./helpers/crash-crowd";
import { countRows } from "./helpers/fixtures";
import { crashDatabase } from "./helpers/crash-database";
import { dbKindFromEnv } from "./helpers/server";
import { freePort, startServerProcess, type ServerProcess } from "./helpers/server-process";

// The real server process (npm run server) is killed with SIGKILL in the middle of a burst of
// creations and links, then started again on the same database, three times over.
const ROUNDS = 3;
const PEOPLE_PER_ROUND = 40;
const WORKERS = 10;
const KILL_AFTER_ACKS = 30;
const SECRET = "crash-test-session-secret-0123456789abcdef";

const kind = dbKindFromEnv();
let cleanup: (() => Promise<void>) | null = null;
afterAll(async () => cleanup?.());

describe(`crash safety on ${kind === "postgres" ? "PostgreSQL" : "PGlite in a data folder"}`, () => {
  it("keeps every acknowledged write through SIGKILLs, leaves no half-made ZCA, and a retried submit recovers", async () => {
    const database = await crashDatabase(kind);
    cleanup = database.drop;
    const seeding = await database.open();
    const crowd = await seedCrowd(seeding, ROUNDS * PEOPLE_PER_ROUND, SECRET);
    await seeding.close();

    // Rate limits outlive a restart (on PostgreSQL they are counted in the database): out of the way here.
    const env = { ...database.env, AUTH_MODE: "dev", SESSION_SECRET: SECRET, WRITES_PER_MINUTE: "100000" };
    const start = async () => startServerProcess({ ...env, API_PORT: String(await freePort()) });
    const totals = {
      fired: 0,
      creates: 0,
      links: 0,
      pending: 0,
      replayed: 0,
      createdOnRetry: 0,
      linkedBefore: 0,
    };
    let server: ServerProcess = await start();
    for (let round = 0; round < ROUNDS; round++) {
      const group = crowd.slice(round * PEOPLE_PER_ROUND, (round + 1) * PEOPLE_PER_ROUND);
      const { fired } = await burstUntilKilled(server, group, {
        workers: WORKERS,
        killAfter: KILL_AFTER_ACKS,
      });
      const pending = group.filter((p) => p.create === "lost" || p.link === "lost").length;
      const creates = group.filter((p) => p.create === "acked").length;
      const links = group.filter((p) => p.link === "acked").length;
      // Mid-burst: writes were acknowledged (answers on their way at the signal count too), others in flight.
      expect(creates + links).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(pending).toBeGreaterThan(0);

      server = await start();
      try {
        await expectAcknowledgedWritesPresent(server, crowd);
        const recovered = await retryPending(server, group);
        Object.assign(totals, {
          fired: totals.fired + fired,
          creates: totals.creates + creates,
          links: totals.links + links,
          pending: totals.pending + pending,
          replayed: totals.replayed + recovered.replayed,
          createdOnRetry: totals.createdOnRetry + recovered.createdOnRetry,
          linkedBefore: totals.linkedBefore + recovered.linkedBefore,
        });
      } catch (error) {
        await server.stop("SIGKILL");
        throw new Error(`${String(error)}\nserver stderr: ${server.stderr()}`);
      }
    }
    await server.stop("SIGTERM");

    const after = await database.open();
    try {
      const report = await checkConsistency(after.db);
      expect(report.problems).toEqual([]);
      // Bình's seeded ZCA and one per person who tried: none twice, none half-made.
      const tried = crowd.filter((p) => p.create !== "not sent").length;
      expect(await countRows(after.db, "accounts")).toBe(1 + tried);
      console.log(
        `crash safety (${kind}): ${ROUNDS} SIGKILLs mid-burst, ${totals.fired} requests fired by ${WORKERS} workers; ` +
          `${totals.creates} ZCAs and ${totals.links} links acknowledged, every one present after each restart; ` +
          `${totals.pending} writes in flight at the kills, retried with the same key: ${totals.replayed} ZCAs ` +
          `had committed (replayed), ${totals.createdOnRetry} created once, ${totals.linkedBefore} links found made; ` +
          `${report.rowsChecked} rows checked, no partial ZCA, no orphan key`,
      );
    } finally {
      await after.close();
    }
  }, 180_000);
});
