import { EntityAvatar } from "../../components/entity-avatar";
import { ChevronIcon } from "../../components/icons";
import { useStrings } from "../../i18n/locale";
import { useSession } from "../../store/session";
import { strings } from "./strings";

/** Dev mode only: pick one of the seeded people instead of a Zalo sign-in. */
export default function DevSignIn() {
  const t = useStrings(strings);
  const personas = useSession((s) => s.personas);
  const signInAs = useSession((s) => s.signInAs);
  const ended = useSession((s) => s.ended);
  return (
    <main className="gate">
      <h1 className="gate-title">{t.devTitle}</h1>
      {ended && (
        <p className="notice notice-info" role="status">
          {t.ended}
        </p>
      )}
      <p className="muted">{t.devHint}</p>
      <ul className="card-list" aria-label={t.devTitle}>
        {personas.map((person) => (
          <li key={person.id}>
            <button type="button" className="row-button" onClick={() => void signInAs(person.id)}>
              <EntityAvatar name={person.name} src={person.avatar} size={40} />
              <span className="row-main">{person.name}</span>
              <ChevronIcon size={20} className="muted" />
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
