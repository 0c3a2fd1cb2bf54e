import { Button } from "zmp-ui";
import { canRetry, type ClientErrorCode } from "../domain/errors";
import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";
import { openZaloUpdate } from "../platform/identity";

interface ErrorNoticeProps {
  code: ClientErrorCode;
  /** What did not happen, said before why. */
  title?: string;
  /** Offered only when trying again can help (see canRetry). */
  onRetry?: () => void;
  retrying?: boolean;
  /** The person typed answers on this screen that stay: say so when trying again can help. */
  inputKept?: boolean;
}

/**
 * What went wrong, in a sentence that says what to do, with a retry when one makes sense, and
 * Zalo's own update page when Zalo is too old for what was asked.
 */
export function ErrorNotice({ code, title, onRetry, retrying, inputKept = false }: ErrorNoticeProps) {
  const t = useStrings(common);
  const sentence = inputKept && canRetry(code) ? `${t.errors[code]} ${t.app.inputKept}` : t.errors[code];
  return (
    <div className="notice notice-error" role="alert">
      {title && (
        <p>
          <strong>{title}</strong>
        </p>
      )}
      <p>{sentence}</p>
      {onRetry && canRetry(code) && (
        <Button size="small" variant="secondary" loading={retrying} onClick={onRetry}>
          {t.app.retry}
        </Button>
      )}
      {code === "zalo_too_old" && (
        <Button size="small" variant="secondary" onClick={() => void openZaloUpdate()}>
          {t.app.updateZalo}
        </Button>
      )}
    </div>
  );
}
