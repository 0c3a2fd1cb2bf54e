import { useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { ShareMessage } from "../../components/share-message";
import { useStrings } from "../../i18n/locale";
import { useAccount } from "../../store/accounts";
import { selectOutcomeOf, useAdminRequest } from "../../store/admin-request";
import { strings } from "./strings";
import "./members.css";

/**
 * "Đổi quản trị viên cấp cao": the Super Admin changes only through Zalo's support, on a signed and
 * stamped letter; the request text is ready to copy or share.
 */
export default function SuperAdminPage() {
  const s = useStrings(strings).superAdmin;
  const { accountId = "" } = useParams();
  const account = useAccount(accountId);
  const send = useAdminRequest((state) => state.send);
  const message = account.data
    ? s.message(account.data.name, account.data.id, account.data.superAdmin.name, account.data.business)
    : "";
  const outcome = useAdminRequest(selectOutcomeOf(message));
  return (
    <AccountScreen title={s.title} account={account.data} error={account.error} onRetry={account.reload}>
      {(loaded) => (
        <>
          <section className="card">
            <p>{s.intro}</p>
            <ol className="help-steps">
              {s.steps(loaded.id).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
          <section className="card">
            <ShareMessage
              label={s.messageLabel}
              message={message}
              send={s.send}
              outcomes={s.outcome}
              outcome={outcome}
              onSend={(text) => void send(text)}
            />
          </section>
        </>
      )}
    </AccountScreen>
  );
}
