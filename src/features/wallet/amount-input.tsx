import { forwardRef, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState } from "react";
import type { AmountTextProblem } from "../../domain/amount-text";
import { AMOUNT_MAX } from "../../domain/money";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { readAmount } from "./amount-text";
import { strings } from "./strings";

/** The sentence that says why a typed amount is not one, the same on every amount field. */
export function useAmountProblemText(): (problem: AmountTextProblem) => string {
  const t = useStrings(strings).amountText;
  const format = useFormat();
  return (problem) => (problem === "too_large" ? t.too_large(format.money(AMOUNT_MAX)) : t[problem]);
}

interface AmountInputProps extends Omit<React.ComponentPropsWithoutRef<"input">, "value" | "onChange"> {
  value: number | null;
  /** The amount typed (null when empty or not an amount), and why what was typed is not one. */
  onChange(amount: number | null, problem: AmountTextProblem | null): void;
  /** "đ" or "₫", after the number. */
  currency: string;
}

/**
 * A field for an amount of đồng, grouped as it is typed ("1.250.000"). What is not an amount
 * ("-50000", "50000.00", "1e6") stays as typed, and onChange says why it is not one.
 */
export const AmountInput = forwardRef<HTMLInputElement, AmountInputProps>(function AmountInput(
  { value, onChange, currency, ...input },
  ref,
) {
  const format = useFormat();
  const field = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  // What the person typed while it is not an amount; a new count redraws even when nothing else changed.
  const [draft, setDraft] = useState<{ text: string | null; edits: number }>({ text: null, edits: 0 });
  useImperativeHandle(ref, () => field.current!);
  // An amount set from outside (a preset) replaces what was typed.
  useEffect(() => {
    if (value !== null) setDraft((d) => (d.text === null ? d : { ...d, text: null }));
  }, [value]);
  const shown = value !== null ? format.number(value) : (draft.text ?? "");

  useLayoutEffect(() => {
    const element = field.current;
    if (caret.current === null || !element || document.activeElement !== element) return;
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  return (
    <div className="amount-input">
      <input
        ref={field}
        {...input}
        inputMode="numeric"
        autoComplete="off"
        value={shown}
        onChange={(event) => {
          const typed = event.target;
          const read = readAmount(
            {
              before: shown,
              ours: value !== null || draft.text === null,
              typed: typed.value,
              caret: typed.selectionStart ?? typed.value.length,
            },
            format.number,
          );
          caret.current = read.caret;
          setDraft((d) => ({ text: read.problem ? read.text : null, edits: d.edits + 1 }));
          onChange(read.amount, read.problem);
        }}
      />
      <span className="amount-input-currency" aria-hidden="true">
        {currency}
      </span>
    </div>
  );
});

interface AmountFieldProps {
  label: string;
  currency: string;
  value: number | null;
  onChange(amount: number | null, problem: AmountTextProblem | null): void;
  onBlur?(): void;
  /** What is wrong with the amount, said beside it; null when nothing is. */
  problem: string | null;
  /** The id of a hint below the field, read with it. */
  hintId?: string;
}

/** An amount with its label and, once there is one, what is wrong with it. */
export const AmountField = forwardRef<HTMLInputElement, AmountFieldProps>(function AmountField(
  { label, problem, hintId, ...input },
  ref,
) {
  const ids = { input: useId(), error: useId() };
  const describedBy = [problem && ids.error, hintId].filter(Boolean).join(" ");
  return (
    <div className="field-group">
      <label htmlFor={ids.input} className="field-label">
        {label}
      </label>
      <AmountInput
        ref={ref}
        id={ids.input}
        {...input}
        className={problem ? "field-input field-input-error" : "field-input"}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {problem && (
        <p id={ids.error} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
});
