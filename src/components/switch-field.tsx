import { useId } from "react";
import "./switch-field.css";

interface SwitchFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** An on/off choice with its label and what it means, read by screen readers as a switch. */
export function SwitchField({ label, hint, checked, disabled, onChange }: SwitchFieldProps) {
  const ids = { input: useId(), hint: useId() };
  return (
    <div className="switch-field">
      <div className="switch-field-label">
        <label htmlFor={ids.input}>{label}</label>
        {hint && (
          <span id={ids.hint} className="muted small">
            {hint}
          </span>
        )}
      </div>
      <input
        id={ids.input}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? ids.hint : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
    </div>
  );
}
