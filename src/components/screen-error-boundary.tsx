import { Component, type ReactNode } from "react";
import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import { AppPage } from "./app-page";
import { ErrorNotice } from "./error-notice";

interface State {
  failed: boolean;
}

/**
 * A screen that cannot open (its code did not load on a bad network) says so in a screen of its
 * own, with the header and its back arrow, and a retry. It holds one screen only: going back, or
 * anywhere else, leaves it behind.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; onRetry(): void }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailed onRetry={this.props.onRetry} />;
  }
}

function ScreenFailed({ onRetry }: { onRetry(): void }) {
  const t = useStrings(common);
  return (
    <AppPage title={t.app.screenFailed}>
      <ErrorNotice code="network" onRetry={onRetry} />
    </AppPage>
  );
}
