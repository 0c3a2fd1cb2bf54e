import type { ClientErrorCode } from "../domain/errors";
import type { Account } from "../domain/types";
import { AppPage } from "./app-page";
import { ErrorNotice } from "./error-notice";
import { LoadingScreen } from "./loading-screen";
import { useRevealed } from "./use-revealed";

interface AccountScreenProps {
  title: string;
  account: Account | null;
  error: ClientErrorCode | null;
  onRetry(): void;
  children(account: Account): React.ReactNode;
  /** Pinned to the bottom once the ZCA is here: the screen's main action, or why a change did not go through. */
  footer?(account: Account): React.ReactNode;
}

/** A screen about one ZCA: its content once the ZCA is here, else loading, or why not with a retry. */
export function AccountScreen({ title, error, onRetry, children, footer, ...props }: AccountScreenProps) {
  const account = useRevealed(props.account);
  return (
    <AppPage title={title} footer={account && footer?.(account)}>
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
