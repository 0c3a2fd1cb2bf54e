import { useEffect, useId, useRef, useState } from "react";
import { Button } from "zmp-ui";
import { errorCode, errorFields } from "../../api/client";
import { RadioGroup, RadioOption } from "../../components/radio-choice";
import {
  addMonths,
  currentMonth,
  REPORT_FORMATS,
  REPORT_MONTHS_MAX,
  reportRangeProblems,
  type ReportFormat,
} from "../../domain/report-range";
import { useLocale, useStrings } from "../../i18n/locale";
import { common } from "../../i18n/strings";
import { saveFile } from "../../platform/file";
import { createFileLink, exportReport } from "./api";
import { strings } from "./strings";

interface ReportExportProps {
  accountId: string;
  report: "spending" | "history";
}

/**
 * "Xuất báo cáo": the months and the format of a report, kept on the phone. Inside Zalo, Zalo
 * downloads it from a short-lived link the API makes (zmp-sdk's downloadFile takes a URL; the
 * session's token never goes in one); in a browser it is fetched with the session and downloaded.
 * What became of it is said in the status line.
 */
export function ReportExport({ accountId, report }: ReportExportProps) {
  const t = useStrings(strings).report;
  const open = useRef<HTMLButtonElement>(null);
  const panel = useId();
  const [shown, setShown] = useState(false);

  function close() {
    setShown(false);
    open.current?.focus();
  }

  return (
    <div className="report-export">
      <Button
        ref={open}
        size="small"
        variant="secondary"
        aria-expanded={shown}
        aria-controls={panel}
        onClick={() => (shown ? close() : setShown(true))}
      >
        {t.open}
      </Button>
      {shown && <ReportForm id={panel} accountId={accountId} report={report} onClose={close} />}
    </div>
  );
}

function ReportForm({ id, accountId, report, onClose }: ReportExportProps & { id: string; onClose(): void }) {
  const t = useStrings(strings).report;
  const errors = useStrings(common).errors;
  const lang = useLocale((s) => s.lang);
  const ids = { title: useId(), from: useId(), to: useId(), format: useId() };
  const [to, setTo] = useState(currentMonth);
  const [from, setFrom] = useState(() => addMonths(currentMonth(), -2));
  const [format, setFormat] = useState<ReportFormat>("xlsx");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState("");
  const form = useRef<HTMLElement>(null);

  // Escape anywhere in the form closes it, as a disclosure's panel does.
  useEffect(() => {
    const element = form.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      onClose();
    };
    element?.addEventListener("keydown", onKey);
    return () => element?.removeEventListener("keydown", onKey);
  }, [onClose]);

  function rangeSentence(problem: string | undefined): string | null {
    if (!problem) return null;
    if (problem === "range_too_long") return t.range.range_too_long(REPORT_MONTHS_MAX);
    return t.range[problem as Exclude<keyof typeof t.range, "range_too_long">] ?? t.range.invalid;
  }

  async function download() {
    const problems = reportRangeProblems(from, to);
    const problem = rangeSentence(problems.from ?? problems.to);
    if (problem) return setOutcome(problem);
    setBusy(true);
    setOutcome("");
    const choice = { from, to, format, lang };
    // The server names the file, in the report's language: by its answer, or its link's.
    let fileName = "";
    try {
      const outcome = await saveFile({
        title: t.title,
        bytes: async () => {
          const file = await exportReport(accountId, report, choice);
          fileName = file.fileName;
          return file;
        },
        link: async () => {
          const link = await createFileLink(accountId, { kind: `${report}_export`, ...choice });
          fileName = link.fileName;
          return link.url;
        },
      });
      setOutcome(t.outcomes[outcome](fileName));
    } catch (error) {
      const fields = errorFields(error);
      setOutcome(rangeSentence(fields.to ?? fields.from) ?? errors[errorCode(error)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section ref={form} id={id} className="card report-form" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="card-title">
        {t.title}
      </h2>
      <div className="report-months">
        <div className="field">
          <label htmlFor={ids.from} className="field-label">
            {t.from}
          </label>
          <input
            id={ids.from}
            type="month"
            className="field-input"
            value={from}
            max={to}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to} className="field-label">
            {t.to}
          </label>
          <input
            id={ids.to}
            type="month"
            className="field-input"
            value={to}
            min={from}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
      </div>
      <p className="field-label" aria-hidden="true">
        {t.format}
      </p>
      <RadioGroup legend={t.format}>
        {REPORT_FORMATS.map((option) => (
          <RadioOption
            key={option}
            name={ids.format}
            value={option}
            checked={format === option}
            onChoose={(value) => setFormat(value as ReportFormat)}
          >
            <span className="report-format">
              <strong>{t.formats[option]}</strong>
              <span className="muted small">{t.formatHints[option]}</span>
            </span>
          </RadioOption>
        ))}
      </RadioGroup>
      <div className="report-actions">
        <Button size="small" loading={busy} disabled={busy} onClick={() => void download()}>
          {busy ? t.downloading : t.download}
        </Button>
        <Button size="small" variant="tertiary" onClick={onClose}>
          {t.close}
        </Button>
      </div>
      <p className="small report-outcome" role="status">
        {outcome}
      </p>
    </section>
  );
}
