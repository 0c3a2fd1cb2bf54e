import { useState } from "react";
import { InfoIcon } from "../../components/icons";
import { useStrings } from "../../i18n/locale";
import { strings } from "./strings";
import { useSession } from "../../store/session";

export type PhoneAsk = "idle" | "asking" | "refused" | "failed";

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

/** Why the phone number is needed and, after a refusal, how to go on. */
export function PhonePermissionNotice({ status }: { status: PhoneAsk }) {
  const t = useStrings(strings);
  if (status === "refused" || status === "failed") {
    return (
      <p className="notice notice-warning" role="alert">
        <InfoIcon size={18} />
        {status === "refused" ? t.name.phoneRefused : t.name.phoneFailed}
      </p>
    );
  }
  return (
    <p className="notice notice-info">
      <InfoIcon size={18} /> {t.name.phoneWhy}
    </p>
  );
}
