import { useId, useState } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import type { ClientErrorCode } from "../../domain/errors";
import { useStrings } from "../../i18n/locale";
import { openFile, saveFile, shareFiles } from "../../platform/file";
import { invoiceNumberShown, type Invoice } from "../../domain/invoices";
import { useWalletRecords } from "./store";
import { strings } from "./strings";

type Action = "open" | "save" | "share";

/**
 * The invoice's PDF, the provider's signed document: fetched with the session when first asked
 * for, then viewed, kept on the phone or sent on. What became of it is said below, politely.
 */
export function InvoicePdf({ accountId, invoice }: { accountId: string; invoice: Invoice }) {
  const t = useStrings(strings).invoiceView;
  const fetchPdf = useWalletRecords((s) => s.fetchInvoicePdf);
  const title = useId();
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState("");
  const [failure, setFailure] = useState<{ code: ClientErrorCode; action: Action } | null>(null);
  const ready = invoice.status === "issued" || invoice.status === "emailed";
  const fileName = t.fileName(
    invoice.series ?? "",
    invoice.number ? invoiceNumberShown(invoice.number, invoice.series) : invoice.id,
  );

  async function run(action: Action) {
    setBusy(action);
    setOutcome("");
    setFailure(null);
    try {
      const fetched = await fetchPdf(accountId, invoice.id);
      if (!fetched) return;
      if (!fetched.ok) {
        setFailure({ code: fetched.error, action });
        return;
      }
      const { pdf } = fetched.data;
      if (action === "open") setOutcome(t.opened[await openFile(pdf, fileName)]);
      else if (action === "save") setOutcome(t.saved[await saveFile(pdf, fileName)]);
      else setOutcome(t.shared[await shareFiles([new File([pdf], fileName, { type: "application/pdf" })])]);
    } finally {
      setBusy(null);
    }
  }

  const button = (action: Action, label: string, variant: "primary" | "secondary") => (
    <Button
      size="small"
      variant={variant}
      loading={busy === action}
      disabled={busy !== null}
      onClick={() => void run(action)}
    >
      {label}
    </Button>
  );

  return (
    <section className="card" aria-labelledby={title}>
      <h2 id={title} className="card-title">
        {t.pdf}
      </h2>
      {ready ? (
        <>
          <div className="invoice-pdf-actions">
            {button("open", t.open, "primary")}
            {button("save", t.save, "secondary")}
            {button("share", t.share, "secondary")}
          </div>
          {failure && <ErrorNotice code={failure.code} onRetry={() => void run(failure.action)} />}
          <p className="small invoice-pdf-outcome" role="status">
            {busy ? t.working : outcome}
          </p>
        </>
      ) : (
        <p className="muted small">{t.pdfNotYet}</p>
      )}
    </section>
  );
}
