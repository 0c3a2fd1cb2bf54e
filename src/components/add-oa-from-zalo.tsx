import { Button } from "zmp-ui";
import type { ClientErrorCode } from "../domain/errors";
import type { OaGrant } from "../domain/types";
import { useStrings } from "../i18n/locale";
import { oaGrantStrings } from "../i18n/oa-grant-strings";
import { ErrorNotice } from "./error-notice";
import "./add-oa-from-zalo.css";

interface AddOaFromZaloProps {
  /** The last authorization: "loading" while waiting for Zalo, then how it ended or why it failed. */
  grant: { status: string; data: OaGrant | null; error: ClientErrorCode | null };
  onAdd(): void;
  onStop(): void;
}

/** "Thêm OA từ Zalo": the button that opens Zalo's permission page, the wait, and how it went. */
export function AddOaFromZalo({ grant, onAdd, onStop }: AddOaFromZaloProps) {
  const t = useStrings(oaGrantStrings);
  const { data: result, error } = grant;
  if (grant.status === "loading") {
    return (
      <div className="add-oa" role="status">
        <p className="notice notice-info">{t.waiting}</p>
        <Button fullWidth variant="tertiary" onClick={onStop}>
          {t.stop}
        </Button>
      </div>
    );
  }
  return (
    <div className="add-oa">
      {result?.status === "done" && (
        <p className="notice notice-info" role="status">
          {t.done(result.oa.name)}
        </p>
      )}
      {result && result.status !== "done" && result.status !== "pending" && (
        <p className="notice notice-warning" role="alert">
          {endedText(t, result)}
        </p>
      )}
      {error && <ErrorNotice code={error} onRetry={onAdd} />}
      <Button fullWidth variant="secondary" onClick={onAdd}>
        {t.add}
      </Button>
      <p className="muted small">{t.hint}</p>
    </div>
  );
}

/** Why an authorization ended without an OA, in the words of how it ended. */
function endedText(t: (typeof oaGrantStrings)["vi"], grant: OaGrant): string {
  if (grant.status === "refused" && grant.error === "cancelled") return t.cancelled;
  if (grant.status === "failed" && grant.error === "other_browser") return t.otherBrowser;
  return grant.status === "refused" || grant.status === "failed" || grant.status === "expired"
    ? t[grant.status]
    : "";
}
