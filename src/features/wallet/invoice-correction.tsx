import { useEffect, useId, useRef, useState } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { SummaryList } from "../../components/summary-list";
import { validateBusinessField } from "../../domain/business";
import { invoiceNumberShown, type Invoice } from "../../domain/invoices";
import { useStrings } from "../../i18n/locale";
import { OneLineField } from "./one-line-field";
import { useWalletRecords } from "./store";
import { strings } from "./strings";

type Field = "companyName" | "address";
const FIELDS: Field[] = ["companyName", "address"];
type Step = "closed" | "form" | "confirm";

/** The correction as the server will store it, or which fields break their rule. */
function checked(values: Record<Field, string>) {
  const results = FIELDS.map((field) => [field, validateBusinessField(field, values[field])] as const);
  const wrong = results.filter(([, result]) => !result.ok).map(([field]) => field);
  const value = Object.fromEntries(results.map(([field, r]) => [field, r.ok ? r.value : ""]));
  return { wrong, value: value as Record<Field, string> };
}

/**
 * "Sửa tên công ty hoặc địa chỉ" on one issued invoice: the only corrections Zalo makes, by a
 * replacement invoice (Decree 70/2025). The form, then a step that says what will happen, then the
 * request; whatever fails, what was typed stays. Escape closes it.
 */
export function InvoiceCorrection({ accountId, invoice }: { accountId: string; invoice: Invoice }) {
  const all = useStrings(strings);
  const t = all.invoiceView.correction;
  const view = all.invoiceView;
  const replacing = useWalletRecords((s) => s.invoiceReplace);
  const replace = useWalletRecords((s) => s.replaceInvoice);
  const [step, setStep] = useState<Step>("closed");
  const [values, setValues] = useState<Record<Field, string>>({
    companyName: invoice.buyer.companyName,
    address: invoice.buyer.address,
  });
  const [shown, setShown] = useState<ReadonlySet<Field>>(new Set());
  const [unchanged, setUnchanged] = useState(false);
  const [asked, setAsked] = useState(false);
  const ids = { title: useId(), confirm: useId(), companyName: useId(), address: useId() };
  const openButton = useRef<HTMLButtonElement>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const { wrong, value } = checked(values);
  const number = invoiceNumberShown(invoice.number ?? "", invoice.series);

  useEffect(() => {
    if (step === "form") inputs.current.companyName?.focus();
    if (step === "confirm") confirmTitle.current?.focus();
  }, [step]);

  // Escape anywhere in the open form closes it, as it would close a sheet; not while it is asking.
  const busy = replacing.status === "loading";
  useEffect(() => {
    const element = section.current;
    if (!element || busy) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    element.addEventListener("keydown", onKey);
    return () => element.removeEventListener("keydown", onKey);
  });

  function close() {
    setStep("closed");
    setAsked(false);
    setTimeout(() => openButton.current?.focus());
  }

  function review() {
    if (wrong.length > 0) {
      setShown(new Set(FIELDS));
      inputs.current[wrong[0]!]?.focus();
      return;
    }
    const same = value.companyName === invoice.buyer.companyName && value.address === invoice.buyer.address;
    setUnchanged(same);
    if (!same) setStep("confirm");
  }

  async function submit() {
    setAsked(true);
    await replace(accountId, invoice.id, value);
  }

  if (step === "closed") {
    return (
      <section className="card" aria-label={t.title}>
        <p className="muted small">{t.intro}</p>
        <Button ref={openButton} size="small" variant="secondary" onClick={() => setStep("form")}>
          {t.open}
        </Button>
      </section>
    );
  }

  return (
    <section ref={section} className="card" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="card-title">
        {t.title}
      </h2>
      {step === "form" && (
        <>
          <p className="muted small">{t.intro}</p>
          {FIELDS.map((field) => {
            const problem = shown.has(field) && wrong.includes(field);
            const errorId = `${ids[field]}-error`;
            return (
              <div key={field} className="field-group">
                <label htmlFor={ids[field]} className="field-label">
                  {field === "companyName" ? view.companyName : view.address}
                </label>
                <OneLineField
                  multiline={field === "address"}
                  id={ids[field]}
                  ref={(element) => {
                    inputs.current[field] = element;
                  }}
                  className={problem ? "field-input field-input-error" : "field-input"}
                  autoComplete={field === "companyName" ? "organization" : "street-address"}
                  value={values[field]}
                  aria-invalid={problem || undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onChange={(event) => {
                    setValues((was) => ({ ...was, [field]: event.target.value }));
                    setUnchanged(false);
                  }}
                  onBlur={() => setShown((was) => new Set(was).add(field))}
                />
                {problem && (
                  <p id={errorId} className="field-error" role="alert">
                    {all.invoice.problems[field]}
                  </p>
                )}
              </div>
            );
          })}
          <SummaryList label={view.taxCode} rows={[{ term: view.taxCode, value: invoice.buyer.taxCode }]} />
          <p className="muted small">{t.taxCodeFixed}</p>
          {unchanged && (
            <p className="field-error" role="alert">
              {t.unchanged}
            </p>
          )}
          <div className="button-row">
            <Button size="small" variant="tertiary" onClick={close}>
              {t.cancel}
            </Button>
            <Button size="small" variant="secondary" onClick={review}>
              {t.review}
            </Button>
          </div>
        </>
      )}
      {step === "confirm" && (
        <>
          <h3 id={ids.confirm} ref={confirmTitle} tabIndex={-1} className="correction-confirm-title">
            {t.confirmTitle}
          </h3>
          <SummaryList
            label={t.from}
            rows={[
              { term: t.from, value: `${invoice.buyer.companyName} · ${invoice.buyer.address || "—"}` },
              { term: t.to, value: `${value.companyName} · ${value.address}` },
            ]}
          />
          <p>{t.confirmBody(number, invoice.buyer.email)}</p>
          {asked && replacing.status === "failed" && replacing.error && (
            <ErrorNotice code={replacing.error} title={t.failed} inputKept onRetry={() => void submit()} />
          )}
          <div className="button-row">
            <Button
              size="small"
              variant="tertiary"
              disabled={replacing.status === "loading"}
              onClick={() => {
                setAsked(false);
                setStep("form");
              }}
            >
              {t.back}
            </Button>
            <Button size="small" loading={replacing.status === "loading"} onClick={() => void submit()}>
              {t.confirm}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
