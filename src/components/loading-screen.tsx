import { Spinner } from "zmp-ui";
import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";

export function LoadingScreen({ label }: { label?: string }) {
  const t = useStrings(common);
  return (
    <div className="loading-screen" role="status" aria-live="polite">
      <Spinner visible />
      <p>{label ?? t.app.loading}</p>
    </div>
  );
}
