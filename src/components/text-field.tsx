import { useId, type HTMLAttributes } from "react";
import "./text-field.css";

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** Enter: the keyboard's "next" or "done" key. */
  onEnter?(): void;
  /** What is wrong, once it should be said; the field is marked invalid meanwhile. */
  problem?: string | null;
  hint?: string;
  /** Shown beside the hint, e.g. "12/80"; screen readers skip it. */
  counter?: string;
  inputRef?(element: HTMLInputElement | HTMLTextAreaElement | null): void;
  /** Two lines, for text too long to check on one (an address); Enter still moves on. */
  multiline?: boolean;
  type?: "text" | "tel" | "email";
  /** The rule's longest value: typing or pasting stops there; a longer value already held stays. */
  maxLength?: number;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  autoComplete?: string;
  enterKeyHint?: "next" | "done";
  /** Shown, not changed: for someone who may only look. */
  readOnly?: boolean;
  /** Shown under the problem, e.g. a suggested fix. */
  children?: React.ReactNode;
}

/** A labelled text field: its hint, and what is wrong with it beside it. */
export function TextField({
  label,
  value,
  onChange,
  onBlur,
  onEnter,
  problem,
  hint,
  counter,
  inputRef,
  multiline = false,
  type = "text",
  maxLength,
  inputMode,
  autoComplete,
  enterKeyHint = "next",
  readOnly,
  children,
}: TextFieldProps) {
  const ids = { input: useId(), hint: useId(), error: useId() };
  const described = [problem && ids.error, hint && ids.hint].filter(Boolean).join(" ");
  const props = {
    id: ids.input,
    className: problem ? "field-input field-input-error" : "field-input",
    value,
    maxLength,
    inputMode,
    autoComplete,
    enterKeyHint,
    readOnly,
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": described || undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    onBlur,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key !== "Enter" || !onEnter) return;
      e.preventDefault();
      onEnter();
    },
  };
  return (
    <div className="field">
      <label htmlFor={ids.input} className="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea ref={inputRef} rows={2} {...props} />
      ) : (
        <input ref={inputRef} type={type} {...props} />
      )}
      {problem && (
        <p id={ids.error} className="field-error" role="alert">
          {problem}
        </p>
      )}
      {children}
      {hint && (
        <p id={ids.hint} className="muted small field-hint">
          <span>{hint}</span>
          {counter && (
            <span className="field-counter" aria-hidden="true">
              {counter}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
