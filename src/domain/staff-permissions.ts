/**
 * The operator's staff: their roles and what each may do in the console. The server's one staff
 * policy (server/console/policy.ts) applies this matrix on every console route, and the console
 * (src/console/) reads it to offer only what is allowed. Separate from the mini app's matrix
 * (permissions.ts): staff are not members of a ZCA.
 */
export const STAFF_ROLES = ["support", "finance_ops", "ops_admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_PERMISSIONS = [
  /** Find a ZCA and read it: members, assets, ledger, top-ups, invoices, notifications, its audit events. */
  "accounts.read",
  /** The staff audit trail: who did what in the console. */
  "audit.read",
  /** The staff list and their roles. */
  "staff.manage",
] as const;
export type StaffPermission = (typeof STAFF_PERMISSIONS)[number];

// support reads and answers owners; finance_ops will work the money queues (next: issue 28's
// queues add "money.resolve" and "money.approve"); ops_admin does everything, staff roles too.
const STAFF_MATRIX: Record<StaffPermission, readonly StaffRole[]> = {
  "accounts.read": ["support", "finance_ops", "ops_admin"],
  "audit.read": ["finance_ops", "ops_admin"],
  "staff.manage": ["ops_admin"],
};

export function staffCan(role: StaffRole, permission: StaffPermission): boolean {
  return STAFF_MATRIX[permission].includes(role);
}
