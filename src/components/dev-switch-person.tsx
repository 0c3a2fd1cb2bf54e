import { t } from "../i18n";
import { useSession } from "../store/session";

/** Dev mode only: go back to the picker of seeded people. */
export function DevSwitchPerson() {
  const devMode = useSession((s) => s.devMode);
  const signOut = useSession((s) => s.signOut);
  if (!devMode) return null;
  return (
    <button type="button" className="link-button" onClick={() => void signOut()}>
      {t.signIn.signOut}
    </button>
  );
}
