import { useEffect, useRef } from "react";
import { Button } from "zmp-ui";
import { adminRequestStrings } from "../i18n/admin-request-strings";
import { useStrings } from "../i18n/locale";
import type { ShareOutcome } from "../platform/share";
import "./admin-request.css";

interface AdminRequestProps {
  message: string;
  outcome: ShareOutcome | null;
  onSend(message: string): void;
}

/** The ready message asking an OA's admin for admin rights, the button that sends it, and how it went. */
export function AdminRequest({ message, outcome, onSend }: AdminRequestProps) {
  const t = useStrings(adminRequestStrings);
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  // The outcome appears below the button, often under the fold of a phone screen.
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [outcome]);

  return (
    <>
      <figure className="message-preview">
        <figcaption className="muted small">{t.messageLabel}</figcaption>
        <blockquote>{message}</blockquote>
      </figure>
      <Button fullWidth variant="secondary" onClick={() => onSend(message)}>
        {t.send}
      </Button>
      {outcome && (
        <p ref={outcomeRef} role="status" className="notice notice-info">
          {t.outcome[outcome]}
        </p>
      )}
    </>
  );
}
