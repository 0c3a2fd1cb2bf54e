import { useLocation, useNavigate, useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { ChevronIcon } from "../../components/icons";
import { LanguagePicker } from "../../components/language-picker";
import { useFormat } from "../../i18n/format";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { BusinessCard } from "./business-card";
import { strings } from "./strings";
import "./account.css";

/**
 * "Cài đặt": the ZCA's details and its business's, the way to asset management as in the console,
 * and the language.
 */
export default function SettingsPage() {
  const s = useStrings(strings).settingsPage;
  const format = useFormat();
  const { accountId = "" } = useParams();
  const { data, error, reload } = useAccount(accountId);
  const navigate = useNavigate();
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

          <BusinessCard account={account} onEdit={() => navigate(`/accounts/${account.id}/business`)} />

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

          <LanguagePicker />
        </>
      )}
    </AccountScreen>
  );
}
