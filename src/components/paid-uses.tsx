import { t } from "../i18n";
import { CheckIcon } from "./icons";

/** The three things a ZCA balance pays for. */
export function PaidUses() {
  return (
    <ul className="paid-uses">
      {t.home.uses.map((use) => (
        <li key={use}>
          <CheckIcon size={18} className="paid-uses-check" />
          {use}
        </li>
      ))}
    </ul>
  );
}
