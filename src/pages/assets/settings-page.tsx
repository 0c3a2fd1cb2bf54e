import { useNavigate } from "react-router-dom";
import { ChevronIcon } from "../../components/icons";
import { t } from "../../i18n";
import { AccountScreen } from "./account-screen";

const s = t.assets.settings;

/** "Cài đặt": the ZCA's details and the way to asset management, as in the console. */
export default function SettingsPage() {
  const navigate = useNavigate();
  return (
    <AccountScreen title={s.title}>
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
              <dd>{t.assets.date(account.createdAt)}</dd>
              <dt>{s.terms}</dt>
              <dd>{s.termsAccepted(account.termsVersion, account.termsAcceptedAt)}</dd>
            </dl>
          </section>

          <nav className="card" aria-label={s.manage}>
            <button
              type="button"
              className="row-button"
              onClick={() => navigate(`/accounts/${account.id}/assets`)}
            >
              <span className="row-main">
                <strong>{s.assets}</strong>
                <span className="muted small">{s.assetsHint}</span>
              </span>
              <ChevronIcon size={20} className="muted" />
            </button>
          </nav>
        </>
      )}
    </AccountScreen>
  );
}
