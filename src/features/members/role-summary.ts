import { can, PERMISSIONS, type Permission, type Role } from "../../domain/permissions";
import { useFormat } from "../../i18n/format";
import { useLocale, useStrings } from "../../i18n/locale";
import { strings } from "./strings";

/**
 * What a role can do, in one line read from the matrix (src/domain/permissions.ts): every role
 * sees the ZCA, so the line names what it can do beyond that, and what it does in Zalo's own
 * console that this app does not offer (an Editor's work), so a role that only views here makes sense.
 */
export function useRoleSummary(): (role: Role) => string {
  const t = useStrings(strings);
  const format = useFormat();
  const lang = useLocale((s) => s.lang);
  return (role) => {
    const beyondViewing = PERMISSIONS.filter(
      (p): p is Exclude<Permission, "account.view"> => p !== "account.view" && can(role, p),
    );
    const list = format.list(beyondViewing.map((p) => t.can[p]));
    const line =
      beyondViewing.length === 0 ? t.onlyView : list.charAt(0).toLocaleUpperCase(lang) + list.slice(1);
    const elsewhere: string | undefined = (t.inZaloConsole as Partial<Record<Role, string>>)[role];
    return elsewhere ? `${line}. ${elsewhere}` : line;
  };
}
