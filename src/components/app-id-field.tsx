import { useState } from "react";
import { validateAppId } from "../domain/app-id";
import { appStrings } from "../i18n/app-strings";
import { useStrings } from "../i18n/locale";
import { TextField } from "./text-field";

interface AppIdFieldProps {
  value: string;
  onChange(value: string): void;
  /** Enter on the keyboard: e.g. link at once. */
  onEnter?(): void;
  /** Say what is wrong even before the field was left: a submit was tried. */
  showProblem?: boolean;
}

/** The App ID of an app to declare: its label, where to find it, and what is wrong beside it. */
export function AppIdField({ value, onChange, onEnter, showProblem = false }: AppIdFieldProps) {
  const t = useStrings(appStrings).field;
  // What was typed on an earlier visit speaks at once, as in every form of the app.
  const [left, setLeft] = useState(() => value.trim() !== "");
  const checked = validateAppId(value);
  // An emptied field says nothing until a submit is tried: the person may be choosing otherwise.
  const speaks = showProblem || (left && value.trim() !== "");
  const problem = !checked.ok && speaks ? t.problems[checked.problem] : null;
  return (
    <TextField
      label={t.label}
      value={value}
      onChange={(next) => onChange(next.slice(0, 100))}
      onBlur={() => setLeft(value.trim() !== "")}
      onEnter={onEnter}
      problem={problem}
      hint={t.hint}
      inputMode="numeric"
      autoComplete="off"
      enterKeyHint="done"
    />
  );
}
