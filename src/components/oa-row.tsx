import type { Oa } from "../domain/types";
import { t } from "../i18n";
import { EntityAvatar } from "./entity-avatar";
import { CheckIcon } from "./icons";
import { OaTitle } from "./oa-title";

interface OaRowProps {
  oa: Pick<Oa, "id" | "name" | "avatar" | "verified" | "category" | "followers">;
  selected?: boolean;
  /** Why this OA cannot be chosen; the row stays visible and focusable but does nothing. */
  disabledReason?: string;
  onSelect(oaId: string): void;
}

/** One OA to choose: avatar, name with the verified badge, category and followers, and why not. */
export function OaRow({ oa, selected = false, disabledReason, onSelect }: OaRowProps) {
  const disabled = disabledReason !== undefined;
  return (
    <button
      type="button"
      className="row-button oa-row"
      aria-pressed={selected}
      aria-disabled={disabled || undefined}
      onClick={() => !disabled && onSelect(oa.id)}
    >
      <EntityAvatar name={oa.name} src={oa.avatar} size={44} />
      <span className="row-main">
        <OaTitle oa={oa} />
        <span className="muted small">
          {oa.category} · {t.account.followers(oa.followers)}
        </span>
        {disabled && <span className="oa-row-reason small">{disabledReason}</span>}
      </span>
      <span className="choice-mark" aria-hidden="true">
        {selected && <CheckIcon size={16} />}
      </span>
    </button>
  );
}
