import { MONEY_KINDS, type NotificationKind } from "./notification-kinds";

/** A member's role in a ZCA, highest rank first (Quản trị viên cấp cao, Quản trị viên, Biên tập viên, Tài chính viên). */
export const ROLES = ["super_admin", "admin", "editor", "finance"] as const;
export type Role = (typeof ROLES)[number];

/** The roles a member can be given: there is one Super Admin, the ZCA's creator. */
export const MEMBER_ROLES = ["admin", "editor", "finance"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** What a role may do, in the order the app lists them. */
export const PERMISSIONS = [
  "account.view",
  "members.manage",
  "assets.manage",
  "business.edit",
  "wallet.use",
  "alerts.manage",
  "notifications.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Our matrix (DESIGN.md, "Roles and permissions"): Zalo publishes its own only as images. The
// screens offer what it allows, and the server's policy applies it on every route.
const MATRIX: Record<Permission, readonly Role[]> = {
  "account.view": ["super_admin", "admin", "editor", "finance"],
  "members.manage": ["super_admin", "admin"],
  "assets.manage": ["super_admin", "admin"],
  "business.edit": ["super_admin", "admin"],
  "wallet.use": ["super_admin", "admin", "finance"],
  // The money kinds of "Quản lý thông báo" (the low-balance alert, balance movements, invoices).
  "alerts.manage": ["super_admin", "admin", "finance"],
  // Every other kind of "Quản lý thông báo" (members, assets).
  "notifications.manage": ["super_admin", "admin"],
};

/** Whether `role` may change the settings of one kind of "Quản lý thông báo". */
export function mayEditNotification(role: Role, kind: NotificationKind): boolean {
  return can(role, MONEY_KINDS.includes(kind) ? "alerts.manage" : "notifications.manage");
}

/** Whether `role` may receive one kind: only what the role may see (money kinds: whoever uses the wallet). */
export function mayReceiveNotification(role: Role, kind: NotificationKind): boolean {
  return can(role, MONEY_KINDS.includes(kind) ? "wallet.use" : "account.view");
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[permission].includes(role);
}

/** The roles that have `permission`, highest rank first. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

const RANK: Record<Role, number> = { super_admin: 3, admin: 2, editor: 1, finance: 1 };

/** A member manages members of lower or equal rank; the Super Admin is never managed by anyone. */
export function outranksOrEquals(actor: Role, member: Role): boolean {
  return member !== "super_admin" && RANK[actor] >= RANK[member];
}

/** The roles `actor` may give: only someone who manages members, and only up to their own rank. */
export function grantableRoles(actor: Role): MemberRole[] {
  if (!can(actor, "members.manage")) return [];
  return MEMBER_ROLES.filter((role) => outranksOrEquals(actor, role));
}

/** Whether `actor` may change the role of, or remove, a member whose role is `member`. */
export function mayManage(actor: Role, member: Role): boolean {
  return can(actor, "members.manage") && outranksOrEquals(actor, member);
}
