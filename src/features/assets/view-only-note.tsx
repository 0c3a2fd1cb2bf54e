import { InfoIcon } from "../../components/icons";
import type { Role } from "../../domain/permissions";
import { useStrings } from "../../i18n/locale";
import { roleStrings, useRoleNamesWith } from "../../i18n/role-strings";
import { strings } from "./strings";

/** Instead of the link controls, to a member whose role may only look: who may link, from the matrix. */
export function ViewOnlyNote({ role }: { role: Role }) {
  const t = useStrings(strings);
  const roles = useStrings(roleStrings);
  const whoCan = useRoleNamesWith("assets.manage");
  return (
    <p className="notice notice-info">
      <InfoIcon size={18} /> {t.viewOnly(roles[role], whoCan)}
    </p>
  );
}
