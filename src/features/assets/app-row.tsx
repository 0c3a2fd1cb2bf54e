import type { App } from "../../domain/types";

interface AppRowProps {
  app: Pick<App, "id" | "name">;
  /** Why this app cannot be linked: the row stays visible, dimmed, with the reason. */
  reason?: string;
  /** The row's own button, e.g. "Liên kết" or "Hủy liên kết". */
  action?: React.ReactNode;
}

/** One app in a list of "Liên kết ứng dụng": its name, its App ID, why not, an action. */
export function AppRow({ app, reason, action }: AppRowProps) {
  return (
    <li className={reason ? "row app-row-disabled" : "row"}>
      <span className="row-main">
        <strong>{app.name}</strong>
        <span className="muted small">App ID: {app.id}</span>
        {reason && <span className="small app-row-reason">{reason}</span>}
      </span>
      {action}
    </li>
  );
}
