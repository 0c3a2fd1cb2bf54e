import { createHash, randomBytes } from "node:crypto";
import { eq, lte, or } from "drizzle-orm";
import type { StaffRole } from "../../src/domain/staff-permissions";
import type { Db } from "../db/client";
import { staff, staffSessions } from "../db/schema";
import { STAFF_SESSION_IDLE_MS, STAFF_SESSION_TTL_MS } from "./settings";

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

export interface StaffSession {
  idHash: string;
  csrfToken: string;
  staff: StaffMember;
}

/** A session is known by its cookie's SHA-256 only: a copy of the table opens no session. */
export function hashSessionId(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}

/** A new session for `staffId`: the cookie's value (returned once, never stored) and its CSRF token. */
export async function createStaffSession(db: Db, staffId: string, now: number) {
  // Sessions nobody came back to are only deleted when read: each sign-in clears the ended ones.
  await db
    .delete(staffSessions)
    .where(
      or(
        lte(staffSessions.expiresAt, new Date(now)),
        lte(staffSessions.lastSeenAt, new Date(now - STAFF_SESSION_IDLE_MS)),
      ),
    );
  const id = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  await db.insert(staffSessions).values({
    idHash: hashSessionId(id),
    staffId,
    csrfToken,
    createdAt: new Date(now),
    lastSeenAt: new Date(now),
    expiresAt: new Date(now + STAFF_SESSION_TTL_MS),
  });
  return { id, csrfToken };
}

/**
 * The live session of cookie `id`, its last request moved to `now`; null when there is none, it
 * has expired or been idle too long (then it is deleted), or its staff member is no longer active.
 */
export async function readStaffSession(db: Db, id: string, now: number): Promise<StaffSession | null> {
  const idHash = hashSessionId(id);
  const [row] = await db
    .select({
      csrfToken: staffSessions.csrfToken,
      lastSeenAt: staffSessions.lastSeenAt,
      expiresAt: staffSessions.expiresAt,
      staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role, active: staff.active },
    })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(eq(staffSessions.idHash, idHash));
  if (!row) return null;
  const ended = row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + STAFF_SESSION_IDLE_MS <= now;
  if (ended || !row.staff.active) {
    await endStaffSession(db, idHash);
    return null;
  }
  // Written at most once a minute: a page of reads is not a page of writes.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(staffSessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(staffSessions.idHash, idHash));
  }
  const { active: _, ...member } = row.staff;
  return { idHash, csrfToken: row.csrfToken, staff: member };
}

export async function endStaffSession(db: Db, idHash: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.idHash, idHash));
}
