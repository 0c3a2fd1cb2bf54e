import { sql } from "drizzle-orm";
import type { Db } from "../../../server/db/client";
import { queryRows } from "./fixtures";

export const ALL_TABLES = [
  "people",
  "oas",
  "oa_admins",
  "apps",
  "accounts",
  "account_oas",
  "account_apps",
  "account_business",
  "idempotency_keys",
  "audit_events",
  "oa_grants",
  "oa_tokens",
  "transfer_accounts",
  "topups",
  "ledger_entries",
  "unmatched_payments",
  "invoice_info",
  "alert_settings",
] as const;

/** One hash of every row of every table: equal before and after means nothing was written. */
export async function databaseChecksum(db: Db): Promise<string> {
  const parts = ALL_TABLES.map(
    (table) =>
      sql`SELECT ${table} || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS part
          FROM ${sql.identifier(table)} t`,
  );
  const [row] = await queryRows<{ sum: string }>(
    db,
    sql`SELECT md5(string_agg(part, ',' ORDER BY part)) AS sum FROM (${sql.join(parts, sql` UNION ALL `)}) s`,
  );
  return row!.sum;
}

/** Row count of each table, for figures and for "nothing was written" messages that say where. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const parts = ALL_TABLES.map(
    (table) => sql`SELECT ${table} AS name, count(*)::int AS n FROM ${sql.identifier(table)}`,
  );
  const rows = await queryRows<{ name: string; n: number }>(db, sql.join(parts, sql` UNION ALL `));
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}
