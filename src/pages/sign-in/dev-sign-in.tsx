import { EntityAvatar } from "../../components/entity-avatar";
import { ChevronIcon } from "../../components/icons";
import { t } from "../../i18n";
import { useSession } from "../../store/session";

/** Dev mode only: pick one of the seeded people instead of a Zalo sign-in. */
export function DevSignIn() {
  const personas = useSession((s) => s.personas);
  const signInAs = useSession((s) => s.signInAs);
  return (
    <div className="gate">
      <h1 className="gate-title">{t.signIn.devTitle}</h1>
      <p className="muted">{t.signIn.devHint}</p>
      <ul className="card-list" aria-label={t.signIn.devTitle}>
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
    </div>
  );
}
