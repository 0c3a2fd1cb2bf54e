import { useId, type MutableRefObject } from "react";
import {
  BUSINESS_FIELDS,
  BUSINESS_LENGTHS,
  validateBusinessField,
  type BusinessField,
  type BusinessInput,
} from "../domain/business";
import { businessProblemSentence, businessStrings } from "../i18n/business-strings";
import { useStrings } from "../i18n/locale";
import { TextField } from "./text-field";

type Sentences = Partial<Record<BusinessField, string>>;

// What each field's keyboard and the phone's autofill should offer.
const INPUTS: Record<
  BusinessField,
  Pick<
    React.ComponentProps<typeof TextField>,
    "type" | "inputMode" | "autoComplete" | "multiline" | "maxLength"
  >
> = {
  companyName: { autoComplete: "organization", maxLength: BUSINESS_LENGTHS.companyName.max },
  taxCode: { inputMode: "numeric", autoComplete: "off" },
  address: { autoComplete: "street-address", multiline: true, maxLength: BUSINESS_LENGTHS.address.max },
  representative: { autoComplete: "name", maxLength: BUSINESS_LENGTHS.representative.max },
  phone: { type: "tel", inputMode: "tel", autoComplete: "tel" },
  email: { type: "email", inputMode: "email", autoComplete: "email", maxLength: BUSINESS_LENGTHS.email.max },
};

/** The sentence for each field that breaks its rule, in the chosen language. */
export function useBusinessProblems(values: BusinessInput): Sentences {
  const t = useStrings(businessStrings);
  const sentences: Sentences = {};
  for (const field of BUSINESS_FIELDS) {
    const result = validateBusinessField(field, values[field]);
    if (!result.ok) sentences[field] = businessProblemSentence(t, field, result.problem);
  }
  return sentences;
}

interface BusinessFieldsProps {
  values: BusinessInput;
  /** The sentences to show now, beside their fields. */
  problems: Sentences;
  onChange(field: BusinessField, value: string): void;
  onLeave(field: BusinessField, value: string): void;
  /** Enter on the last field. */
  onDone(): void;
  /** Each field's input, so the screen can focus the first one that is wrong. */
  inputs: MutableRefObject<Partial<Record<BusinessField, HTMLElement | null>>>;
  /** Hints that say more on this screen than the usual ones. */
  hints?: Partial<Record<BusinessField, string>>;
  /** Fields shown but not editable; their hint says why. */
  readOnly?: readonly BusinessField[];
}

/** "Thông tin doanh nghiệp": the six fields Zalo asks, each saying what is wrong beside it. */
export function BusinessFields({
  values,
  problems,
  onChange,
  onLeave,
  onDone,
  inputs,
  hints = {},
  readOnly = [],
}: BusinessFieldsProps) {
  const t = useStrings(businessStrings);
  const title = useId();
  return (
    <section className="card" aria-labelledby={title}>
      <h2 id={title} className="card-title">
        {t.title}
      </h2>
      <p className="muted small">{t.why}</p>
      {BUSINESS_FIELDS.map((field, i) => {
        const next = BUSINESS_FIELDS[i + 1];
        return (
          <TextField
            key={field}
            label={t.labels[field]}
            hint={hints[field] ?? t.hints[field]}
            value={values[field]}
            problem={problems[field]}
            onChange={(value) => onChange(field, value)}
            onBlur={() => onLeave(field, values[field])}
            onEnter={next ? () => inputs.current[next]?.focus() : onDone}
            enterKeyHint={next ? "next" : "done"}
            readOnly={readOnly.includes(field) || undefined}
            inputRef={(input) => {
              inputs.current[field] = input;
            }}
            {...INPUTS[field]}
          />
        );
      })}
    </section>
  );
}
