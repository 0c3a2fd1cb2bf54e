import { InfoIcon } from "../../components/icons";
import { ShareMessage } from "../../components/share-message";
import type { Oa } from "../../domain/types";
import { useStrings } from "../../i18n/locale";
import { selectOutcomeOf, useAdminRequest } from "../../store/admin-request";
import { useSession } from "../../store/session";
import { useOnboarding } from "./store";
import { strings } from "./strings";

/**
 * For OAs the person administers that another ZCA holds: what is true (each OA belongs to one ZCA)
 * and the two ways that ZCA's Super Admin can help, with a ready message the person sends through
 * Zalo to whoever they choose. Nothing about that ZCA is shown: the app does not tell its name.
 */
export function HeldElsewhereHelp({ oas }: { oas: Oa[] }) {
  const { held } = useStrings(strings).oa;
  const person = useSession((s) => s.me?.user.name ?? "");
  const accountName = useOnboarding((s) => s.name.trim());
  const names = oas.map((oa) => oa.name);
  const message = held.message(person, names, accountName);
  const outcome = useAdminRequest(selectOutcomeOf(message));
  const send = useAdminRequest((s) => s.send);
  return (
    <section className="card" aria-labelledby="held-elsewhere">
      <h2 id="held-elsewhere" className="card-title help-title">
        <InfoIcon size={20} /> {held.title(names)}
      </h2>
      <p>{held.why}</p>
      <p>{held.ask}</p>
      <ShareMessage
        label={held.messageLabel}
        message={message}
        send={held.send}
        outcomes={held.outcome}
        outcome={outcome}
        onSend={(text) => void send(text)}
      />
    </section>
  );
}
