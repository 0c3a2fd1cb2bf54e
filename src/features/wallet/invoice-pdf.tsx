import { useId, useState } from "react";
import { Button } from "zmp-ui";
import { ApiError, errorCode } from "../../api/client";
import { ErrorNotice } from "../../components/error-notice";
import type { ClientErrorCode } from "../../domain/errors";
import { useStrings } from "../../i18n/locale";
import { openFile, saveFile, shareFile, type AppFile } from "../../platform/file";
import { invoiceNumberShown, invoicePdfFileName, type Invoice } from "../../domain/invoices";
import { createFileLink } from "./api";
import { useWalletRecords } from "./store";
import { strings } from "./strings";

type Action = "open" | "save" | "share";

/**
 * The invoice's PDF, the provider's signed document: viewed, kept on the phone or sent on. Inside
 * Zalo, viewing and keeping hand Zalo a short-lived link the API makes (its viewer and downloader
 * fetch it themselves); in a browser, and to send it, the bytes are fetched with the session.
 * Sending is the file itself, never the link. What became of it is said below, politely.
 */
export function InvoicePdf({ accountId, invoice }: { accountId: string; invoice: Invoice }) {
  const t = useStrings(strings).invoiceView;
  const fetchPdf = useWalletRecords((s) => s.fetchInvoicePdf);
  const title = useId();
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState("");
  const [failure, setFailure] = useState<{ code: ClientErrorCode; action: Action } | null>(null);
  const ready = invoice.status === "issued" || invoice.status === "emailed";
  const shownNumber = invoice.number ? invoiceNumberShown(invoice.number, invoice.series) : invoice.id;
  const fileName = invoicePdfFileName(t.pdfFileStem, invoice.number ?? invoice.id, invoice.series);

  const file: AppFile = {
    title: t.viewerTitle(shownNumber),
    bytes: async () => {
      const fetched = await fetchPdf(accountId, invoice.id);
      if (!fetched?.ok) throw new ApiError(fetched?.error ?? "unknown", 0, "The PDF could not be fetched");
      return { blob: fetched.data.pdf, fileName };
    },
    link: async () => (await createFileLink(accountId, { kind: "invoice_pdf", invoiceId: invoice.id })).url,
  };

  async function run(action: Action) {
    setBusy(action);
    setOutcome("");
    setFailure(null);
    try {
      if (action === "open") setOutcome(t.opened[await openFile(file)]);
      else if (action === "save") setOutcome(t.saved[await saveFile(file)]);
      else setOutcome(t.shared[await shareFile(file, "application/pdf")]);
    } catch (error) {
      setFailure({ code: errorCode(error), action });
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
