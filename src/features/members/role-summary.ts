import { can, PERMISSIONS, type Permission, type Role } from "../../domain/permissions";
import { useFormat } from "../../i18n/format";
import { useLocale, useStrings } from "../../i18n/locale";
import { strings } from "./strings";

/**
 * What a role can do, in one line read from the matrix (src/domain/permissions.ts): every role
 * sees the ZCA, so the line names what it can do beyond that.
 */
export function useRoleSummary(): (role: Role) => string {
  const t = useStrings(strings);
  const format = useFormat();
  const lang = useLocale((s) => s.lang);
  return (role) => {
    const beyondViewing = PERMISSIONS.filter(
      (p): p is Exclude<Permission, "account.view"> => p !== "account.view" && can(role, p),
    );
    if (beyondViewing.length === 0) return t.onlyView;
    const line = format.list(beyondViewing.map((p) => t.can[p]));
    return line.charAt(0).toLocaleUpperCase(lang) + line.slice(1);
  };
}
