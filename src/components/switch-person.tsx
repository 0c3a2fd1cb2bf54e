import { useStrings } from "../i18n/locale";
import { common } from "../i18n/strings";

/** Dev mode only: back to the picker of seeded people. */
export function SwitchPerson({ onSwitch }: { onSwitch(): void }) {
  const t = useStrings(common);
  return (
    <button type="button" className="link-button" onClick={onSwitch}>
      {t.app.switchPerson}
    </button>
  );
}
