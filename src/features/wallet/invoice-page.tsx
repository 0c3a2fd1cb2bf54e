import { useId } from "react";
import { useParams } from "react-router-dom";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { SummaryList } from "../../components/summary-list";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import type { Invoice } from "./api";
import { InvoicePdf } from "./invoice-pdf";
import { invoiceName, invoiceStatus } from "./invoice-text";
import { strings } from "./strings";
import { useInvoice } from "./use-invoice";
import { WalletScreen } from "./wallet-screen";
import "./wallet.css";

/** One invoice: its number, series, date, amount, buyer and status, and its PDF to view, save or share. */
export default function InvoicePage() {
  const all = useStrings(strings);
  const { accountId = "", invoiceId = "" } = useParams();
  return (
    <WalletScreen title={all.invoiceView.title} notAllowed={all.invoices.notAllowed}>
      {() => <InvoiceView accountId={accountId} invoiceId={invoiceId} />}
    </WalletScreen>
  );
}

/** Only for a role that may see invoices: nothing is asked for on anyone else's behalf. */
function InvoiceView({ accountId, invoiceId }: { accountId: string; invoiceId: string }) {
  const t = useStrings(strings).invoiceView;
  const { invoice, missing, error, retry } = useInvoice(accountId, invoiceId);
  if (invoice) {
    return (
      <>
        <InvoiceFacts invoice={invoice} />
        <InvoicePdf accountId={accountId} invoice={invoice} />
      </>
    );
  }
  if (missing) return <p className="notice notice-warning">{t.notFound}</p>;
  return error ? <ErrorNotice code={error} onRetry={retry} /> : <LoadingScreen />;
}

function InvoiceFacts({ invoice }: { invoice: Invoice }) {
  const all = useStrings(strings);
  const t = all.invoiceView;
  const format = useFormat();
  const factsId = useId();
  const buyerId = useId();
  const { buyer } = invoice;
  return (
    <>
      <section className="card" aria-labelledby={factsId}>
        <h2 id={factsId} className="card-title">
          {invoiceName(invoice, all.invoices)}
        </h2>
        <SummaryList
          label={t.facts}
          rows={[
            { term: t.number, value: invoice.number ?? t.notYet },
            { term: t.series, value: invoice.series ?? t.notYet },
            { term: t.date, value: invoice.issuedAt ? format.date(invoice.issuedAt) : t.notYet },
            { term: t.amount, value: format.money(invoice.amount) },
            {
              term: t.status,
              value: (
                <span className={`invoice-status invoice-status-${invoice.status}`}>
                  {invoiceStatus(invoice, all.invoices)}
                </span>
              ),
            },
          ]}
        />
      </section>
      <section className="card" aria-labelledby={buyerId}>
        <h2 id={buyerId} className="card-title">
          {t.buyer}
        </h2>
        <SummaryList
          label={t.buyer}
          rows={[
            { term: t.companyName, value: buyer.companyName },
            { term: t.taxCode, value: buyer.taxCode },
            { term: t.address, value: buyer.address },
            { term: t.email, value: buyer.email },
          ]}
        />
      </section>
    </>
  );
}
