import { and, eq, sql } from "drizzle-orm";
import type { TopupMethod } from "../../src/domain/money";
import type { Page, Spending, TopupStatus, Transaction, TransactionKind } from "../../src/domain/types";
import { addMonths, currentMonth, monthsInRange, REPORT_TIME_ZONE } from "../../src/domain/report-range";
import type { Db } from "../db/client";
import { apps, ledgerEntries, oas } from "../db/schema";
import { decodeCursor, pageOf } from "../pages";
import { authorize } from "../policy";

export const TRANSACTIONS_PAGE_MAX = 100;

interface Row {
  key: string;
  created_at: string | Date;
  at: string;
  kind: TransactionKind;
  amount: string | number;
  balance_after: string | number | null;
  method: TopupMethod | null;
  status: TopupStatus;
  reference: string | null;
  description: string;
  invoice: boolean;
}

/**
 * A ZCA's history, newest first, a page at a time (keyset on time and key): every ledger entry,
 * with the balance after it, and the top-ups not credited (pending or failed) beside them.
 */
export async function listTransactions(
  db: Db,
  personId: string,
  accountId: string,
  opts: { limit: number; cursor?: string },
): Promise<Page<Transaction>> {
  await authorize(db, personId, accountId, "wallet.use");
  const after = opts.cursor ? decodeCursor(opts.cursor, ["time", "text"]) : null;
  // The cursor keeps the time to PostgreSQL's microsecond: a JavaScript Date's millisecond would
  // skip the rows of the same millisecond that follow the page's last one.
  const result = (await db.execute(sql`
    SELECT *, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at FROM (
      SELECT 'l' || lpad(id::text, 19, '0') AS key, created_at, kind, amount, balance_after, method,
             'succeeded' AS status, reference, description, invoice
      FROM ledger_entries WHERE account_id = ${accountId}
      UNION ALL
      SELECT 't' || id AS key, created_at, 'topup' AS kind, amount, NULL AS balance_after, method,
             status, reference, CASE WHEN method = 'checkout' THEN 'topup_checkout' ELSE 'topup_bank' END,
             invoice
      FROM topups WHERE account_id = ${accountId} AND status <> 'succeeded'
    ) history
    WHERE ${after ? sql`(created_at, key) < (${after[0]}::timestamptz, ${after[1]})` : sql`true`}
    ORDER BY created_at DESC, key DESC
    LIMIT ${opts.limit + 1}`)) as unknown as { rows: Row[] };
  return pageOf(result.rows, opts.limit, toTransaction, (row) => [row.at, row.key]);
}

function toTransaction(row: Row): Transaction {
  return {
    id: row.key,
    kind: row.kind,
    amount: Number(row.amount),
    balanceAfter: row.balance_after === null ? null : Number(row.balance_after),
    ...(row.method ? { method: row.method } : {}),
    status: row.status,
    ...(row.reference ? { reference: row.reference } : {}),
    description: row.description,
    invoice: row.invoice,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Where a ZCA's money went over the last `months` months (this one included): by month, by OA and by app. */
export async function getSpending(
  db: Db,
  personId: string,
  accountId: string,
  months = 6,
): Promise<Spending> {
  await authorize(db, personId, accountId, "wallet.use");
  const to = currentMonth();
  return spendingBetween(db, accountId, { from: addMonths(to, -(months - 1)), to });
}

/**
 * The one rule of spending, for "Chi tiêu" and its export: the spends of the months `from` to
 * `to` (Vietnam's months, both counted), summed by month (every month, one without spending at
 * 0: a chart needs its gaps), by OA and by app, largest first. Ask the policy before calling it.
 */
export async function spendingBetween(
  db: Db,
  accountId: string,
  range: { from: string; to: string },
): Promise<Spending> {
  const localTime = sql`(${ledgerEntries.createdAt} AT TIME ZONE ${REPORT_TIME_ZONE})`;
  const spends = and(
    eq(ledgerEntries.accountId, accountId),
    eq(ledgerEntries.kind, "spend"),
    sql`${ledgerEntries.createdAt} >= ${monthStart(range.from)}`,
    sql`${ledgerEntries.createdAt} < ${monthStart(addMonths(range.to, 1))}`,
  );
  const [byMonth, byOa, byApp] = await Promise.all([
    db
      .select({
        month: sql<string>`to_char(date_trunc('month', ${localTime}), 'YYYY-MM')`,
        amount: sql<string>`-sum(${ledgerEntries.amount})`,
      })
      .from(ledgerEntries)
      .where(spends)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({ id: oas.id, name: oas.name, amount: sql<string>`-sum(${ledgerEntries.amount})` })
      .from(ledgerEntries)
      .innerJoin(oas, eq(oas.id, ledgerEntries.oaId))
      .where(spends)
      .groupBy(oas.id, oas.name)
      .orderBy(sql`3 desc`, oas.id),
    db
      .select({ id: apps.id, name: apps.name, amount: sql<string>`-sum(${ledgerEntries.amount})` })
      .from(ledgerEntries)
      .innerJoin(apps, eq(apps.id, ledgerEntries.appId))
      .where(spends)
      .groupBy(apps.id, apps.name)
      .orderBy(sql`3 desc`, apps.id),
  ]);
  const number = <T extends { amount: string }>(rows: T[]) =>
    rows.map((r) => ({ ...r, amount: Number(r.amount) }));
  const months = Array.from({ length: monthsInRange(range.from, range.to) }, (_, i) =>
    addMonths(range.from, i),
  );
  const sums = number(byMonth);
  return {
    byMonth: months.map((month) => ({ month, amount: sums.find((r) => r.month === month)?.amount ?? 0 })),
    byOa: number(byOa),
    byApp: number(byApp),
  };
}

/** The instant a Vietnamese month begins, for PostgreSQL: midnight of its 1st in Asia/Ho_Chi_Minh. */
export function monthStart(month: string) {
  return sql`(${`${month}-01`}::timestamp AT TIME ZONE ${REPORT_TIME_ZONE})`;
}
