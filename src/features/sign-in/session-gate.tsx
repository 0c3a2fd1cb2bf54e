import { lazy, Suspense, useEffect } from "react";
import { Button } from "zmp-ui";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { useRevealed } from "../../components/use-revealed";
import { canRetry } from "../../domain/errors";
import { useLocale, useStrings } from "../../i18n/locale";
import { restartApp } from "../../platform/identity";
import { isInsideZalo } from "../../platform/zalo";
import { useSession } from "../../store/session";
import { strings } from "./strings";

// The picker of seeded people exists in dev mode only: inside Zalo its code is never loaded.
const DevSignIn = lazy(() => import("./dev-sign-in"));

/** Signs the person in before any screen shows: Zalo inside Zalo, a seeded person in dev mode. */
export function SessionGate({ children }: { children: React.ReactNode }) {
  const t = useStrings(strings);
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const start = useSession((s) => s.start);
  const languagePicked = useLocale((s) => s.started);

  useEffect(() => {
    void start();
  }, [start]);

  const signedIn = useRevealed(status === "signed-in" && languagePicked);
  if (signedIn) return <>{children}</>;
  if (status === "choosing-persona") {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <DevSignIn />
      </Suspense>
    );
  }
  if (status === "failed" && error) {
    // Zalo's own sign-in cannot be asked twice in one page: trying again starts the app afresh.
    const again = error.startsWith("zalo_") && isInsideZalo() ? restartApp : () => void start();
    return (
      <main className="gate">
        <h1 className="gate-title">{t.failed}</h1>
        <ErrorNotice code={error} onRetry={again} />
        {/* A refused sign-in is not retried as it was: signing in again asks Zalo afresh. */}
        {!canRetry(error) && (
          <Button fullWidth onClick={again}>
            {t.again}
          </Button>
        )}
      </main>
    );
  }
  return <LoadingScreen label={t.signingIn} />;
}
