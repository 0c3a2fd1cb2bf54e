import { and, asc, eq, isNull } from "drizzle-orm";
import type { StaffRole } from "../../src/domain/staff-permissions";
import type { Db } from "../db/client";
import { staff } from "../db/schema";
import { ApiError } from "../errors";
import { recordStaffAction } from "./audit";
import type { StaffIdentity } from "./oidc";
import type { StaffMember } from "./sessions";

/**
 * The staff member an identity the IdP vouched for is: by the IdP's subject once bound, else (the
 * first sign-in) by a verified email an ops_admin entered, which then binds the subject. The role
 * is ours, never a claim. Null for anyone else, and for a staff member no longer active.
 */
export async function staffForIdentity(db: Db, identity: StaffIdentity): Promise<StaffMember | null> {
  const columns = {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    active: staff.active,
  };
  let [row] = await db.select(columns).from(staff).where(eq(staff.oidcSubject, identity.subject));
  if (!row && identity.email && identity.emailVerified) {
    [row] = await db
      .update(staff)
      .set({ oidcSubject: identity.subject })
      .where(and(eq(staff.email, identity.email), isNull(staff.oidcSubject)))
      .returning(columns);
  }
  if (!row?.active) return null;
  const { active: _, ...member } = row;
  return member;
}

export async function listStaff(db: Db) {
  return db
    .select({ id: staff.id, email: staff.email, name: staff.name, role: staff.role, active: staff.active })
    .from(staff)
    .orderBy(asc(staff.name), asc(staff.id));
}

/** An ops_admin gives a staff member another role; never their own (nobody locks the console's last admin out by a slip). */
export async function changeStaffRole(
  db: Db,
  by: StaffMember,
  staffId: string,
  role: StaffRole,
  requestId: string,
): Promise<void> {
  if (staffId === by.id) throw new ApiError("forbidden", "Another ops_admin changes your own role.");
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ role: staff.role })
      .from(staff)
      .where(eq(staff.id, staffId))
      .for("update");
    if (!before) throw new ApiError("not_found");
    if (before.role === role) return;
    await tx.update(staff).set({ role }).where(eq(staff.id, staffId));
    await recordStaffAction(tx, {
      staffId: by.id,
      staffEmail: by.email,
      action: "staff_role_changed",
      requestId,
      detail: { staffId, from: before.role, to: role },
    });
  });
}
