import { AdminRequest } from "../../components/admin-request";
import { InfoIcon } from "../../components/icons";
import { adminRequestStrings } from "../../i18n/admin-request-strings";
import { useStrings } from "../../i18n/locale";
import { selectOutcomeOf, useAdminRequest } from "../../store/admin-request";
import { useSession } from "../../store/session";
import { useOnboarding } from "./store";
import { strings } from "./strings";

/**
 * For a person with no OA they could connect: what a ZCA needs, the way to add an OA they already
 * administer on Zalo (`addOa`), and the ask for admin rights when they do not.
 */
export function NoOaHelp({ title, addOa }: { title: string; addOa: React.ReactNode }) {
  const t = useStrings(strings);
  const adminRequest = useStrings(adminRequestStrings);
  const person = useSession((s) => s.me?.user.name ?? "");
  const accountName = useOnboarding((s) => s.name.trim());
  const message = adminRequest.forCreate(person, accountName);
  const outcome = useAdminRequest(selectOutcomeOf(message));
  const send = useAdminRequest((s) => s.send);
  return (
    <section className="card" aria-labelledby="no-oa-title">
      <h2 id="no-oa-title" className="card-title help-title">
        <InfoIcon size={20} /> {title}
      </h2>
      <p>{t.oa.help}</p>
      <p>{t.oa.ifAdmin}</p>
      {addOa}
      <p>{t.oa.ifNotAdmin}</p>
      <AdminRequest message={message} outcome={outcome} onSend={(message) => void send(message)} />
    </section>
  );
}
