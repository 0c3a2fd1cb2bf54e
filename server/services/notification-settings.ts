import { and, eq, inArray } from "drizzle-orm";
import { type NotificationSettings, type NotificationSettingsChange } from "../../src/domain/notifications";
import { NOTIFICATION_KINDS, type NotificationKind } from "../../src/domain/notification-kinds";
import { mayEditNotification, mayReceiveNotification } from "../../src/domain/permissions";
import type { Actor } from "../actor";
import type { Db, Tx } from "../db/client";
import { accountMembers, notificationSettings } from "../db/schema";
import { ApiError } from "../errors";
import { authorize } from "../policy";
import { runCommand } from "./command";

type SettingRow = typeof notificationSettings.$inferSelect;

function kindOf(kind: NotificationKind, row: SettingRow | undefined) {
  const base = { enabled: row?.enabled ?? false, recipients: row?.recipients ?? [] };
  if (kind === "lowBalance") {
    return { ...base, threshold: row?.threshold ?? 0, thresholdDays: row?.thresholdDays ?? null };
  }
  if (kind === "balanceMovement") return { ...base, threshold: row?.threshold ?? 0 };
  return base;
}

/** A ZCA's "Quản lý thông báo": a kind nobody saved is off, with no recipients. */
export async function readNotificationSettings(
  db: Db | Tx,
  accountId: string,
): Promise<NotificationSettings> {
  const rows = await db
    .select()
    .from(notificationSettings)
    .where(eq(notificationSettings.accountId, accountId));
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, kindOf(kind, byKind.get(kind))]),
  ) as NotificationSettings;
}

/** Every member sees the screen. */
export async function getNotificationSettings(
  db: Db,
  personId: string,
  accountId: string,
): Promise<NotificationSettings> {
  await authorize(db, personId, accountId, "account.view");
  return readNotificationSettings(db, accountId);
}

/**
 * Saves the kinds `change` names, each one whole. Each needs its own right (mayEditNotification:
 * Finance only the money kinds), and each recipient must be a member whose role may see what the
 * kind tells, or the whole change is refused (422 `recipient_not_allowed`). Under the ZCA's lock,
 * as member changes are: a member removed meanwhile is not saved as a recipient.
 */
export async function putNotificationSettings(
  db: Db,
  actor: Actor,
  accountId: string,
  change: NotificationSettingsChange,
): Promise<NotificationSettings> {
  return runCommand(
    db,
    actor,
    { accountId, permission: "account.view", lock: true },
    async ({ tx, role, audit }) => {
      const kinds = NOTIFICATION_KINDS.filter((kind) => change[kind] !== undefined);
      if (kinds.some((kind) => !mayEditNotification(role, kind))) throw new ApiError("forbidden");
      const named = [...new Set(kinds.flatMap((kind) => change[kind]!.recipients))];
      const members = named.length
        ? await tx
            .select({ personId: accountMembers.personId, role: accountMembers.role })
            .from(accountMembers)
            .where(and(eq(accountMembers.accountId, accountId), inArray(accountMembers.personId, named)))
        : [];
      const roleOf = new Map(members.map((member) => [member.personId, member.role]));
      for (const kind of kinds) {
        for (const personId of change[kind]!.recipients) {
          const memberRole = roleOf.get(personId);
          if (!memberRole || !mayReceiveNotification(memberRole, kind)) {
            throw new ApiError("recipient_not_allowed");
          }
        }
      }
      for (const kind of kinds) {
        const setting = change[kind]!;
        const values = {
          enabled: setting.enabled,
          recipients: setting.recipients,
          threshold: "threshold" in setting ? setting.threshold : 0,
          thresholdDays: "thresholdDays" in setting ? (setting.thresholdDays ?? null) : null,
          // A new threshold starts over: the next crossing alerts, whatever the old one said.
          ...(kind === "lowBalance" ? { below: false } : {}),
          updatedAt: new Date(),
        };
        await tx
          .insert(notificationSettings)
          .values({ accountId, kind, ...values })
          .onConflictDoUpdate({
            target: [notificationSettings.accountId, notificationSettings.kind],
            set: values,
          });
        audit({
          action: "notifications.settings",
          subjectId: kind,
          detail: { ...values, updatedAt: undefined },
        });
      }
      return readNotificationSettings(tx, accountId);
    },
  );
}
