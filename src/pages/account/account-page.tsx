import { useEffect } from "react";
import { Button } from "zmp-ui";
import { useLocation, useNavigate, useParams } from "react-router-dom";
import { AppPage } from "../../components/app-page";
import { CheckList } from "../../components/check-list";
import { DevSwitchPerson } from "../../components/dev-switch-person";
import { EntityAvatar } from "../../components/entity-avatar";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon, SettingsIcon } from "../../components/icons";
import { OaTitle } from "../../components/oa-title";
import { LoadingScreen } from "../../components/loading-screen";
import { t } from "../../i18n";
import { useAccounts } from "../../store/accounts";
import { useSession } from "../../store/session";

/** The ZCA's home: balance, what it pays for, its OAs and apps, and the way to settings. */
export default function AccountPage() {
  const { accountId = "" } = useParams();
  const account = useAccounts((s) => s.byId[accountId]);
  const error = useAccounts((s) => s.errors[accountId]);
  const load = useAccounts((s) => s.load);
  const navigate = useNavigate();
  const landing = Boolean((useLocation().state as { landing?: boolean } | null)?.landing);
  const ownsByPhone = useSession((s) => s.me?.reason === "phone_owns_account");

  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);

  if (!account) {
    return (
      <AppPage title={t.app.title} root={landing}>
        {error ? <ErrorNotice code={error} onRetry={() => void load(accountId)} /> : <LoadingScreen />}
      </AppPage>
    );
  }

  return (
    <AppPage title={account.name} root={landing}>
      {landing && ownsByPhone && (
        <p className="notice notice-info" role="status">
          <InfoIcon size={18} /> {t.home.ownsAccount}
        </p>
      )}
      <section className="card balance-card">
        <p className="muted">{t.account.balance}</p>
        <p className="balance">{t.account.currency(account.balance)}</p>
        <p className="muted small">{t.account.role[account.role]}</p>
      </section>

      <section className="card">
        <h2 className="card-title">{t.account.paysFor}</h2>
        <CheckList items={t.home.uses} />
        <p className="muted small">{t.home.notFor}</p>
      </section>

      <section className="card" aria-labelledby="linked-oas">
        <h2 id="linked-oas" className="card-title">
          {t.account.oas}
        </h2>
        {account.oas.length === 0 && <p className="muted">{t.account.noOas}</p>}
        <ul className="card-list">
          {account.oas.map((oa) => (
            <li key={oa.id} className="row">
              <EntityAvatar name={oa.name} src={oa.avatar} size={40} />
              <span className="row-main">
                <OaTitle oa={oa} />
                <span className="muted small">{t.account.followers(oa.followers)}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="linked-apps">
        <h2 id="linked-apps" className="card-title">
          {t.account.apps}
        </h2>
        {account.apps.length === 0 && <p className="muted">{t.account.noApps}</p>}
        <ul className="card-list">
          {account.apps.map((app) => (
            <li key={app.id} className="row">
              <span className="row-main">{app.name}</span>
            </li>
          ))}
        </ul>
      </section>

      <Button
        fullWidth
        variant="secondary"
        prefixIcon={<SettingsIcon size={20} />}
        onClick={() => navigate(`/accounts/${account.id}/settings`)}
      >
        {t.account.settings}
      </Button>
      {landing && <DevSwitchPerson />}
    </AppPage>
  );
}
