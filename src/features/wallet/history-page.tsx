import { useEffect } from "react";
import { useParams } from "react-router-dom";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import type { Transaction } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { LoadMore } from "../../components/load-more";
import { ReportExport } from "./report-export";
import { useWalletRecords } from "./store";
import { strings } from "./strings";
import { describe, signedMoney } from "./transaction-text";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";

/** "Lịch sử giao dịch": every entry, newest first, top-ups not credited (yet) among them. */
export default function HistoryPage() {
  const t = useStrings(strings);
  const h = t.history;
  const { accountId = "" } = useParams();
  const history = useWalletRecords((s) => s.history);
  const load = useWalletRecords((s) => s.loadHistory);
  const more = useWalletRecords((s) => s.loadMoreHistory);

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  const page = history.data;
  return (
    <WalletScreen title={h.title} notAllowed={t.topup.notAllowed}>
      {() =>
        !page ? (
          history.error ? (
            <ErrorNotice code={history.error} onRetry={() => void load(accountId)} />
          ) : (
            <LoadingScreen />
          )
        ) : (
          <>
            <ReportExport accountId={accountId} report="history" />
            <section className="card">
              {page.items.length === 0 && <p className="muted">{h.empty}</p>}
              <ul className="card-list" aria-label={h.title}>
                {page.items.map((item) => (
                  <TransactionRow key={item.id} transaction={item} />
                ))}
              </ul>
            </section>
            {history.error && <ErrorNotice code={history.error} onRetry={() => void more()} />}
            {page.nextCursor && !history.error ? (
              <LoadMore label={h.more} loading={history.status === "loading"} onMore={() => void more()} />
            ) : (
              page.items.length > 0 && !page.nextCursor && <p className="muted small list-end">{h.end}</p>
            )}
          </>
        )
      }
    </WalletScreen>
  );
}

function TransactionRow({ transaction: tx }: { transaction: Transaction }) {
  const h = useStrings(strings).history;
  const format = useFormat();
  // A top-up's description names its method ("Nạp tiền bằng chuyển khoản"); a spend's, what it paid
  // for. An invoice is made out for money that came in or may still come, never for a failed one.
  const invoice = tx.invoice && (tx.status === "succeeded" || tx.status === "pending");
  const facts = tx.kind === "topup" ? [h.statuses[tx.status], invoice && h.invoice] : [h.kinds[tx.kind]];
  return (
    <li className={`row transaction transaction-${tx.status}`}>
      <span className="row-main">
        <strong>{describe(tx, h)}</strong>
        <span className="muted small">{facts.filter(Boolean).join(" · ")}</span>
        <span className="muted small">{format.dateTime(tx.createdAt)}</span>
      </span>
      <span className="transaction-amounts">
        <span className={tx.amount < 0 || tx.status !== "succeeded" ? "amount" : "amount amount-in"}>
          {signedMoney(tx.amount, format)}
        </span>
        {tx.balanceAfter !== null && (
          <span className="muted small">{h.balanceAfter(format.money(tx.balanceAfter))}</span>
        )}
      </span>
    </li>
  );
}
