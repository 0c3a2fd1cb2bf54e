import { useNavigate, useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { ChevronIcon } from "../../components/icons";
import { ListCard } from "../../components/list-card";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { LinkIcon } from "./icons";
import { strings } from "./strings";
import "./assets.css";

/** "Quản lý tài sản": the way to "Liên kết OA" and the apps the ZCA holds. */
export default function AssetsPage() {
  const a = useStrings(strings).assets;
  const { accountId = "" } = useParams();
  const { data, error, reload } = useAccount(accountId);
  const navigate = useNavigate();
  return (
    <AccountScreen title={a.title} account={data} error={error} onRetry={reload}>
      {(account) => (
        <>
          <nav className="card" aria-label={a.title}>
            <button
              type="button"
              className="row-button"
              onClick={() => navigate(`/accounts/${account.id}/assets/oas`)}
            >
              <LinkIcon size={22} className="row-icon" />
              <span className="row-main">
                <strong>{a.linkOa}</strong>
                <span className="muted small">{a.linkedCount(account.oas.length)}</span>
              </span>
              <ChevronIcon size={20} className="muted" />
            </button>
          </nav>

          <ListCard title={a.apps} empty={account.apps.length === 0 && a.noApps}>
            {account.apps.map((app) => (
              <li key={app.id} className="row">
                <span className="row-main">
                  <strong>{app.name}</strong>
                  <span className="muted small">{app.id}</span>
                </span>
              </li>
            ))}
          </ListCard>
        </>
      )}
    </AccountScreen>
  );
}
