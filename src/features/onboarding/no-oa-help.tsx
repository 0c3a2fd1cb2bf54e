import { AdminRequest } from "../../components/admin-request";
import { InfoIcon } from "../../components/icons";
import { adminRequestStrings } from "../../i18n/admin-request-strings";
import { useStrings } from "../../i18n/locale";
import { selectOutcomeOf, useAdminRequest } from "../../store/admin-request";
import { useSession } from "../../store/session";
import { useOnboarding } from "./store";
import { strings } from "./strings";

interface NoOaHelpProps {
  title: string;
  /** "Thêm OA từ Zalo", for an OA the person already administers on Zalo. */
  addOa: React.ReactNode;
  /** Whether to offer asking an OA's admin for admin rights: not beside an OA another ZCA holds. */
  askForRights: boolean;
}

/**
 * For a person with no OA they could connect: what a ZCA needs, the way to add an OA they already
 * administer on Zalo, and the ask for admin rights when that may help.
 */
export function NoOaHelp({ title, addOa, askForRights }: NoOaHelpProps) {
  const t = useStrings(strings);
  return (
    <section className="card" aria-labelledby="no-oa-title">
      <h2 id="no-oa-title" className="card-title help-title">
        <InfoIcon size={20} /> {title}
      </h2>
      <p>{t.oa.help}</p>
      <p>{askForRights ? t.oa.ifAdmin : t.oa.ifOtherOa}</p>
      {addOa}
      {askForRights && <RightsRequest />}
    </section>
  );
}

/** Asking the admin of the business's OA to make the person an admin too. */
function RightsRequest() {
  const t = useStrings(strings);
  const adminRequest = useStrings(adminRequestStrings);
  const person = useSession((s) => s.me?.user.name ?? "");
  const accountName = useOnboarding((s) => s.name.trim());
  const message = adminRequest.forCreate(person, accountName);
  const outcome = useAdminRequest(selectOutcomeOf(message));
  const send = useAdminRequest((s) => s.send);
  return (
    <>
      <p>{t.oa.ifNotAdmin}</p>
      <AdminRequest message={message} outcome={outcome} onSend={(message) => void send(message)} />
    </>
  );
}
