/** A member's role in a ZCA. */
export const ROLES = ["super_admin"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "account.view" | "assets.manage";

// Our matrix: the screens offer what it allows, and the server's policy applies it on every route.
const MATRIX: Record<Permission, readonly Role[]> = {
  "account.view": ["super_admin"],
  "assets.manage": ["super_admin"],
};

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[permission].includes(role);
}
