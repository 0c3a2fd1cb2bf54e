import { Component, type ReactNode } from "react";
import { Button } from "zmp-ui";
import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import { AppPage } from "./app-page";

type Failure = "offline" | "broken";

interface State {
  failed: Failure | null;
}

// How browsers say a screen's code did not arrive: Chromium, Safari, Firefox, and Vite's CSS preload.
const NOT_LOADED = /dynamically imported module|importing a module script|module source|preload CSS/i;

/**
 * A screen that cannot open (its code did not load on a bad network) says so in a screen of its
 * own, with the header and its back arrow, and a retry. It holds one screen only: going back, or
 * anywhere else, leaves it behind.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; onRetry(): void }, State> {
  state: State = { failed: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: NOT_LOADED.test(String((error as Error | null)?.message)) ? "offline" : "broken" };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailed failure={this.state.failed} onRetry={this.props.onRetry} />;
  }
}

function ScreenFailed({ failure, onRetry }: { failure: Failure; onRetry(): void }) {
  const t = useStrings(common);
  return (
    <AppPage title={t.app.screenFailed}>
      <div className="notice notice-error" role="alert">
        <p>{failure === "offline" ? t.app.screenOffline : t.errors.unknown}</p>
        <Button size="small" variant="secondary" onClick={onRetry}>
          {t.app.retry}
        </Button>
      </div>
    </AppPage>
  );
}
