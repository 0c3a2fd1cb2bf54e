import { EntityAvatar } from "./entity-avatar";
import { OaTitle } from "./oa-title";

interface OaListItemProps {
  oa: { name: string; avatar: string; verified: boolean };
  /** The line under the name: who linked it, its followers, or why it cannot be chosen. */
  detail: React.ReactNode;
  /** The row's button, e.g. "Liên kết" or "Hủy liên kết"; none for an OA that cannot be chosen. */
  action?: React.ReactNode;
  disabled?: boolean;
}

/** One OA in a list: avatar, name with the verified badge, a detail line and an optional action. */
export function OaListItem({ oa, detail, action, disabled = false }: OaListItemProps) {
  return (
    <li className={disabled ? "row oa-item oa-item-disabled" : "row oa-item"}>
      <EntityAvatar name={oa.name} src={oa.avatar} size={40} />
      <span className="row-main">
        <OaTitle oa={oa} />
        <span className="muted small">{detail}</span>
      </span>
      {action}
    </li>
  );
}
