import { sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { staffAudit } from "../db/schema";
import { ApiError } from "../errors";
import { decodeCursor, pageOf } from "../pages";

/** The actions the staff audit trail records. */
export type StaffAction =
  | "sign_in"
  | "sign_in_refused"
  | "sign_out"
  | "accounts_searched"
  | "account_viewed"
  | "staff_role_changed";

export interface StaffAuditEntry {
  staffId: string | null;
  staffEmail: string;
  action: StaffAction;
  accountId?: string;
  requestId?: string;
  detail?: Record<string, unknown>;
}

export async function recordStaffAction(db: Db | Tx, entry: StaffAuditEntry): Promise<void> {
  await db.insert(staffAudit).values({ ...entry, detail: entry.detail ?? {} });
}

interface AuditRow {
  id: string;
  at: string;
  staff_id: string | null;
  staff_email: string;
  staff_name: string | null;
  action: string;
  account_id: string | null;
  detail: Record<string, unknown>;
}

/** The staff audit trail, newest first, a page at a time. */
export async function listStaffAudit(db: Db, opts: { limit: number; cursor?: string }) {
  const after = opts.cursor ? decodeCursor(opts.cursor, ["time", "text"]) : null;
  if (after && !/^\d{1,18}$/.test(after[1]!))
    throw new ApiError("invalid_input", "This cursor is not one we gave.");
  const result = (await db.execute(sql`
    SELECT a.id::text AS id, a.staff_id, a.staff_email, s.name AS staff_name, a.action, a.account_id, a.detail,
           to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
    FROM staff_audit a LEFT JOIN staff s ON s.id = a.staff_id
    WHERE ${after ? sql`(a.at, a.id) < (${after[0]}::timestamptz, ${after[1]}::bigint)` : sql`true`}
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${opts.limit + 1}`)) as unknown as { rows: AuditRow[] };
  return pageOf(
    result.rows,
    opts.limit,
    (row) => ({
      id: row.id,
      at: row.at,
      staffId: row.staff_id,
      staffEmail: row.staff_email,
      staffName: row.staff_name,
      action: row.action,
      accountId: row.account_id,
      detail: row.detail,
    }),
    (row) => [row.at, row.id],
  );
}
