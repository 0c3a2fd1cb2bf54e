import { eq } from "drizzle-orm";
import type { AlertSettings } from "../../src/domain/types";
import type { Actor } from "../actor";
import type { Db, Tx } from "../db/client";
import { alertSettings } from "../db/schema";
import { authorize } from "../policy";
import { runCommand } from "./command";

/** A ZCA's alerts: the low-balance warning is off (threshold 0) until someone sets it. */
export async function readAlerts(db: Db | Tx, accountId: string): Promise<AlertSettings> {
  const [row] = await db.select().from(alertSettings).where(eq(alertSettings.accountId, accountId));
  return {
    lowBalance: { enabled: row?.lowBalanceEnabled ?? false, threshold: row?.lowBalanceThreshold ?? 0 },
  };
}

export async function getAlerts(db: Db, personId: string, accountId: string): Promise<AlertSettings> {
  await authorize(db, personId, accountId, "alerts.manage");
  return readAlerts(db, accountId);
}

export async function putAlerts(
  db: Db,
  actor: Actor,
  accountId: string,
  alerts: AlertSettings,
): Promise<AlertSettings> {
  await runCommand(db, actor, { accountId, permission: "alerts.manage" }, async ({ tx, audit }) => {
    const values = {
      lowBalanceEnabled: alerts.lowBalance.enabled,
      lowBalanceThreshold: alerts.lowBalance.threshold,
      updatedAt: new Date(),
    };
    await tx
      .insert(alertSettings)
      .values({ accountId, ...values })
      .onConflictDoUpdate({ target: alertSettings.accountId, set: values });
    audit({
      action: "wallet.alerts",
      subjectId: accountId,
      detail: { ...alerts.lowBalance },
    });
  });
  return alerts;
}
