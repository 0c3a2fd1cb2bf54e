import { useEffect } from "react";
import { useParams } from "react-router-dom";
import { AppPage } from "../../components/app-page";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import type { Account } from "../../domain/types";
import { useAccounts } from "../../store/accounts";

interface AccountScreenProps {
  title: string;
  children(account: Account): React.ReactNode;
}

/** A screen about the ZCA in the URL: loads it once, with a loading state and a retry. */
export function AccountScreen({ title, children }: AccountScreenProps) {
  const { accountId = "" } = useParams();
  const account = useAccounts((s) => s.byId[accountId]);
  const error = useAccounts((s) => s.errors[accountId]);
  const load = useAccounts((s) => s.load);

  useEffect(() => {
    if (!useAccounts.getState().byId[accountId]) void load(accountId);
  }, [accountId, load]);

  return (
    <AppPage title={title}>
      {account ? (
        children(account)
      ) : error ? (
        <ErrorNotice code={error} onRetry={() => void load(accountId)} />
      ) : (
        <LoadingScreen />
      )}
    </AppPage>
  );
}
