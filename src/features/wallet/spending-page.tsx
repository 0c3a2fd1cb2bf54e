import { useEffect, useId } from "react";
import { useParams } from "react-router-dom";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import type { Spending } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { useSession } from "../../store/session";
import { DevSpendCard } from "./dev-spend";
import { ReportExport } from "./report-export";
import { useWalletRecords } from "./store";
import { strings } from "./strings";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";

/** "Chi tiêu": where the balance went, by month, by OA and by app, drawn as bars. */
export default function SpendingPage() {
  const t = useStrings(strings);
  const { accountId = "" } = useParams();
  const spending = useWalletRecords((s) => s.spending);
  const load = useWalletRecords((s) => s.loadSpending);
  const devMode = useSession((s) => s.devMode);

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  return (
    <WalletScreen title={t.spending.title} notAllowed={t.topup.notAllowed}>
      {(account) =>
        spending.data ? (
          <>
            <ReportExport accountId={accountId} report="spending" />
            <SpendingCharts spending={spending.data} />
            {devMode && <DevSpendCard account={account} />}
          </>
        ) : spending.error ? (
          <ErrorNotice code={spending.error} onRetry={() => void load(accountId)} />
        ) : (
          <LoadingScreen />
        )
      }
    </WalletScreen>
  );
}

function SpendingCharts({ spending }: { spending: Spending }) {
  const t = useStrings(strings).spending;
  const format = useFormat();
  const ids = { month: useId() };
  const total = spending.byMonth.reduce((sum, m) => sum + m.amount, 0);
  const highest = Math.max(1, ...spending.byMonth.map((m) => m.amount));
  const thisMonth = spending.byMonth.at(-1)?.amount ?? 0;

  return (
    <>
      <section className="card" aria-labelledby={ids.month}>
        <h2 id={ids.month} className="card-title">
          {t.byMonth} <span className="muted small">· {t.byMonthHint}</span>
        </h2>
        {total === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <>
            <p className="muted small">{t.total}</p>
            <p className="spending-total">{format.money(total)}</p>
            <p className="muted small">{t.thisMonth(format.money(thisMonth))}</p>
            <ol className="month-chart">
              {spending.byMonth.map(({ month, amount }, i) => (
                <li
                  key={month}
                  className={i === spending.byMonth.length - 1 ? "month month-current" : "month"}
                >
                  <span className="month-value" aria-hidden="true">
                    {amount > 0 ? format.compactMoney(amount) : "–"}
                  </span>
                  <span className="month-track" aria-hidden="true">
                    <span className="month-bar" style={{ height: `${(amount / highest) * 100}%` }} />
                  </span>
                  <span className="month-label" aria-hidden="true">
                    {format.monthShort(month)}
                  </span>
                  <span className="sr-only">{t.bar(format.month(month), format.money(amount))}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <ShareChart title={t.byOa} hint={t.byOaHint} rows={spending.byOa} />
      <ShareChart title={t.byApp} hint={t.byAppHint} rows={spending.byApp} />
    </>
  );
}

/** Who spent how much: one bar per OA or app, longest first, each with its name and amount. */
function ShareChart({ title, hint, rows }: { title: string; hint: string; rows: Spending["byOa"] }) {
  const t = useStrings(strings).spending;
  const format = useFormat();
  const titleId = useId();
  const highest = Math.max(1, ...rows.map((r) => r.amount));
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {title}
      </h2>
      <p className="muted small">{hint}</p>
      {rows.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="share-chart">
          {rows.map((row) => (
            <li key={row.id} className="share">
              <span className="share-name">{row.name}</span>
              <span className="share-amount">{format.money(row.amount)}</span>
              <span className="share-track" aria-hidden="true">
                <span className="share-bar" style={{ width: `${(row.amount / highest) * 100}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
