import type { App } from "../../domain/types";
import { appStrings } from "../../i18n/app-strings";
import { useStrings } from "../../i18n/locale";

interface AppRowProps {
  app: Pick<App, "id" | "name" | "declaredBy">;
  /** Why this app cannot be linked: the row stays visible, dimmed, with the reason. */
  reason?: string;
  /** The row's own button, e.g. "Liên kết" or "Hủy liên kết". */
  action?: React.ReactNode;
}

/**
 * One app in a list of "Liên kết ứng dụng": its name, its App ID (a declared app's name is its
 * App ID, so it says who declared it instead), why not, an action.
 */
export function AppRow({ app, reason, action }: AppRowProps) {
  const t = useStrings(appStrings);
  return (
    <li className={reason ? "row app-row-disabled" : "row"}>
      <span className="row-main">
        <strong>{app.name}</strong>
        {app.declaredBy ? (
          <span className="muted small">{t.declaredBy(app.declaredBy.name)}</span>
        ) : (
          <span className="muted small">App ID: {app.id}</span>
        )}
        {reason && <span className="small app-row-reason">{reason}</span>}
      </span>
      {action}
    </li>
  );
}
