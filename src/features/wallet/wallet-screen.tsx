import { useParams } from "react-router-dom";
import { AccountScreen } from "../../components/account-screen";
import { can, type Permission } from "../../domain/permissions";
import type { Account } from "../../domain/types";
import { useAccount } from "../../store/accounts";

interface WalletScreenProps {
  title: string;
  /** What the person's role must allow; the server refuses the rest anyway. */
  permission?: Permission;
  /** Said to a member whose role does not allow it. */
  notAllowed: string;
  children(account: Account): React.ReactNode;
  footer?(account: Account): React.ReactNode;
}

/** A wallet screen of the ZCA in the URL, for the roles that may use it. */
export function WalletScreen({
  title,
  permission = "wallet.use",
  notAllowed,
  children,
  footer,
}: WalletScreenProps) {
  const { accountId = "" } = useParams();
  const { data, error, reload } = useAccount(accountId);
  const allowed = data !== null && can(data.role, permission);
  return (
    <AccountScreen
      title={title}
      account={data}
      error={error}
      onRetry={reload}
      footer={allowed ? footer : undefined}
    >
      {(account) => (allowed ? children(account) : <p className="notice notice-warning">{notAllowed}</p>)}
    </AccountScreen>
  );
}
