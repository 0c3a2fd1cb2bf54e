import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router-dom";
import { Button } from "zmp-ui";
import { AccountScreen } from "../../components/account-screen";
import { ErrorNotice } from "../../components/error-notice";
import { useSuccessSnackbar } from "../../components/success-snackbar";
import { TextField } from "../../components/text-field";
import { grantableRoles, type MemberRole } from "../../domain/permissions";
import { parseVietnamMobile } from "../../domain/phone";
import { useStrings } from "../../i18n/locale";
import { roleStrings } from "../../i18n/role-strings";
import { useAccount } from "../../store/accounts";
import { RoleChoice } from "./role-choice";
import { useMembers } from "./store";
import { strings } from "./strings";
import "./members.css";
import { useScreenNavigate } from "../../components/screen-navigation";

/**
 * "Thêm thành viên": a Zalo phone number in any common form and a role the person may give, each
 * role with what it can do. The server says whose number it is.
 */
export default function AddMemberPage() {
  const t = useStrings(strings);
  const a = t.add;
  const roleNames = useStrings(roleStrings);
  const { accountId = "" } = useParams();
  const account = useAccount(accountId);
  const change = useMembers((s) => s.change);
  const navigate = useScreenNavigate();
  const succeeded = useSuccessSnackbar();
  const [phone, setPhone] = useState("");
  const [role, setRole] = useState<MemberRole | null>(null);
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

  useEffect(() => useMembers.getState().resetChange(), []);

  const parsed = parseVietnamMobile(phone);
  const problem = touched && !parsed.ok ? a.phoneProblems[parsed.problem] : null;
  const roleMissing = touched && role === null;

  async function submit(accountName: string) {
    setTouched(true);
    if (!parsed.ok) return input.current?.focus();
    if (role === null) return;
    const outcome = await useMembers.getState().add(accountId, parsed.e164, role);
    if (!outcome?.ok || !outcome.data) return;
    const member = outcome.data;
    const name = roleNames[member.role];
    succeeded(
      member.pending ? a.invited(member.phone ?? "", name) : a.added(member.name!, name, accountName),
    );
    navigate(-1);
  }

  return (
    <AccountScreen title={a.title} account={account.data} error={account.error} onRetry={account.reload}>
      {(loaded) => {
        const roles = grantableRoles(loaded.role);
        if (roles.length === 0) return <ErrorNotice code="forbidden" />;
        return (
          <>
            <p className="muted page-intro">{a.intro(loaded.name)}</p>
            <section className="card">
              <TextField
                label={a.phone}
                value={phone}
                onChange={setPhone}
                onEnter={() => void submit(loaded.name)}
                problem={problem}
                hint={a.phoneHint}
                inputRef={(element) => (input.current = element)}
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                enterKeyHint="done"
              />
            </section>
            <RoleChoice
              legend={a.role}
              roles={roles}
              value={role}
              onChange={setRole}
              problem={roleMissing ? a.roleMissing : null}
            />
            {change.error && (
              <ErrorNotice
                title={a.failed}
                code={change.error}
                onRetry={() => void submit(loaded.name)}
                inputKept
              />
            )}
            <Button fullWidth loading={change.status === "loading"} onClick={() => void submit(loaded.name)}>
              {a.submit}
            </Button>
          </>
        );
      }}
    </AccountScreen>
  );
}
