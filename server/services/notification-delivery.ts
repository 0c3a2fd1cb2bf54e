import { and, eq, lte } from "drizzle-orm";
import { isLang } from "../../src/domain/languages";
import type { Db } from "../db/client";
import { accounts, notifications, people } from "../db/schema";
import { errorFields, type Log } from "../log";
import { OperatorNotAuthorized, type OperatorToken } from "../zns/operator-token";
import { templateData, templateIdFor, type ZnsTemplates } from "../zns/templates";
import { znsRefusal, type Zns, type ZnsAnswer, type ZnsMessage } from "../zns/zns";
import { startPeriodic, type Periodic } from "./periodic";

/** After this many failed attempts a notification's Zalo message is `failed` (the inbox keeps it). */
export const NOTIFY_MAX_ATTEMPTS = 12;
/** The first retry's wait; each next one doubles it, up to NOTIFY_RETRY_MAX_MS. */
export const NOTIFY_RETRY_BASE_MS = 30_000;
const NOTIFY_RETRY_MAX_MS = 60 * 60_000;
/** How long a claimed notification is left to the instance sending it (Zalo has ZNS_TIMEOUT_MS to answer). */
const CLAIM_LEASE_MS = 30_000;
/** Notifications one pass of the worker sends at most. */
const NOTIFICATIONS_PER_PASS = 50;

export interface Delivery {
  zns: Zns;
  token: OperatorToken;
  templates: ZnsTemplates;
}

export function notifyRetryDelayMs(attempts: number): number {
  return Math.min(NOTIFY_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), NOTIFY_RETRY_MAX_MS);
}

type Claimed = {
  notification: typeof notifications.$inferSelect;
  phone: string | null;
  lang: string | null;
  accountName: string;
};

/**
 * One pass of the delivery worker. Each notification due is claimed (locked, SKIP LOCKED, and its
 * next attempt moved past CLAIM_LEASE_MS, so every instance works and never two on one), then sent
 * as a ZBS Template Message outside any transaction, its id as Zalo's tracking_id, and Zalo's
 * answer recorded. A crash between the send and the record leaves it pending: it is sent once
 * more when the lease ends, the one repeat a crash can cause. Returns how many were sent.
 */
export async function deliverDueNotifications(
  db: Db,
  delivery: Delivery,
  log: Log,
  now = new Date(),
): Promise<number> {
  let sent = 0;
  for (let i = 0; i < NOTIFICATIONS_PER_PASS; i++) {
    const claimed = await claimNext(db, now);
    if (!claimed) break;
    if ((await deliver(db, delivery, log, claimed, now)) === "sent") sent++;
  }
  return sent;
}

async function claimNext(db: Db, now: Date): Promise<Claimed | null> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .select({
        notification: notifications,
        phone: people.phone,
        lang: people.lang,
        accountName: accounts.name,
      })
      .from(notifications)
      .innerJoin(people, eq(people.id, notifications.personId))
      .innerJoin(accounts, eq(accounts.id, notifications.accountId))
      .where(and(eq(notifications.status, "pending"), lte(notifications.nextAttemptAt, now)))
      .orderBy(notifications.nextAttemptAt)
      .limit(1)
      .for("update", { of: notifications, skipLocked: true });
    if (!claimed) return null;
    await tx
      .update(notifications)
      .set({ nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where(eq(notifications.id, claimed.notification.id));
    return claimed;
  });
}

async function deliver(db: Db, delivery: Delivery, log: Log, claimed: Claimed, now: Date) {
  const { notification } = claimed;
  const record = (changes: Partial<typeof notifications.$inferInsert>) =>
    db
      .update(notifications)
      .set(changes)
      .where(and(eq(notifications.id, notification.id), eq(notifications.status, "pending")));
  // Zalo takes 84… (people.phone is E.164): a person without a Vietnamese phone cannot receive it.
  const phone = claimed.phone?.startsWith("+84") ? claimed.phone.slice(1) : null;
  if (!phone) {
    await record({ status: "undeliverable", lastError: "no_phone" });
    return "undeliverable" as const;
  }
  const lang = isLang(claimed.lang) ? claimed.lang : "vi";
  const message: ZnsMessage = {
    phone,
    templateId: templateIdFor(delivery.templates, notification.kind, lang),
    templateData: templateData(notification.event, claimed.accountName, lang),
    trackingId: notification.id,
  };
  let answer: ZnsAnswer;
  try {
    answer = await sendRefreshingOnce(delivery, message);
  } catch (error) {
    if (error instanceof OperatorNotAuthorized) {
      // Nothing was sent: it waits, its attempts untouched, until the operator OA is authorized.
      await record({ nextAttemptAt: new Date(now.getTime() + NOTIFY_RETRY_BASE_MS) });
      throw error;
    }
    await retryLater(record, notification.attempts, now, String((error as Error).message ?? error), null);
    log.warn({ event: "notification_attempt", notificationId: notification.id, ...errorFields(error) });
    return "later" as const;
  }
  if (answer.ok) {
    await record({ status: "sent", sentAt: now, zaloMsgId: answer.msgId, zaloError: null, lastError: null });
    return "sent" as const;
  }
  if (znsRefusal(answer.error) === "cannot_receive") {
    await record({
      status: "undeliverable",
      zaloError: answer.error,
      lastError: answer.message.slice(0, 500),
    });
    return "undeliverable" as const;
  }
  await retryLater(record, notification.attempts, now, answer.message.slice(0, 500), answer.error);
  log.warn({ event: "notification_attempt", notificationId: notification.id, zaloError: answer.error });
  return "later" as const;
}

/** Sends with the operator's token; a token Zalo calls invalid or expired is refreshed once and the send tried again. */
async function sendRefreshingOnce(delivery: Delivery, message: ZnsMessage): Promise<ZnsAnswer> {
  const token = await delivery.token.current();
  const answer = await delivery.zns.send(token, message);
  if (answer.ok || znsRefusal(answer.error) !== "token") return answer;
  return delivery.zns.send(await delivery.token.refreshed(token), message);
}

async function retryLater(
  record: (changes: Partial<typeof notifications.$inferInsert>) => Promise<unknown>,
  attemptsBefore: number,
  now: Date,
  lastError: string,
  zaloError: number | null,
) {
  const attempts = attemptsBefore + 1;
  await record({
    attempts,
    lastError,
    zaloError,
    nextAttemptAt: new Date(now.getTime() + notifyRetryDelayMs(attempts)),
    ...(attempts >= NOTIFY_MAX_ATTEMPTS ? { status: "failed" as const } : {}),
  });
}

/** Delivers due notifications every `everyMs` (services/periodic.ts). */
export function startNotificationWorker(db: Db, delivery: Delivery, log: Log, everyMs: number): Periodic {
  return startPeriodic(() => deliverDueNotifications(db, delivery, log), log, "notification_worker", everyMs);
}
