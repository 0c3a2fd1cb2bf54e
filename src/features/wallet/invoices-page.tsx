import { useEffect, useId } from "react";
import { useParams } from "react-router-dom";
import { ErrorNotice } from "../../components/error-notice";
import { LoadMore } from "../../components/load-more";
import { LoadingScreen } from "../../components/loading-screen";
import { useScreenNavigate } from "../../components/screen-navigation";
import { ChevronIcon } from "../../components/icons";
import { useProgressiveList } from "../../components/use-progressive-list";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { routes } from "../../routes";
import { hasAnswered } from "../../store/async";
import type { Invoice } from "../../domain/invoices";
import { InvoiceDetails } from "./invoice-details";
import { invoiceName, invoiceStatus, replacementSentences } from "./invoice-text";
import { useWalletRecords } from "./store";
import { strings } from "./strings";
import { useInvoiceDetails } from "./use-invoice-details";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";

/** "Quản lý hóa đơn": every invoice of the ZCA, a page at a time, and the details future ones carry. */
export default function InvoicesPage() {
  const t = useStrings(strings).invoices;
  const { accountId = "" } = useParams();
  return (
    <WalletScreen title={t.title} notAllowed={t.notAllowed}>
      {() => <InvoiceList accountId={accountId} />}
    </WalletScreen>
  );
}

/** Only for a role that may see invoices: nothing is asked for on anyone else's behalf. */
function InvoiceList({ accountId }: { accountId: string }) {
  const t = useStrings(strings).invoices;
  const invoices = useWalletRecords((s) => s.invoices);
  const load = useWalletRecords((s) => s.loadInvoices);
  const more = useWalletRecords((s) => s.loadMoreInvoices);
  const details = useInvoiceDetails(accountId);
  const listId = useId();

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  const page = invoices.data;
  const rows = useProgressiveList(page?.items ?? []);
  // Both cards grow when their answer comes: the screen waits for both.
  if (!hasAnswered(invoices) || !hasAnswered(details.saved)) return <LoadingScreen />;
  return (
    <>
      <p className="page-intro">{t.intro}</p>
      <section className="card" aria-labelledby={listId}>
        <h2 id={listId} className="card-title">
          {t.list}
        </h2>
        {page && page.items.length === 0 && <p className="muted">{t.empty}</p>}
        <ul className="card-list" aria-labelledby={listId}>
          {rows.map((invoice) => (
            <InvoiceRow key={invoice.id} accountId={accountId} invoice={invoice} />
          ))}
        </ul>
        {invoices.error && (
          <ErrorNotice code={invoices.error} onRetry={() => void (page ? more() : load(accountId))} />
        )}
        {page?.nextCursor && !invoices.error ? (
          <LoadMore label={t.more} loading={invoices.status === "loading"} onMore={() => void more()} />
        ) : (
          page && page.items.length > 0 && <p className="muted small list-end">{t.end}</p>
        )}
      </section>
      <InvoiceDetails details={details} hint={t.usesDetails} />
    </>
  );
}

function InvoiceRow({ accountId, invoice }: { accountId: string; invoice: Invoice }) {
  const t = useStrings(strings).invoices;
  const format = useFormat();
  const navigate = useScreenNavigate();
  const facts = [invoice.issuedAt && format.date(invoice.issuedAt), invoice.buyer.companyName];
  return (
    <li>
      <button
        type="button"
        className="row-button"
        onClick={() => navigate(routes.invoice.href({ accountId, invoiceId: invoice.id }))}
      >
        <span className="row-main">
          <strong>{invoiceName(invoice, t)}</strong>
          <span className="muted small">{facts.filter(Boolean).join(" · ")}</span>
          <span className={`invoice-status invoice-status-${invoice.status}`}>
            {invoiceStatus(invoice, t)}
          </span>
          {replacementSentences(invoice, t).map((sentence) => (
            <span key={sentence} className="small invoice-replacement">
              {sentence}
            </span>
          ))}
        </span>
        <span className="amount">{format.money(invoice.amount)}</span>
        <ChevronIcon size={20} className="muted" />
      </button>
    </li>
  );
}
