import { forwardRef, useId, useImperativeHandle, useLayoutEffect, useReducer, useRef } from "react";
import { useFormat } from "../../i18n/format";
import { readAmount } from "./amount-text";

interface AmountInputProps extends Omit<React.ComponentPropsWithoutRef<"input">, "value" | "onChange"> {
  value: number | null;
  onChange(amount: number | null): void;
  /** "đ" or "₫", after the number. */
  currency: string;
}

/** A field for an amount of đồng, grouped as it is typed ("1.250.000"), digits only. */
export const AmountInput = forwardRef<HTMLInputElement, AmountInputProps>(function AmountInput(
  { value, onChange, currency, ...input },
  ref,
) {
  const format = useFormat();
  const field = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  // A keystroke that leaves the amount as it was (a letter, a separator) still puts the caret back.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useImperativeHandle(ref, () => field.current!);

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
        value={value === null ? "" : format.number(value)}
        onChange={(event) => {
          const typed = event.target;
          const read = readAmount(typed.value, typed.selectionStart ?? typed.value.length, format.number);
          caret.current = read.caret;
          onChange(read.amount);
          redraw();
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
  onChange(amount: number | null): void;
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
        <p id={ids.error} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
});
