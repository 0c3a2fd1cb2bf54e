import type { ClientErrorCode } from "../domain/errors";
import type { Account } from "../domain/types";
import { AppPage } from "./app-page";
import { ErrorNotice } from "./error-notice";
import { LoadingScreen } from "./loading-screen";

interface AccountScreenProps {
  title: string;
  account: Account | null;
  error: ClientErrorCode | null;
  onRetry(): void;
  /** Pinned to the bottom, e.g. why a change did not go through. */
  footer?: React.ReactNode;
  children(account: Account): React.ReactNode;
}

/** A screen about one ZCA: its content once the ZCA is here, else loading, or why not with a retry. */
export function AccountScreen({ title, account, error, onRetry, footer, children }: AccountScreenProps) {
  return (
    <AppPage title={title} footer={footer}>
      {account ? (
        children(account)
      ) : error ? (
        <ErrorNotice code={error} onRetry={onRetry} />
      ) : (
        <LoadingScreen />
      )}
    </AppPage>
  );
}
