// The one way a write runs (server/services/command.ts): what a ZCA's audit trail and rows hold
// after a command that failed, lost a race, or was not allowed.
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { notificationSettings } from "../../server/db/schema";
import { runCommand } from "../../server/services/command";
import { auditActions, countRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";

const { server } = freshServer();
const ACCOUNT = "zca-binh-minh";
const binh = { personId: "binh", requestId: "req-command" };
const alerts = { accountId: ACCOUNT, kind: "lowBalance" as const, enabled: true, threshold: 1 };

describe("runCommand", () => {
  beforeEach(async () => {
    // The seed sets this ZCA's low-balance alert: the work inserts it anew.
    await server.db.execute(sql`DELETE FROM notification_settings WHERE account_id = ${ACCOUNT}`);
  });

  it("writes nothing, no audit event either, when the work fails after recording one", async () => {
    const before = await auditActions(server.db, ACCOUNT);
    const run = runCommand(
      server.db,
      binh,
      { accountId: ACCOUNT, permission: "alerts.manage" },
      async (w) => {
        await w.tx.insert(notificationSettings).values(alerts);
        w.audit({ action: "wallet.alerts", subjectId: ACCOUNT });
        throw new Error("the work failed");
      },
    );
    await expect(run).rejects.toThrow("the work failed");
    expect(await auditActions(server.db, ACCOUNT)).toEqual(before);
    expect(await countRows(server.db, "notification_settings")).toBe(0);
  });

  it("runs again after a lost unique race, keeping only the events of the run that committed", async () => {
    let runs = 0;
    const answer = await runCommand(
      server.db,
      binh,
      { accountId: ACCOUNT, permission: "alerts.manage" },
      async (w) => {
        runs++;
        w.audit({ action: "test.try", subjectId: String(runs) });
        await w.tx.insert(notificationSettings).values(alerts);
        // The first run meets the unique index, as a request that lost a race would.
        if (runs === 1) await w.tx.insert(notificationSettings).values(alerts);
        return runs;
      },
    );
    expect(answer).toBe(2);
    const rows = await server.db.execute(
      sql`SELECT actor_id, action, account_id, subject_id, request_id FROM audit_events WHERE action = 'test.try'`,
    );
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
      {
        actor_id: "binh",
        action: "test.try",
        account_id: ACCOUNT,
        subject_id: "2",
        request_id: "req-command",
      },
    ]);
  });

  it("refuses a person the policy does not allow before the work runs", async () => {
    let ran = false;
    const run = runCommand(
      server.db,
      { personId: "an" },
      { accountId: ACCOUNT, permission: "alerts.manage" },
      async () => {
        ran = true;
      },
    );
    await expect(run).rejects.toMatchObject({ code: "forbidden" });
    expect(ran).toBe(false);
  });
});
