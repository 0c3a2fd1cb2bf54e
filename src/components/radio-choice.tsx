import { CheckIcon } from "./icons";
import "./radio-choice.css";

interface RadioGroupProps {
  /** What is being chosen: the group's name for a screen reader. */
  legend: string;
  children: React.ReactNode;
}

/**
 * One choice among options. Native radios in a fieldset: Tab stops once, on the chosen option (or
 * the first), and the arrow keys move and choose, as every platform's radios do.
 */
export function RadioGroup({ legend, children }: RadioGroupProps) {
  return (
    <fieldset className="radio-group">
      <legend className="sr-only">{legend}</legend>
      {children}
    </fieldset>
  );
}

interface RadioOptionProps {
  /** The group's name: options with the same name are one choice. */
  name: string;
  value: string;
  checked: boolean;
  /** The option stays visible, dimmed, and cannot be chosen. */
  disabled?: boolean;
  onChoose(value: string): void;
  /** Classes of the option's visible row. */
  className?: string;
  /** Ids of the parts of the row that name it and describe it, when not all of it is its name. */
  labelledBy?: string;
  describedBy?: string;
  /** The option's label: everything it shows. */
  children: React.ReactNode;
}

/** An option drawn as a row with a round mark; the whole row is the radio's label. */
export function RadioOption({
  name,
  value,
  checked,
  disabled,
  onChoose,
  className,
  labelledBy,
  describedBy,
  children,
}: RadioOptionProps) {
  return (
    <label className="radio-option">
      <input
        type="radio"
        className="radio-option-input"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onChange={() => onChoose(value)}
      />
      <span className={className ? `radio-option-body ${className}` : "radio-option-body"}>
        {children}
        <span className="choice-mark" aria-hidden="true">
          {checked && <CheckIcon size={16} />}
        </span>
      </span>
    </label>
  );
}
