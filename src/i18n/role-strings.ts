import { rolesWith, type Permission, type Role } from "../domain/permissions";
import { useFormat } from "./format";
import { translations, useStrings } from "./locale";

/** The four roles a member of a ZCA can have, as Zalo's console names them. */
export const roleStrings = translations({
  vi: {
    super_admin: "Quản trị viên cấp cao",
    admin: "Quản trị viên",
    editor: "Biên tập viên",
    finance: "Tài chính viên",
  } satisfies Record<Role, string>,
  en: {
    super_admin: "Super Admin",
    admin: "Admin",
    editor: "Editor",
    finance: "Finance",
  },
});

/** The names of the roles that have `permission`, as a sentence lists them ("A và B"). */
export function useRoleNamesWith(permission: Permission): string {
  const names = useStrings(roleStrings);
  return useFormat().list(rolesWith(permission).map((role) => names[role]));
}
