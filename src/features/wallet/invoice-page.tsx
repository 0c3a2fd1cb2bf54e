import { useId } from "react";
import { useParams } from "react-router-dom";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { SummaryList } from "../../components/summary-list";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { useScreenNavigate } from "../../components/screen-navigation";
import { canReplace, invoiceNumberShown, type Invoice, type InvoiceLink } from "../../domain/invoices";
import { routes } from "../../routes";
import { InvoiceCorrection } from "./invoice-correction";
import { InvoicePdf } from "./invoice-pdf";
import { invoiceName, invoiceStatus, linkedNumber } from "./invoice-text";
import { useWalletRecords } from "./store";
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
  const replaced = useWalletRecords((s) => s.invoiceReplace);
  if (invoice) {
    const justReplaced = replaced.status === "ready" && replaced.data?.replaces?.id === invoice.id;
    return (
      <>
        {justReplaced && (
          <p className="notice notice-info" role="status">
            {t.correction.done}
          </p>
        )}
        <InvoiceFacts accountId={accountId} invoice={invoice} />
        <InvoicePdf accountId={accountId} invoice={invoice} />
        {canReplace(invoice) && (
          <InvoiceCorrection key={invoice.id} accountId={accountId} invoice={invoice} />
        )}
      </>
    );
  }
  if (missing) return <p className="notice notice-warning">{t.notFound}</p>;
  return error ? <ErrorNotice code={error} onRetry={retry} /> : <LoadingScreen />;
}

/** A button that opens another invoice of the ZCA: the one replaced, or its replacement. */
function InvoiceLinkButton({
  accountId,
  link,
  text,
}: {
  accountId: string;
  link: InvoiceLink;
  text: string;
}) {
  const navigate = useScreenNavigate();
  return (
    <button
      type="button"
      className="link-button invoice-link"
      onClick={() => navigate(routes.invoice.href({ accountId, invoiceId: link.id }))}
    >
      {text}
    </button>
  );
}

function InvoiceFacts({ accountId, invoice }: { accountId: string; invoice: Invoice }) {
  const all = useStrings(strings);
  const t = all.invoiceView;
  const format = useFormat();
  const factsId = useId();
  const buyerId = useId();
  const { buyer } = invoice;
  const links = [
    invoice.replaces && {
      link: invoice.replaces,
      text: all.invoices.replaces(linkedNumber(invoice.replaces)),
    },
    invoice.replacedBy && {
      link: invoice.replacedBy,
      text: all.invoices.replacedBy(linkedNumber(invoice.replacedBy)),
    },
  ].filter((item): item is { link: InvoiceLink; text: string } => Boolean(item));
  return (
    <>
      <section className="card" aria-labelledby={factsId}>
        <h2 id={factsId} className="card-title">
          {invoiceName(invoice, all.invoices)}
        </h2>
        <SummaryList
          label={t.facts}
          rows={[
            {
              term: t.number,
              value: invoice.number ? invoiceNumberShown(invoice.number, invoice.series) : t.notYet,
            },
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
        {links.length > 0 && (
          <div className="invoice-links">
            {links.map(({ link, text }) => (
              <InvoiceLinkButton key={link.id} accountId={accountId} link={link} text={text} />
            ))}
          </div>
        )}
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
