import { useId } from "react";
import type { MemberRole } from "../../domain/permissions";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { useRoleSummary } from "./role-summary";

interface RoleChoiceProps {
  legend: string;
  /** The roles the person may give. */
  roles: MemberRole[];
  value: MemberRole | null;
  onChange(role: MemberRole): void;
  /** Said when no role is chosen yet and one is needed. */
  problem?: string | null;
}

/** The roles to choose from, each with a line saying what it can do. */
export function RoleChoice({ legend, roles, value, onChange, problem }: RoleChoiceProps) {
  const names = useStrings(roleStrings);
  const summary = useRoleSummary();
  const id = useId();
  return (
    <fieldset className="card role-choice">
      <legend className="card-title">{legend}</legend>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {roles.map((role) => (
        <label key={role} className={value === role ? "role-option role-option-selected" : "role-option"}>
          <input
            type="radio"
            name={id}
            value={role}
            checked={value === role}
            aria-label={names[role]}
            aria-describedby={`${id}-${role}`}
            onChange={() => onChange(role)}
          />
          <span className="row-main">
            <strong>{names[role]}</strong>
            <span id={`${id}-${role}`} className="muted small">
              {summary(role)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
