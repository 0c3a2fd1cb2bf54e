import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import pg from "pg";
import type { Db } from "../../../server/db/client";
import { queryRows } from "./fixtures";

export const ALL_TABLES = [
  "people",
  "oas",
  "oa_admins",
  "apps",
  "app_admins",
  "accounts",
  "account_members",
  "account_invitations",
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
  "notification_settings",
  "notifications",
  "invoices",
  "usage_holds",
  "usage_refusals",
] as const;

/** One hash of every row of every table: equal before and after means nothing was written. */
const CHECKSUM = `SELECT md5(string_agg(part, ',' ORDER BY part)) AS sum FROM (${ALL_TABLES.map(
  (table) =>
    `SELECT '${table}' || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS part FROM "${table}" t`,
).join(" UNION ALL ")}) s`;
const CHECKSUM_STATEMENT = "zca_test_checksum";
const preparedOn = new WeakSet<PGlite>();

/**
 * One hash of every row of every table: equal before and after means nothing was written.
 * A prepared statement, planned once per connection: planning its 21 sorted aggregates cost
 * about three times running them, and the fuzz and authz suites take one after each request.
 */
export async function databaseChecksum(db: Db): Promise<string> {
  const client = (db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (client instanceof pg.Pool) {
    // node-postgres prepares a named statement on each connection the first time it runs there.
    const { rows } = await client.query<{ sum: string }>({ name: CHECKSUM_STATEMENT, text: CHECKSUM });
    return rows[0]!.sum;
  }
  // PGlite is one session: the statement prepared on it stays until it closes.
  if (!preparedOn.has(client)) {
    await client.exec(`PREPARE ${CHECKSUM_STATEMENT} AS ${CHECKSUM}`);
    preparedOn.add(client);
  }
  const { rows } = await client.query<{ sum: string }>(`EXECUTE ${CHECKSUM_STATEMENT}`);
  return rows[0]!.sum;
}

/** Row count of each table, for figures and for "nothing was written" messages that say where. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const parts = ALL_TABLES.map(
    (table) => sql`SELECT ${table} AS name, count(*)::int AS n FROM ${sql.identifier(table)}`,
  );
  const rows = await queryRows<{ name: string; n: number }>(db, sql.join(parts, sql` UNION ALL `));
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

/**
 * Puts the database in the state `prepare` makes before each case, and answers that state's
 * checksum. `prepare` runs again only when the database is no longer in that state (by
 * checksum), so a case that wrote nothing, a read or a refusal, costs the next one no reset.
 */
export function preparedState(db: () => Db, prepare: () => Promise<void>): () => Promise<string> {
  let prepared: string | undefined;
  return async () => {
    if (prepared !== undefined && (await databaseChecksum(db())) === prepared) return prepared;
    await prepare();
    prepared = await databaseChecksum(db());
    return prepared;
  };
}
