import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DeliveryStatus, Inbox, InboxItem, NotificationEvent } from "../../src/domain/notifications";
import type { Actor } from "../actor";
import type { Db } from "../db/client";
import { notifications } from "../db/schema";
import { decodeCursor, pageOf } from "../pages";
import { authorize } from "../policy";
import { runCommand } from "./command";

export const INBOX_PAGE_MAX = 100;

interface InboxRow {
  id: string;
  account_name: string;
  event: NotificationEvent;
  status: DeliveryStatus;
  zalo_error: number | null;
  read_at: string | Date | null;
  at: string;
}

/** "Thông báo": the person's own notifications from one ZCA, newest first, a page at a time, and how many are unread. */
export async function listInbox(
  db: Db,
  personId: string,
  accountId: string,
  opts: { limit: number; cursor?: string },
): Promise<Inbox> {
  await authorize(db, personId, accountId, "account.view");
  const after = opts.cursor ? decodeCursor(opts.cursor, ["time", "text"]) : null;
  const result = (await db.execute(sql`
    SELECT n.id, a.name AS account_name, n.event, n.status, n.zalo_error, n.read_at,
           to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
    FROM notifications n JOIN accounts a ON a.id = n.account_id
    WHERE n.person_id = ${personId} AND n.account_id = ${accountId}
      AND ${after ? sql`(n.created_at, n.id) < (${after[0]}::timestamptz, ${after[1]})` : sql`true`}
    ORDER BY n.created_at DESC, n.id DESC
    LIMIT ${opts.limit + 1}`)) as unknown as { rows: InboxRow[] };
  const unread = await db.$count(
    notifications,
    and(
      eq(notifications.personId, personId),
      eq(notifications.accountId, accountId),
      isNull(notifications.readAt),
    ),
  );
  return { ...pageOf(result.rows, opts.limit, toItem, (row) => [row.at, row.id]), unread };
}

function toItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    accountName: row.account_name,
    event: row.event,
    delivery: row.status,
    deliveryError: row.zalo_error,
    createdAt: row.at,
    read: row.read_at !== null,
  };
}

/** Marks the person's own notifications `ids` read; anyone else's, or another ZCA's, are left as they are. */
export async function markRead(db: Db, actor: Actor, accountId: string, ids: string[]): Promise<void> {
  await runCommand(db, actor, { accountId, permission: "account.view" }, async ({ tx }) => {
    await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          inArray(notifications.id, ids),
          eq(notifications.personId, actor.personId),
          eq(notifications.accountId, accountId),
          isNull(notifications.readAt),
        ),
      );
  });
}
