import { useNavigate, useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { NavRow } from "../../components/nav-row";
import { can } from "../../domain/permissions";
import { LanguagePicker } from "../../components/language-picker";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { strings } from "./strings";
import "./account.css";

/**
 * "Cài đặt": the ZCA's details, the ways to asset management and to members as in the console,
 * and the language. Every member sees both; what they may change there depends on their role.
 */
export default function SettingsPage() {
  const s = useStrings(strings).settingsPage;
  const format = useFormat();
  const { accountId = "" } = useParams();
  const { data, error, reload } = useAccount(accountId);
  const navigate = useNavigate();
  return (
    <AccountScreen title={s.title} account={data} error={error} onRetry={reload}>
      {(account) => (
        <>
          <section className="card" aria-labelledby="account-info">
            <h2 id="account-info" className="card-title">
              {s.info}
            </h2>
            <dl className="facts">
              <dt>{s.name}</dt>
              <dd>{account.name}</dd>
              <dt>{s.id}</dt>
              <dd>{account.id}</dd>
              <dt>{s.superAdmin}</dt>
              <dd>{account.superAdmin.name}</dd>
              <dt>{s.createdAt}</dt>
              <dd>{format.date(account.createdAt)}</dd>
              <dt>{s.terms}</dt>
              <dd>{s.termsAccepted(account.termsVersion, account.termsAcceptedAt)}</dd>
            </dl>
          </section>

          <nav className="card" aria-label={s.manage}>
            <NavRow
              title={s.assets}
              hint={can(account.role, "assets.manage") ? s.assetsHint : s.assetsViewHint}
              onClick={() => navigate(`/accounts/${account.id}/assets`)}
            />
            <NavRow
              title={s.members}
              hint={can(account.role, "members.manage") ? s.membersHint : s.membersViewHint}
              onClick={() => navigate(`/accounts/${account.id}/members`)}
            />
          </nav>

          <LanguagePicker />
        </>
      )}
    </AccountScreen>
  );
}
