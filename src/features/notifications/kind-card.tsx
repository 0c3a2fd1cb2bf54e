import { RadioGroup, RadioOption } from "../../components/radio-choice";
import { SwitchField } from "../../components/switch-field";
import { TextField } from "../../components/text-field";
import { MONEY_KINDS, type NotificationKind } from "../../domain/notification-kinds";
import type { Member } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import type { DraftProblem, KindDraft } from "./draft";
import { RecipientsField } from "./recipients-field";
import { strings } from "./strings";

interface KindCardProps {
  kind: NotificationKind;
  draft: KindDraft;
  members: Member[];
  editable: boolean;
  problem: DraftProblem | null;
  onChange(change: Partial<KindDraft>): void;
}

/** One kind of notification: on or off, its level where it has one, and who receives it. */
export function KindCard({ kind, draft, members, editable, problem, onChange }: KindCardProps) {
  const t = useStrings(strings).settings;
  const { title, hint } = t.kinds[kind];
  return (
    <section className="card notification-kind" aria-label={title}>
      <SwitchField
        label={title}
        hint={hint}
        checked={draft.enabled}
        disabled={!editable}
        onChange={(enabled) => onChange({ enabled })}
      />
      {!editable && (
        <p className="muted small">{MONEY_KINDS.includes(kind) ? t.viewOnlyMoney : t.viewOnly}</p>
      )}
      {draft.enabled && kind === "lowBalance" && (
        <>
          <RadioGroup legend={t.by}>
            {(["amount", "days"] as const).map((by) => (
              <RadioOption
                key={by}
                name="low-balance-by"
                value={by}
                checked={draft.byDays === (by === "days")}
                disabled={!editable}
                onChoose={() => onChange({ byDays: by === "days" })}
              >
                <span className="row-main">{by === "days" ? t.byDays : t.byAmount}</span>
              </RadioOption>
            ))}
          </RadioGroup>
          {draft.byDays ? (
            <TextField
              label={t.thresholdDays}
              hint={t.daysHint}
              value={draft.days}
              inputMode="numeric"
              problem={problem === "days" ? t.daysProblem : null}
              readOnly={!editable}
              onChange={(days) => onChange({ days })}
            />
          ) : (
            <TextField
              label={t.threshold}
              value={draft.amount}
              inputMode="numeric"
              problem={problem === "amount" ? t.amountProblem : null}
              readOnly={!editable}
              onChange={(amount) => onChange({ amount })}
            />
          )}
        </>
      )}
      {draft.enabled && kind === "balanceMovement" && (
        <TextField
          label={t.debitAbove}
          hint={t.debitAboveHint}
          value={draft.amount}
          inputMode="numeric"
          problem={problem === "amount" ? t.amountProblem : null}
          readOnly={!editable}
          onChange={(amount) => onChange({ amount })}
        />
      )}
      {draft.enabled && (
        <RecipientsField
          kind={kind}
          members={members}
          chosen={draft.recipients}
          disabled={!editable}
          onChange={(recipients) => onChange({ recipients })}
        />
      )}
    </section>
  );
}
