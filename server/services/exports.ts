import { sql } from "drizzle-orm";
import type { Lang } from "../../src/domain/languages";
import type { TopupMethod } from "../../src/domain/money";
import { addMonths, REPORT_TIME_ZONE } from "../../src/domain/report-range";
import type { TransactionKind } from "../../src/domain/types";
import type { Db } from "../db/client";
import { ApiError } from "../errors";
import type { Report } from "../exports/sheet";
import { EXPORT_WORDS } from "../exports/words";
import { authorize } from "../policy";
import { monthStart, spendingBetween } from "./transactions";

/** The months a report covers, both counted ("YYYY-MM", already checked), and its language. */
export interface ReportChoice {
  from: string;
  to: string;
  lang: Lang;
}

/**
 * Most ledger entries one history export holds. The file is built in memory, so a longer history
 * is refused (choose fewer months) rather than streamed: 20 000 rows is about 2 MB of XLSX, and a
 * ZCA's top-ups and monthly spends come to a few hundred a year.
 */
export const HISTORY_EXPORT_ROWS_MAX = 20_000;

/** "Chi tiêu" for the chosen months, its three views as sheets, from the screen's own rule. */
export async function spendingReport(
  db: Db,
  personId: string,
  accountId: string,
  choice: ReportChoice,
): Promise<Report> {
  await authorize(db, personId, accountId, "wallet.use");
  const spending = await spendingBetween(db, accountId, choice);
  const w = EXPORT_WORDS[choice.lang];
  const s = w.spending;
  const amount = { header: s.amount, type: "money", total: true } as const;
  const byAsset = (
    name: string,
    nameHeader: string,
    rows: { id: string; name: string; amount: number }[],
  ) => ({
    name,
    columns: [{ header: s.id, type: "text" } as const, { header: nameHeader, type: "text" } as const, amount],
    rows: rows.map((r) => [r.id, r.name, r.amount]),
    totalLabel: w.total,
  });
  return {
    fileName: `${s.file}-${choice.from}-${choice.to}`,
    sheets: [
      {
        name: s.byMonth,
        columns: [{ header: s.month, type: "text" }, amount],
        rows: spending.byMonth.map((m) => [m.month, m.amount]),
        totalLabel: w.total,
      },
      byAsset(s.byOa, s.oa, spending.byOa),
      byAsset(s.byApp, s.app, spending.byApp),
    ],
  };
}

interface LedgerRow {
  at: string;
  kind: TransactionKind;
  description: string;
  amount: string | number;
  balance_after: string | number;
  method: TopupMethod | null;
  reference: string | null;
  topup_id: string | null;
  usage: string | null;
  invoice: boolean;
}

/** Every ledger entry of the chosen months, oldest first, with what it refers to. */
export async function historyReport(
  db: Db,
  personId: string,
  accountId: string,
  choice: ReportChoice,
): Promise<Report> {
  await authorize(db, personId, accountId, "wallet.use");
  const result = (await db.execute(sql`
    SELECT to_char(l.created_at AT TIME ZONE ${REPORT_TIME_ZONE}, 'YYYY-MM-DD HH24:MI:SS') AS at,
           l.kind, l.description, l.amount, l.balance_after, l.method, l.reference, l.topup_id,
           COALESCE(o.name, a.name, l.oa_id, l.app_id) AS usage, l.invoice
    FROM ledger_entries l
    LEFT JOIN oas o ON o.id = l.oa_id
    LEFT JOIN apps a ON a.id = l.app_id
    WHERE l.account_id = ${accountId}
      AND l.created_at >= ${monthStart(choice.from)}
      AND l.created_at < ${monthStart(addMonths(choice.to, 1))}
    ORDER BY l.created_at, l.id
    LIMIT ${HISTORY_EXPORT_ROWS_MAX + 1}`)) as unknown as { rows: LedgerRow[] };
  if (result.rows.length > HISTORY_EXPORT_ROWS_MAX) {
    throw new ApiError(
      "invalid_input",
      `More than ${HISTORY_EXPORT_ROWS_MAX} entries in this range: choose fewer months.`,
      { to: "too_many_rows" },
    );
  }
  const w = EXPORT_WORDS[choice.lang];
  const h = w.history;
  return {
    fileName: `${h.file}-${choice.from}-${choice.to}`,
    sheets: [
      {
        name: h.sheet,
        columns: [
          { header: h.time, type: "text", width: 20 },
          { header: h.kind, type: "text", width: 18 },
          { header: h.description, type: "text", width: 30 },
          { header: h.amount, type: "money", total: true },
          { header: h.balanceAfter, type: "money" },
          { header: h.method, type: "text", width: 16 },
          { header: h.reference, type: "text" },
          { header: h.topup, type: "text" },
          { header: h.usage, type: "text" },
          { header: h.invoice, type: "text", width: 10 },
        ],
        rows: result.rows.map((r) => [
          r.at,
          w.kinds[r.kind],
          w.descriptions[r.description] ?? r.description,
          Number(r.amount),
          Number(r.balance_after),
          r.method ? w.methods[r.method] : null,
          r.reference,
          r.topup_id,
          r.usage,
          r.invoice ? h.withInvoice : null,
        ]),
        totalLabel: w.total,
      },
    ],
  };
}
