import { adminRequestStrings } from "../i18n/admin-request-strings";
import { useStrings } from "../i18n/locale";
import type { ShareOutcome } from "../platform/share";
import { ShareMessage } from "./share-message";

interface AdminRequestProps {
  message: string;
  outcome: ShareOutcome | null;
  onSend(message: string): void;
}

/** The ready message asking an OA's admin for admin rights, the button that sends it, and how it went. */
export function AdminRequest({ message, outcome, onSend }: AdminRequestProps) {
  const t = useStrings(adminRequestStrings);
  return (
    <ShareMessage
      label={t.messageLabel}
      message={message}
      send={t.send}
      outcomes={t.outcome}
      outcome={outcome}
      onSend={onSend}
    />
  );
}
