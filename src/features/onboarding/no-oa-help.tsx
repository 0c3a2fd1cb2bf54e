import { AdminRequest } from "../../components/admin-request";
import { InfoIcon } from "../../components/icons";
import { adminRequestStrings } from "../../i18n/admin-request-strings";
import { useStrings } from "../../i18n/locale";
import { selectOutcomeOf, useAdminRequest } from "../../store/admin-request";
import { useSession } from "../../store/session";
import { useOnboarding } from "./store";
import { strings } from "./strings";

/** For a person with no OA they could connect: what a ZCA needs, how to get there, and the ask. */
export function NoOaHelp({ title }: { title: string }) {
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
      <ol className="help-steps">
        {t.oa.helpSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <AdminRequest message={message} outcome={outcome} onSend={(message) => void send(message)} />
    </section>
  );
}
