import { useEffect, useId } from "react";
import { useParams } from "react-router-dom";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import type { Transaction } from "../../domain/types";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { InvoiceDetails } from "./invoice-details";
import { LoadMore } from "../../components/load-more";
import { hasAnswered } from "../../store/async";
import { useWalletRecords } from "./store";
import { strings } from "./strings";
import { useInvoiceDetails } from "./use-invoice-details";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";

/** The top-ups that asked for a business invoice, read from the history. */
const askedForInvoice = (tx: Transaction) =>
  tx.kind === "topup" && tx.invoice && (tx.status === "succeeded" || tx.status === "pending");

/** "Hóa đơn": the top-ups that asked for a business invoice, and the details it is made out with. */
export default function InvoicesPage() {
  const t = useStrings(strings);
  const { accountId = "" } = useParams();
  const history = useWalletRecords((s) => s.history);
  const load = useWalletRecords((s) => s.loadHistory);
  const more = useWalletRecords((s) => s.loadMoreHistory);
  const details = useInvoiceDetails(accountId);
  const listId = useId();

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  const page = history.data;
  const invoices = page?.items.filter(askedForInvoice) ?? [];
  return (
    <WalletScreen title={t.invoices.title} notAllowed={t.topup.notAllowed}>
      {() =>
        // Both cards grow when their answer comes: the screen waits for both.
        !hasAnswered(history) || !hasAnswered(details.saved) ? (
          <LoadingScreen />
        ) : (
          <>
            <p className="page-intro">{t.invoices.intro}</p>
            <section className="card" aria-labelledby={listId}>
              <h2 id={listId} className="card-title">
                {t.invoices.list}
              </h2>
              {history.error && <ErrorNotice code={history.error} onRetry={() => void load(accountId)} />}
              {page && invoices.length === 0 && !page.nextCursor && (
                <p className="muted">{t.invoices.empty}</p>
              )}
              <ul className="card-list">
                {invoices.map((tx) => (
                  <InvoiceRow key={tx.id} transaction={tx} />
                ))}
              </ul>
              {page?.nextCursor && !history.error && (
                <LoadMore
                  label={t.history.more}
                  loading={history.status === "loading"}
                  onMore={() => void more()}
                />
              )}
            </section>
            <InvoiceDetails details={details} hint={t.invoices.usesDetails} />
          </>
        )
      }
    </WalletScreen>
  );
}

function InvoiceRow({ transaction: tx }: { transaction: Transaction }) {
  const t = useStrings(strings);
  const format = useFormat();
  const requested = tx.status === "succeeded";
  return (
    <li className="row">
      <span className="row-main">
        <strong>{format.money(tx.amount)}</strong>
        <span className="muted small">
          {format.date(tx.createdAt)}
          {tx.method && ` · ${t.history.methods[tx.method]}`}
        </span>
        <span className={requested ? "invoice-status invoice-status-done" : "invoice-status"}>
          {requested ? t.invoices.requested : t.invoices.waiting}
        </span>
      </span>
    </li>
  );
}
