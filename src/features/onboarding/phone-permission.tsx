import { useState } from "react";
import { ErrorNotice } from "../../components/error-notice";
import { InfoIcon } from "../../components/icons";
import type { ClientErrorCode } from "../../domain/errors";
import { useStrings } from "../../i18n/locale";
import { useSession } from "../../store/session";
import { strings } from "./strings";

/** Not asked yet, asking, or how the last ask went wrong. */
export type PhoneAsk = "idle" | "asking" | ClientErrorCode;

/** Inside Zalo the phone number comes with its own permission, asked once per tap (Zalo limits it). */
export function usePhonePermission() {
  const needed = useSession((s) => s.me?.reason === "phone_required");
  const sharePhone = useSession((s) => s.sharePhone);
  const [status, setStatus] = useState<PhoneAsk>("idle");

  async function ask() {
    setStatus("asking");
    const outcome = await sharePhone();
    setStatus(outcome === "shared" ? "idle" : outcome);
  }

  return { needed, status, ask };
}

/**
 * Why the phone number is needed and, after an ask that did not work, what happened: each of
 * Zalo's answers has its own sentence; "Chia sẻ số điện thoại" stays the way forward.
 */
export function PhonePermissionNotice({ id, status }: { id: string; status: PhoneAsk }) {
  // `id`: "Chia sẻ số điện thoại" is described by whichever sentence shows.
  return (
    <div id={id}>
      <PhonePermissionSentence status={status} />
    </div>
  );
}

function PhonePermissionSentence({ status }: { status: PhoneAsk }) {
  const t = useStrings(strings);
  if (status === "zalo_refused") {
    return (
      <p className="notice notice-warning" role="alert">
        <InfoIcon size={18} />
        {t.name.phoneRefused}
      </p>
    );
  }
  if (status !== "idle" && status !== "asking") return <ErrorNotice code={status} />;
  return (
    <p className="notice notice-info">
      <InfoIcon size={18} /> {t.name.phoneWhy}
    </p>
  );
}
