import { sql, type SQL } from "drizzle-orm";
import { parseVietnamMobile } from "../../src/domain/phone";
import type { Db } from "../db/client";
import { ApiError } from "../errors";
import { decodeCursor, pageOf } from "../pages";

const SEARCH_LIMIT = 50;

interface FoundRow {
  id: string;
  name: string;
  tax_code: string | null;
  super_admin_phone: string;
  balance: string;
  created_at: string;
}

/**
 * "Tìm ZCA": by a word of its name (tone marks ignored), its tax code, a member's phone (or the
 * Super Admin's, or an invited one), an OA id or an App id linked to it. At most 50, by name.
 */
export async function searchAccounts(db: Db, q: string) {
  const phone = parseVietnamMobile(q);
  const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const matches: SQL[] = [
    sql`fold_vi(a.name) LIKE fold_vi(${pattern})`,
    sql`b.tax_code = ${q}`,
    sql`a.tax_code_confirmed = ${q}`,
    sql`EXISTS (SELECT 1 FROM account_oas o WHERE o.account_id = a.id AND o.oa_id = ${q})`,
    sql`EXISTS (SELECT 1 FROM account_apps p WHERE p.account_id = a.id AND p.app_id = ${q})`,
  ];
  if (phone.ok) {
    matches.push(
      sql`a.super_admin_phone = ${phone.e164}`,
      sql`EXISTS (SELECT 1 FROM account_members m JOIN people pe ON pe.zalo_id = m.person_id
                  WHERE m.account_id = a.id AND pe.phone = ${phone.e164})`,
      sql`EXISTS (SELECT 1 FROM account_invitations i WHERE i.account_id = a.id AND i.phone = ${phone.e164})`,
    );
  }
  const result = (await db.execute(sql`
    SELECT a.id, a.name, coalesce(b.tax_code, a.tax_code_confirmed) AS tax_code, a.super_admin_phone,
           a.balance::text AS balance, to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at
    FROM accounts a LEFT JOIN account_business b ON b.account_id = a.id
    WHERE ${sql.join(matches, sql` OR `)}
    ORDER BY a.name, a.id
    LIMIT ${SEARCH_LIMIT}`)) as unknown as { rows: FoundRow[] };
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    taxCode: row.tax_code,
    superAdminPhone: row.super_admin_phone,
    balance: Number(row.balance),
    createdAt: row.created_at,
  }));
}

/** One ZCA as staff see it: its details, business, members, invitations, OAs and apps. */
export async function readAccountForStaff(db: Db, accountId: string) {
  const rows = <T>(query: SQL) => db.execute(query).then((r) => (r as unknown as { rows: T[] }).rows);
  const [account] = await rows<Record<string, unknown>>(sql`
    SELECT a.id, a.name, a.super_admin_phone AS "superAdminPhone", a.balance::text AS balance,
           to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
           b.company_name AS "companyName", coalesce(b.tax_code, a.tax_code_confirmed) AS "taxCode",
           b.address, b.email, t.account_number AS "transferAccount"
    FROM accounts a LEFT JOIN account_business b ON b.account_id = a.id
    LEFT JOIN transfer_accounts t ON t.account_id = a.id
    WHERE a.id = ${accountId}`);
  if (!account) throw new ApiError("not_found");
  const [members, invitations, oas, apps] = await Promise.all([
    rows(sql`
      SELECT m.person_id AS "personId", p.name, p.phone, m.role,
             to_char(m.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "addedAt"
      FROM account_members m JOIN people p ON p.zalo_id = m.person_id
      WHERE m.account_id = ${accountId} ORDER BY m.added_at, m.person_id`),
    rows(sql`
      SELECT phone, role, to_char(invited_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "invitedAt"
      FROM account_invitations WHERE account_id = ${accountId} ORDER BY invited_at, phone`),
    rows(sql`
      SELECT o.id, o.name, o.verified, to_char(l.linked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "linkedAt"
      FROM account_oas l JOIN oas o ON o.id = l.oa_id WHERE l.account_id = ${accountId} ORDER BY o.name, o.id`),
    rows(sql`
      SELECT p.id, p.name FROM account_apps l JOIN apps p ON p.id = l.app_id
      WHERE l.account_id = ${accountId} ORDER BY p.name, p.id`),
  ]);
  return { ...account, balance: Number(account.balance), members, invitations, oas, apps };
}

/** The long lists of a ZCA, read a page at a time, newest first. */
export const ACCOUNT_SECTIONS = ["ledger", "topups", "invoices", "notifications", "events"] as const;
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

const SECTION_QUERIES: Record<AccountSection, { table: string; at: string; columns: string }> = {
  ledger: {
    table: "ledger_entries",
    at: "created_at",
    columns:
      'kind, amount::text AS amount, balance_after::text AS "balanceAfter", method, provider, reference, description',
  },
  topups: {
    table: "topups",
    at: "created_at",
    columns: 'amount::text AS amount, method, status, reference, review_reason AS "reviewReason"',
  },
  invoices: {
    table: "invoices",
    at: "created_at",
    columns: 'amount::text AS amount, status, number, series, buyer_tax_code AS "buyerTaxCode"',
  },
  notifications: {
    table: "notifications",
    at: "created_at",
    columns: 'kind, status, person_id AS "personId"',
  },
  events: {
    table: "audit_events",
    at: "at",
    columns: 'action, actor_id AS "actorId", subject_id AS "subjectId"',
  },
};

export async function readAccountSection(
  db: Db,
  accountId: string,
  section: AccountSection,
  opts: { limit: number; cursor?: string },
) {
  const after = opts.cursor ? decodeCursor(opts.cursor, ["time", "text"]) : null;
  const q = SECTION_QUERIES[section];
  // Ids are text or bigint by table: compared and ordered as text, the same way on both sides.
  const result = (await db.execute(sql`
    SELECT id::text AS id, ${sql.raw(q.columns)},
           to_char(${sql.raw(q.at)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
    FROM ${sql.raw(q.table)}
    WHERE account_id = ${accountId}
      AND ${after ? sql`(${sql.raw(q.at)}, id::text) < (${after[0]}::timestamptz, ${after[1]})` : sql`true`}
    ORDER BY ${sql.raw(q.at)} DESC, id::text DESC
    LIMIT ${opts.limit + 1}`)) as unknown as {
    rows: { id: string; at: string; amount?: string; balanceAfter?: string }[];
  };
  return pageOf(
    result.rows,
    opts.limit,
    (row) => ({
      ...row,
      ...(row.amount !== undefined ? { amount: Number(row.amount) } : {}),
      ...(row.balanceAfter !== undefined ? { balanceAfter: Number(row.balanceAfter) } : {}),
    }),
    (row) => [row.at, row.id],
  );
}
