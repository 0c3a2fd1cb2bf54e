import { useId } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { formatVietnamMobile } from "../../domain/phone";
import type { InvoiceProblems } from "../../domain/invoice";
import { businessProblemSentence, businessStrings, type BusinessStrings } from "../../i18n/business-strings";
import { useStrings } from "../../i18n/locale";
import { OneLineField } from "./one-line-field";
import { strings, type WalletStrings } from "./strings";
import { INVOICE_FIELDS, type InvoiceDetailsState, type InvoiceField } from "./use-invoice-details";

const INPUT: Record<InvoiceField, React.ComponentPropsWithoutRef<"input">> = {
  companyName: { autoComplete: "organization" },
  taxCode: { inputMode: "numeric", autoComplete: "off" },
  address: { autoComplete: "street-address" },
  buyer: { autoComplete: "name" },
  phone: { type: "tel", autoComplete: "tel-national" },
  email: { type: "email", autoComplete: "email" },
};

/** The invoice details a top-up's invoice is made out with: shown, or edited in place. */
export function InvoiceDetails({ details, hint }: { details: InvoiceDetailsState; hint?: string }) {
  const t = useStrings(strings).invoice;
  const titleId = useId();
  const { saved, saving, form } = details;

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {t.title}
      </h2>
      {hint && <p className="muted small">{hint}</p>}
      {!form &&
        !saved.data &&
        (saved.error ? <ErrorNotice code={saved.error} onRetry={details.reload} /> : <LoadingScreen />)}
      {!form && saved.data && (
        <>
          <dl className="invoice-facts">
            {INVOICE_FIELDS.map((field) => (
              <div key={field}>
                <dt className="muted small">{t.fields[field]}</dt>
                <dd>
                  {field === "phone" ? formatVietnamMobile(saved.data![field]) : saved.data![field]}
                  {field === "taxCode" && saved.data!.taxCodeLocked && (
                    <span className="muted small field-note">{t.taxCodeLocked}</span>
                  )}
                  {field === "address" && !saved.data!.address && (
                    <span className="muted small field-note">{t.addressMissing}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <Button size="small" variant="secondary" onClick={details.edit}>
            {t.edit}
          </Button>
        </>
      )}
      {form && (
        <>
          {!saved.data && <p className="muted small">{t.none}</p>}
          {INVOICE_FIELDS.map((field) => (
            <InvoiceInput key={field} field={field} details={details} />
          ))}
          {saving.error && <ErrorNotice code={saving.error} title={t.saveFailed} inputKept />}
          <div className="button-row">
            {saved.data && (
              <Button size="small" variant="tertiary" onClick={details.cancel}>
                {t.cancel}
              </Button>
            )}
            <Button
              size="small"
              variant="secondary"
              loading={saving.status === "loading"}
              onClick={() => void details.commit()}
            >
              {t.save}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * What is wrong with one field, or null. The tax code's sentence says which of its rules failed,
 * in the words every tax code field uses (a check digit that does not match is not a bad shape).
 */
function problemSentence(
  field: InvoiceField,
  shown: InvoiceProblems,
  t: WalletStrings["invoice"],
  business: BusinessStrings,
): string | null {
  if (field === "taxCode")
    return shown.taxCode ? businessProblemSentence(business, "taxCode", shown.taxCode) : null;
  return shown[field] ? t.problems[field] : null;
}

function InvoiceInput({ field, details }: { field: InvoiceField; details: InvoiceDetailsState }) {
  const t = useStrings(strings).invoice;
  const business = useStrings(businessStrings);
  const ids = { input: useId(), error: useId(), note: useId() };
  const sentence = problemSentence(field, details.shown, t, business);
  const problem = sentence !== null;
  const locked = field === "taxCode" && details.taxCodeLocked;
  const describedBy = [locked && ids.note, problem && ids.error].filter(Boolean).join(" ");
  return (
    <div className="field-group">
      <label htmlFor={ids.input} className="field-label">
        {t.fields[field]}
      </label>
      <OneLineField
        multiline={field === "address"}
        id={ids.input}
        {...INPUT[field]}
        className={problem ? "field-input field-input-error" : "field-input"}
        value={details.form![field]}
        readOnly={locked || undefined}
        aria-invalid={problem || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => details.change(field, event.target.value)}
        onBlur={() => details.leave(field)}
      />
      {locked && (
        <p id={ids.note} className="muted small field-note">
          {t.taxCodeLocked}
        </p>
      )}
      {problem && (
        <p id={ids.error} className="field-error" role="alert">
          {sentence}
        </p>
      )}
    </div>
  );
}
