import type { Role } from "../domain/permissions";
import { translations } from "./locale";

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
