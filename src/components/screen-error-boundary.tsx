import { Component, type ReactNode } from "react";
import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import { ErrorNotice } from "./error-notice";

interface State {
  failed: boolean;
}

/**
 * A screen that cannot load (its code chunk failed on a bad network) says so instead of leaving
 * a blank app. Retrying reloads the app: React keeps a failed lazy import, and every draft is saved.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; onRetry?: () => void }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailed onRetry={this.props.onRetry ?? (() => window.location.reload())} />;
  }
}

function ScreenFailed({ onRetry }: { onRetry(): void }) {
  const t = useStrings(common);
  return (
    <div className="gate">
      <ErrorNotice code="network" title={t.app.screenFailed} onRetry={onRetry} />
    </div>
  );
}
