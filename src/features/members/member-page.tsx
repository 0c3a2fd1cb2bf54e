import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { AccountScreen } from "../../components/account-screen";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import { LoadingScreen } from "../../components/loading-screen";
import { useConfirm } from "../../components/use-confirm";
import { useSuccessSnackbar } from "../../components/success-snackbar";
import { grantableRoles, mayManage, type MemberRole } from "../../domain/permissions";
import type { Account, Member } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { useSession } from "../../store/session";
import { useAccount } from "../../store/accounts";
import { MemberRow, useMemberName } from "./member-row";
import { RoleChoice } from "./role-choice";
import { useMemberList, useMembers } from "./store";
import { strings } from "./strings";
import "./members.css";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

type Asking = { action: "role"; role: MemberRole } | { action: "remove" };

/** One member: change their role or remove them, each confirmed, within the person's rank. */
export default function MemberPage() {
  const t = useStrings(strings);
  const { accountId = "", memberId = "" } = useParams();
  const account = useAccount(accountId);
  const members = useMemberList(accountId);
  const member = members.data?.find((m) => m.id === memberId);

  useEffect(() => useMembers.getState().resetChange(), []);

  return (
    <AccountScreen
      title={t.member.title}
      account={account.data}
      error={account.error}
      onRetry={account.reload}
    >
      {(loaded) =>
        member ? (
          <MemberControls account={loaded} member={member} />
        ) : members.error ? (
          <ErrorNotice code={members.error} onRetry={members.reload} />
        ) : members.data ? (
          <p className="notice notice-info">{t.member.notFound}</p>
        ) : (
          <LoadingScreen />
        )
      }
    </AccountScreen>
  );
}

function MemberControls({ account, member }: { account: Account; member: Member }) {
  const t = useStrings(strings);
  const m = t.member;
  const roles = useStrings(roleStrings);
  const nameOf = useMemberName();
  const myId = useSession((s) => s.me?.user.id);
  const change = useMembers((s) => s.change);
  const navigate = useScreenNavigate();
  const succeeded = useSuccessSnackbar();
  const dialog = useConfirm<Asking>();
  const [role, setRole] = useState<MemberRole | null>(member.role === "super_admin" ? null : member.role);
  const name = nameOf(member);
  const isMe = member.personId === myId;
  const busy = change.status === "loading" ? dialog.asking?.action : undefined;
  // Removing oneself is leaving; removing an invitation is withdrawing it.
  const removal = isMe
    ? { button: m.leave, confirm: t.confirmLeave, done: m.left(account.name) }
    : member.pending
      ? { button: m.withdraw, confirm: t.confirmWithdraw, done: m.withdrawn(name) }
      : { button: m.remove, confirm: t.confirmRemove, done: m.removed(name, account.name) };

  async function confirm() {
    const asking = dialog.asking;
    dialog.close();
    if (!asking) return;
    const members = useMembers.getState();
    if (asking.action === "role") {
      const outcome = await members.changeRole(account.id, member.id, asking.role);
      if (outcome?.ok) succeeded(m.changed(name, roles[asking.role]));
      return;
    }
    const outcome = await members.remove(account.id, member.id);
    if (!outcome?.ok) return;
    succeeded(removal.done);
    // Whoever leaves may no longer see the ZCA: home lists what is left.
    if (isMe) navigate(routes.home.href(), { replace: true });
    else navigate(-1);
  }

  const header = (
    <section className="card">
      <ul className="card-list">
        <MemberRow member={member} isMe={isMe} />
      </ul>
    </section>
  );
  if (!mayManage(account.role, member.role)) {
    return (
      <>
        {header}
        <p className="notice notice-info">
          <InfoIcon size={18} />{" "}
          {member.role === "super_admin" ? m.superAdminFixed : m.outranked(roles[account.role])}
        </p>
      </>
    );
  }

  const asking = dialog.asking;
  const text = asking?.action === "role" ? t.confirmRole : removal.confirm;
  const body =
    asking?.action === "role"
      ? t.confirmRole.body(name, roles[asking.role], account.name)
      : removal.confirm.body(name, account.name);
  return (
    <>
      {header}
      <RoleChoice legend={m.newRole} roles={grantableRoles(account.role)} value={role} onChange={setRole} />
      {change.error && asking && (
        <ErrorNotice title={asking.action === "role" ? m.saveFailed : m.removeFailed} code={change.error} />
      )}
      <Button
        fullWidth
        loading={busy === "role"}
        disabled={role === null || role === member.role}
        onClick={() => role && dialog.ask({ action: "role", role })}
      >
        {m.save}
      </Button>
      <Button
        fullWidth
        variant="tertiary"
        type="danger"
        loading={busy === "remove"}
        onClick={() => dialog.ask({ action: "remove" })}
      >
        {removal.button}
      </Button>
      <ConfirmDialog
        open={dialog.open}
        title={text.title}
        body={body}
        confirm={text.confirm}
        cancel={text.cancel}
        danger={asking?.action === "remove"}
        onConfirm={() => void confirm()}
        onCancel={dialog.close}
      />
    </>
  );
}
