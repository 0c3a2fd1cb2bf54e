import { Spinner } from "zmp-ui";
import { t } from "../i18n";

export function LoadingScreen({ label = t.app.loading }: { label?: string }) {
  return (
    <div className="loading-screen" role="status" aria-live="polite">
      <Spinner visible />
      <p>{label}</p>
    </div>
  );
}
