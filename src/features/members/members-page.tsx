import { Button } from "zmp-ui";
import { useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import { ListCard } from "../../components/list-card";
import { NavRow } from "../../components/nav-row";
import { can, mayManage } from "../../domain/permissions";
import { useStrings } from "../../i18n/locale";
import { roleStrings, useRoleNamesWith } from "../../i18n/role-strings";
import { useAccount } from "../../store/accounts";
import { hasAnswered } from "../../store/async";
import { useSession } from "../../store/session";
import { MemberRow } from "./member-row";
import { useMemberList } from "./store";
import { strings } from "./strings";
import "./members.css";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/**
 * "Quản lý thành viên": who manages the ZCA with which role, the Super Admin first. Every member
 * sees the list; only a role that manages members gets the controls, each within its rank.
 */
export default function MembersPage() {
  const t = useStrings(strings).list;
  const roles = useStrings(roleStrings);
  const whoCan = useRoleNamesWith("members.manage");
  const { accountId = "" } = useParams();
  const account = useAccount(accountId);
  const members = useMemberList(accountId);
  const myId = useSession((s) => s.me?.user.id);
  const navigate = useScreenNavigate();
  // The list sits above "Quyền của các vai trò": the page waits for its first answer.
  const shown = hasAnswered(members) ? account.data : null;

  return (
    <AccountScreen title={t.title} account={shown} error={account.error} onRetry={account.reload}>
      {({ name, role }) => {
        const manages = can(role, "members.manage");
        return (
          <>
            <p className="muted page-intro">{t.intro(name)}</p>
            {manages ? (
              <Button fullWidth onClick={() => navigate(routes.addMember.href({ accountId }))}>
                {t.add}
              </Button>
            ) : (
              <p className="notice notice-info">
                <InfoIcon size={18} /> {t.viewOnly(roles[role], whoCan)}
              </p>
            )}
            {members.data && (
              <ListCard
                title={t.members(members.data.length)}
                outro={members.data.some((m) => m.pending) && <p className="muted small">{t.pendingHint}</p>}
              >
                {members.data.map((member) => (
                  <MemberRow
                    key={member.id}
                    member={member}
                    isMe={member.personId === myId}
                    onOpen={
                      mayManage(role, member.role)
                        ? () => navigate(routes.member.href({ accountId, memberId: member.id }))
                        : undefined
                    }
                  />
                ))}
              </ListCard>
            )}
            {!members.data && members.error && <ErrorNotice code={members.error} onRetry={members.reload} />}
            <nav className="card" aria-label={t.more}>
              <NavRow
                title={t.roles}
                hint={t.rolesHint}
                onClick={() => navigate(routes.roles.href({ accountId }))}
              />
              {manages && (
                <NavRow
                  title={t.superAdmin}
                  hint={t.superAdminHint}
                  onClick={() => navigate(routes.superAdmin.href({ accountId }))}
                />
              )}
            </nav>
          </>
        );
      }}
    </AccountScreen>
  );
}
