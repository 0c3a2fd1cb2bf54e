import { EntityAvatar } from "../../components/entity-avatar";
import { ChevronIcon } from "../../components/icons";
import type { Member } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { strings } from "./strings";

interface MemberRowProps {
  member: Member;
  /** The signed-in person's own row says so. */
  isMe: boolean;
  /** Opens the member's screen; absent when the person may not manage this member. */
  onOpen?: () => void;
}

/** The name a member goes by on screen: a pending invitation is named by its number. */
export function useMemberName(): (member: Member) => string {
  const t = useStrings(strings);
  return (member) => member.name ?? t.numberName(member.phone ?? "");
}

/** One member: avatar, name, masked phone, role, and who added them when. */
export function MemberRow({ member, isMe, onOpen }: MemberRowProps) {
  const t = useStrings(strings).list;
  const roles = useStrings(roleStrings);
  const nameOf = useMemberName();
  const name = nameOf(member);
  const since =
    member.role === "super_admin"
      ? t.createdAccount(member.addedAt)
      : (member.pending ? t.invitedBy : t.addedBy)(member.addedBy.name, member.addedAt);
  const content = (
    <>
      <EntityAvatar name={member.name ?? "?"} src={member.avatar || undefined} size={44} />
      <span className="row-main">
        <strong>
          {name}
          {isMe && <span className="muted"> ({t.you})</span>}
        </strong>
        {member.name && member.phone && <span className="muted small">{member.phone}</span>}
        <span className="member-role">
          <span className={member.pending ? "role-chip role-chip-pending" : "role-chip"}>
            {roles[member.role]}
          </span>
          {member.pending && <span className="small member-pending">{t.pending}</span>}
        </span>
        <span className="muted small">{since}</span>
      </span>
    </>
  );
  return (
    <li>
      {onOpen ? (
        <button type="button" className="row-button" onClick={onOpen}>
          {content}
          <ChevronIcon size={20} className="muted" />
        </button>
      ) : (
        <div className="row">{content}</div>
      )}
    </li>
  );
}
