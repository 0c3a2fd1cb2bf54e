import { useLocation, useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { NavRow } from "../../components/nav-row";
import { LanguagePicker } from "../../components/language-picker";
import { can } from "../../domain/permissions";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { BusinessCard } from "./business-card";
import { EndSessions } from "./end-sessions";
import { strings } from "./strings";
import "./account.css";
import { usePreloadScreens } from "../../components/use-preload-screens";
import { useScreenNavigate } from "../../components/screen-navigation";
import { routes } from "../../routes";

/**
 * "Cài đặt": the ZCA's details and its business's, the ways to asset management and to members as
 * in the console, the language, and signing out of every device. Every member sees them all; what
 * they may change depends on their role.
 */
export default function SettingsPage() {
  const s = useStrings(strings).settingsPage;
  const format = useFormat();
  const { accountId = "" } = useParams();
  const { data, error, reload } = useAccount(accountId);
  const navigate = useScreenNavigate();
  usePreloadScreens(routes.assets.href({ accountId }), routes.members.href({ accountId }));
  const saved = Boolean((useLocation().state as { saved?: boolean } | null)?.saved);
  return (
    <AccountScreen title={s.title} account={data} error={error} onRetry={reload}>
      {(account) => (
        <>
          {saved && (
            <p className="notice notice-info" role="status">
              {s.saved}
            </p>
          )}
          <section className="card" aria-labelledby="account-info">
            <h2 id="account-info" className="card-title">
              {s.info}
            </h2>
            <dl className="facts">
              <dt>{s.name}</dt>
              <dd>
                {account.name}
                <span className="muted small facts-note">{s.nameFixed}</span>
              </dd>
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

          <BusinessCard
            account={account}
            onEdit={() => navigate(routes.business.href({ accountId: account.id }))}
          />

          <nav className="card" aria-label={s.manage}>
            <NavRow
              title={s.assets}
              hint={can(account.role, "assets.manage") ? s.assetsHint : s.assetsViewHint}
              onClick={() => navigate(routes.assets.href({ accountId: account.id }))}
            />
            <NavRow
              title={s.members}
              hint={can(account.role, "members.manage") ? s.membersHint : s.membersViewHint}
              onClick={() => navigate(routes.members.href({ accountId: account.id }))}
            />
            <NavRow
              title={s.notifications}
              hint={s.notificationsHint}
              onClick={() => navigate(routes.notifications.href({ accountId: account.id }))}
            />
          </nav>

          <LanguagePicker />

          <EndSessions />
        </>
      )}
    </AccountScreen>
  );
}
