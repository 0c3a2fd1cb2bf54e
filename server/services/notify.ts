import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { balanceLastsDays } from "../../src/domain/balance-forecast";
import type { NotificationEvent } from "../../src/domain/notifications";
import type { NotificationKind } from "../../src/domain/notification-kinds";
import { mayReceiveNotification } from "../../src/domain/permissions";
import type { Tx } from "../db/client";
import { accountMembers, accounts, apps, notifications, notificationSettings, oas } from "../db/schema";
import { spentLately } from "./wallet";

/**
 * Writes one notification per recipient of the event's kind, in the caller's transaction (the
 * outbox: it exists exactly when the event does). Recipients are read now: a kind that is off
 * writes nothing, and a recipient who left the ZCA or whose role may no longer see the kind is
 * skipped. `eventKey` names the event: the same event never notifies one person twice.
 */
export async function notify(
  tx: Tx,
  accountId: string,
  eventKey: string,
  event: NotificationEvent,
): Promise<number> {
  const [setting] = await tx
    .select({ enabled: notificationSettings.enabled, recipients: notificationSettings.recipients })
    .from(notificationSettings)
    .where(and(eq(notificationSettings.accountId, accountId), eq(notificationSettings.kind, event.kind)));
  if (!setting?.enabled || setting.recipients.length === 0) return 0;
  const recipients = await receiving(tx, accountId, event.kind, setting.recipients);
  if (recipients.length === 0) return 0;
  const written = await tx
    .insert(notifications)
    .values(
      recipients.map((personId) => ({
        id: `notif-${randomUUID()}`,
        accountId,
        personId,
        eventKey,
        kind: event.kind,
        event,
      })),
    )
    .onConflictDoNothing({ target: [notifications.eventKey, notifications.personId] })
    .returning({ id: notifications.id });
  return written.length;
}

async function receiving(
  tx: Tx,
  accountId: string,
  kind: NotificationKind,
  named: string[],
): Promise<string[]> {
  const members = await tx
    .select({ personId: accountMembers.personId, role: accountMembers.role })
    .from(accountMembers)
    .where(and(eq(accountMembers.accountId, accountId), inArray(accountMembers.personId, named)));
  return members
    .filter((member) => mayReceiveNotification(member.role, kind))
    .map((member) => member.personId);
}

/** An OA or app linked to the ZCA or unlinked from it (a security signal), told by its name. */
export async function tellAssets(
  tx: Tx,
  accountId: string,
  change: "linked" | "unlinked",
  asset: "oa" | "app",
  assetId: string,
): Promise<void> {
  const table = asset === "oa" ? oas : apps;
  const [row] = await tx.select({ name: table.name }).from(table).where(eq(table.id, assetId));
  await notify(tx, accountId, `assets:${randomUUID()}`, {
    kind: "assets",
    change,
    asset,
    assetName: row?.name ?? assetId,
  });
}

/** A top-up's payment failed: told as a balance movement, once per top-up. */
export async function paymentFailed(
  tx: Tx,
  topup: { id: string; accountId: string; amount: number },
): Promise<void> {
  const [account] = await tx
    .select({ balance: accounts.balance })
    .from(accounts)
    .where(eq(accounts.id, topup.accountId));
  await notify(tx, topup.accountId, `payment_failed:${topup.id}`, {
    kind: "balanceMovement",
    movement: "payment_failed",
    amount: topup.amount,
    balance: account!.balance,
  });
}

/** One move of a ZCA's balance, as its ledger entry records it. */
export interface BalanceMove {
  accountId: string;
  kind: "credit" | "debit";
  amount: number;
  balanceBefore: number;
  balanceAfter: number;
  /** Unique per move (the provider's transaction id, the usage event's id): it names the event. */
  reference: string;
}

/**
 * Call in the transaction that moved the balance, after its ledger entry is written. Tells the
 * balance movement its setting asks for (every credit; a debit above the setting's amount) and
 * the low-balance alert: a debit that leaves the balance under the threshold (in đồng, or in days
 * at the last 30 days' spending) alerts once per recipient, and nothing more until a move takes
 * the balance back above it. That state is `below` on the setting's row, flipped by a conditional
 * update, so debits racing across the threshold alert once between them.
 */
export async function balanceMoved(tx: Tx, move: BalanceMove): Promise<void> {
  const { accountId, kind, amount, balanceAfter, reference } = move;
  const [movement, low] = await tx
    .select()
    .from(notificationSettings)
    .where(
      and(
        eq(notificationSettings.accountId, accountId),
        inArray(notificationSettings.kind, ["balanceMovement", "lowBalance"]),
      ),
    )
    .orderBy(notificationSettings.kind)
    .then((rows) => [
      rows.find((r) => r.kind === "balanceMovement"),
      rows.find((r) => r.kind === "lowBalance"),
    ]);
  if (movement?.enabled && (kind === "credit" || amount > movement.threshold)) {
    await notify(tx, accountId, `${kind}:${reference}`, {
      kind: "balanceMovement",
      movement: kind,
      amount,
      balance: balanceAfter,
    });
  }
  if (!low?.enabled) return;
  const days = low.thresholdDays ? balanceLastsDays(balanceAfter, await spentLately(tx, accountId)) : null;
  const below = low.thresholdDays ? days !== null && days < low.thresholdDays : balanceAfter < low.threshold;
  const thisSetting = and(
    eq(notificationSettings.accountId, accountId),
    eq(notificationSettings.kind, "lowBalance"),
  );
  if (!below) {
    await tx
      .update(notificationSettings)
      .set({ below: false })
      .where(and(thisSetting, eq(notificationSettings.below, true)));
    return;
  }
  if (kind !== "debit") return;
  const crossed = await tx
    .update(notificationSettings)
    .set({ below: true })
    .where(and(thisSetting, eq(notificationSettings.below, false)))
    .returning({ accountId: notificationSettings.accountId });
  if (crossed.length === 0) return;
  await notify(tx, accountId, `lowBalance:${reference}`, {
    kind: "lowBalance",
    balance: balanceAfter,
    threshold: low.threshold,
    thresholdDays: low.thresholdDays,
    daysLeft: days,
  });
}
