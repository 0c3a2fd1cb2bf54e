// The real server process (npm run server) is SIGKILLed while its worker sends a burst of
// notifications to the ZNS stand-in. Started again on the same database, it sends the rest: every
// notification written is sent, none is lost, and a send whose answer the kill cut off is repeated
// once at most (the test counts how often). On PGlite (a data folder) and on PostgreSQL.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { DEV_ZNS_TEMPLATES } from "../../server/config";
import { startZnsStandIn, type ZnsStandIn } from "../../server/dev/zns-standin";
import { checkConsistency } from "./helpers/consistency";
import { crashDatabase, crashServer } from "./helpers/crash-database";
import { queryRows } from "./helpers/fixtures";
import { send } from "./helpers/http";
import { bankNoticeRequest } from "./helpers/payments";
import { dbKindFromEnv } from "./helpers/server";
import type { ServerProcess } from "./helpers/server-process";

const NOTICES = 30;
/** Each credit tells Bình and Em. */
const RECIPIENTS = 2;
const KILL_AFTER_SENDS = 12;
const SECRET = "notifications-crash-session-secret-0123456789abcdef";
const ACCOUNT = "zca-binh-minh";

const kind = dbKindFromEnv();
let zns: ZnsStandIn | null = null;
let cleanup: (() => Promise<void>) | null = null;
afterAll(async () => {
  await zns?.stop();
  await cleanup?.();
});

describe(`notifications through a SIGKILL on ${kind === "postgres" ? "PostgreSQL" : "PGlite in a data folder"}`, () => {
  it("sends every notification written, none lost, one repeated at most per kill", async () => {
    // The process authorizes its dev operator OA with its own Zalo stand-in: any token it has is live.
    zns = await startZnsStandIn({
      tokenOk: (token) => token.length > 0,
      templates: DEV_ZNS_TEMPLATES,
      answerDelayMs: 40,
    });
    const database = await crashDatabase(kind);
    cleanup = database.drop;
    const { start, binh } = await crashServer(database, SECRET, { ZALO_ZNS_URL: zns.url });

    let server: ServerProcess = await start();
    const settings = await send(server.url, "PUT", `/api/accounts/${ACCOUNT}/notifications`, {
      token: binh,
      body: { balanceMovement: { enabled: true, threshold: 0, recipients: ["binh", "em"] } },
    });
    expect(settings.status, settings.text).toBe(200);
    const wallet = await send(server.url, "GET", `/api/accounts/${ACCOUNT}/wallet`, { token: binh });
    const notices = Array.from({ length: NOTICES }, (_, i) => ({
      transactionId: `vcb-${randomUUID()}`,
      accountNumber: wallet.body.bankTransfer.accountNumber,
      amount: 100_000 + 1_000 * i,
      content: "NAP ZCA",
      paidAt: new Date().toISOString(),
    }));
    for (const notice of notices) {
      const res = await send(server.url, "POST", "/api/payments/bank/webhook", bankNoticeRequest(notice));
      expect(res.status, res.text).toBe(200);
    }

    // The worker's next pass (every 10 s) sends them one by one: the kill lands mid-burst.
    await expect
      .poll(() => zns!.received.length, { timeout: 30_000, interval: 20 })
      .toBeGreaterThanOrEqual(KILL_AFTER_SENDS);
    await server.stop("SIGKILL");
    const sentBeforeKill = zns.received.length;

    server = await start();
    const written = NOTICES * RECIPIENTS;
    // Each one's inbox says "sent" once its answer is recorded: the one claimed when the process
    // died waits for its claim to lapse (30 s), then goes again.
    const sentTo = async (person: string) => {
      const token = (await issueSessionToken(SECRET, person, "dev")).token;
      const inbox = await send(server.url, "GET", `/api/accounts/${ACCOUNT}/inbox?limit=100`, { token });
      return (inbox.body.items as { delivery: string }[]).filter((item) => item.delivery === "sent").length;
    };
    try {
      await expect
        .poll(async () => (await sentTo("binh")) + (await sentTo("em")), { timeout: 90_000, interval: 500 })
        .toBe(written);
    } finally {
      await server.stop("SIGTERM");
    }

    const after = await database.open();
    try {
      const rows = await queryRows<{ id: string; status: string }>(
        after.db,
        sql`SELECT id, status FROM notifications`,
      );
      expect(rows).toHaveLength(written);
      expect(rows.every((row) => row.status === "sent")).toBe(true);
      expect(new Set(zns.received.map((m) => m.trackingId))).toEqual(new Set(rows.map((row) => row.id)));
      const repeated = zns.received.length - written;
      // Sends cut off by the kill are repeated; one process sends one at a time, so one at most.
      expect(repeated).toBeLessThanOrEqual(1);
      expect((await checkConsistency(after.db)).problems).toEqual([]);
      console.log(
        `notifications through a SIGKILL (${kind}): killed after ${sentBeforeKill} of ${written} sends; ` +
          `after the restart all ${written} sent, ${repeated} sent twice`,
      );
    } finally {
      await after.close();
    }
  }, 180_000);
});
