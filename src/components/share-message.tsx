import { useEffect, useRef } from "react";
import { Button } from "zmp-ui";
import type { ShareOutcome } from "../platform/share";
import "./share-message.css";

interface ShareMessageProps {
  /** What the message is, above it. */
  label: string;
  message: string;
  /** The button that sends it. */
  send: string;
  /** What to say for each way the message left the app. */
  outcomes: Record<ShareOutcome, string>;
  outcome: ShareOutcome | null;
  onSend(message: string): void;
}

/** A ready message to send through Zalo (or the system sheet, or the clipboard), and how it went. */
export function ShareMessage({ label, message, send, outcomes, outcome, onSend }: ShareMessageProps) {
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  // The outcome appears below the button, often under the fold of a phone screen.
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [outcome]);

  return (
    <>
      <figure className="message-preview">
        <figcaption className="muted small">{label}</figcaption>
        <blockquote>{message}</blockquote>
      </figure>
      <Button fullWidth variant="secondary" onClick={() => onSend(message)}>
        {send}
      </Button>
      {outcome && (
        <p ref={outcomeRef} role="status" className="notice notice-info">
          {outcomes[outcome]}
        </p>
      )}
    </>
  );
}
