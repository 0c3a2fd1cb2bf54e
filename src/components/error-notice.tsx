import { Button } from "zmp-ui";
import type { ClientErrorCode } from "../api/client";
import { t } from "../i18n";

interface ErrorNoticeProps {
  code: ClientErrorCode;
  /** What did not happen, said before why. */
  title?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** What went wrong, in a sentence that says what to do, with a retry when one makes sense. */
export function ErrorNotice({ code, title, onRetry, retrying }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      {title && (
        <p>
          <strong>{title}</strong>
        </p>
      )}
      <p>{t.errors[code]}</p>
      {onRetry && (
        <Button size="small" variant="secondary" loading={retrying} onClick={onRetry}>
          {t.app.retry}
        </Button>
      )}
    </div>
  );
}
