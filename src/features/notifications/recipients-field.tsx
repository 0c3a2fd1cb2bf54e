import { useId } from "react";
import type { NotificationKind } from "../../domain/notification-kinds";
import { mayReceiveNotification } from "../../domain/permissions";
import type { Member } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { strings } from "./strings";

interface RecipientsFieldProps {
  kind: NotificationKind;
  members: Member[];
  chosen: string[];
  disabled: boolean;
  onChange(recipients: string[]): void;
}

/** The members a kind goes to: only those whose role may see what it tells. */
export function RecipientsField({ kind, members, chosen, disabled, onChange }: RecipientsFieldProps) {
  const t = useStrings(strings).settings;
  const roles = useStrings(roleStrings);
  const hintId = useId();
  const eligible = members.filter(
    (member): member is Member & { personId: string } =>
      member.personId !== null && mayReceiveNotification(member.role, kind),
  );
  const money = eligible.length < members.filter((m) => m.personId !== null).length;
  const hint = chosen.length === 0 ? t.noRecipients : money ? t.moneyOnly : null;
  return (
    <fieldset className="recipients" aria-describedby={hint ? hintId : undefined}>
      <legend>{t.recipients}</legend>
      {hint && (
        <p id={hintId} className="muted small">
          {hint}
        </p>
      )}
      {eligible.map((member) => {
        const inputId = `${hintId}-${member.personId}`;
        return (
          <div key={member.personId} className="recipient">
            <input
              id={inputId}
              type="checkbox"
              checked={chosen.includes(member.personId)}
              disabled={disabled}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, member.personId]
                    : chosen.filter((id) => id !== member.personId),
                )
              }
            />
            <label htmlFor={inputId} className="row-main">
              <span>{member.name}</span>
              <span className="muted small">{roles[member.role]}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
