import type { Oa } from "../domain/types";
import { oaStrings } from "../i18n/oa-strings";
import { useStrings } from "../i18n/locale";
import { EntityAvatar } from "./entity-avatar";
import { RadioOption } from "./radio-choice";
import "./oa-row.css";

interface OaRowProps {
  oa: Pick<Oa, "name" | "avatar" | "verified">;
  /** The line under the name: category and followers, or who linked it and when. */
  detail: React.ReactNode;
  /** Why this OA cannot be chosen: the row stays visible, dimmed, with the reason. */
  reason?: string;
  /** The row's own button, e.g. "Liên kết" or "Hủy liên kết". */
  action?: React.ReactNode;
  /** Makes the whole row one option of a radio group (the create flow's OA step). */
  choice?: { name: string; value: string; checked: boolean; onChoose(): void };
}

/** One OA in any list: avatar, name with Zalo's verified badge, a detail line, why not, an action. */
export function OaRow({ oa, detail, reason, action, choice }: OaRowProps) {
  const t = useStrings(oaStrings);
  const disabled = reason !== undefined;
  const className = disabled ? "row oa-row oa-row-disabled" : "row oa-row";
  const content = (
    <>
      <EntityAvatar name={oa.name} src={oa.avatar} size={44} />
      <span className="row-main">
        <strong>
          <span className="oa-row-name">{oa.name}</span>
          {oa.verified && <VerifiedBadge label={t.verified} />}
        </strong>
        <span className="muted small">{detail}</span>
        {disabled && <span className="oa-row-reason small">{reason}</span>}
      </span>
    </>
  );
  if (!choice) {
    return (
      <li className={className}>
        {content}
        {action}
      </li>
    );
  }
  return (
    <li>
      <RadioOption
        name={choice.name}
        value={choice.value}
        checked={!disabled && choice.checked}
        disabled={disabled}
        onChoose={choice.onChoose}
        className={className}
      >
        {content}
      </RadioOption>
    </li>
  );
}

/** Zalo's blue check for a verified OA. */
function VerifiedBadge({ size = 16, label }: { size?: number; label: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" role="img" aria-label={label}>
      <circle cx="12" cy="12" r="11" className="verified-badge-disc" />
      <path
        d="M7 12.5l3.2 3.2L17 9"
        className="verified-badge-check"
        strokeWidth={2.4}
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
