import { useEffect } from "react";
import { ErrorNotice } from "../../components/error-notice";
import { LoadingScreen } from "../../components/loading-screen";
import { t } from "../../i18n";
import { useSession } from "../../store/session";
import { DevSignIn } from "./dev-sign-in";

/** Signs the person in before any screen shows: Zalo inside Zalo, a seeded person in dev mode. */
export function SessionGate({ children }: { children: React.ReactNode }) {
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const start = useSession((s) => s.start);

  useEffect(() => {
    void start();
  }, [start]);

  if (status === "signed-in") return <>{children}</>;
  if (status === "choosing-persona") return <DevSignIn />;
  if (status === "failed" && error) {
    return (
      <div className="gate">
        <h1 className="gate-title">{t.signIn.failed}</h1>
        <ErrorNotice code={error} onRetry={() => void start()} />
      </div>
    );
  }
  return <LoadingScreen label={t.signIn.signingIn} />;
}
