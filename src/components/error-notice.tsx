import { Button } from "zmp-ui";
import type { ClientErrorCode } from "../api/client";
import { t } from "../i18n";

interface ErrorNoticeProps {
  code: ClientErrorCode;
  onRetry?: () => void;
  retrying?: boolean;
}

/** What went wrong, in a sentence that says what to do, with a retry when one makes sense. */
export function ErrorNotice({ code, onRetry, retrying }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{t.errors[code]}</p>
      {onRetry && (
        <Button size="small" variant="secondary" loading={retrying} onClick={onRetry}>
          {t.app.retry}
        </Button>
      )}
    </div>
  );
}
