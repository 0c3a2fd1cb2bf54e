import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { outranksOrEquals, type MemberRole, type Role } from "../../src/domain/permissions";
import { maskPhone } from "../../src/domain/phone";
import type { NotificationEvent } from "../../src/domain/notifications";
import type { Member } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { accountInvitations, accountMembers, people } from "../db/schema";
import { ApiError } from "../errors";
import { authorize } from "../policy";
import type { Actor } from "../actor";
import { runCommand, type Write } from "./command";
import { notify } from "./notify";

type MemberChange = Extract<NotificationEvent, { kind: "members" }>["change"];

export interface MemberOptions {
  /**
   * Whether every phone with a Zalo account is in `people`. Only the seeded directory (dev mode,
   * tests) is: no public Zalo API says whether a number has an account, so in production a number
   * nobody has signed in with becomes a pending invitation instead of `phone_not_on_zalo`.
   */
  directoryComplete: boolean;
}

const adder = alias(people, "adder");

/** The members of a ZCA, the Super Admin first, then by when they were added; invitations last. */
export async function listMembers(db: Db, accountId: string, personId: string): Promise<Member[]> {
  await authorize(db, personId, accountId, "account.view");
  const [members, invitations] = await Promise.all([
    memberQuery(db, accountId).orderBy(
      desc(sql`${accountMembers.role} = 'super_admin'`),
      asc(accountMembers.addedAt),
      asc(accountMembers.personId),
    ),
    invitationQuery(db, accountId).orderBy(asc(accountInvitations.invitedAt), asc(accountInvitations.id)),
  ]);
  return [...members.map(memberView), ...invitations.map(invitationView)];
}

/**
 * Adds the person whose Zalo phone is `phone` with `role`; a number nobody has signed in with
 * becomes a pending invitation, or `phone_not_on_zalo` where the directory knows every number.
 */
export async function addMember(
  db: Db,
  actor: Actor,
  accountId: string,
  input: { phone: string; role: MemberRole },
  options: MemberOptions,
): Promise<Member> {
  return runCommand(db, actor, memberChange(accountId), async ({ tx, role: actorRole, audit }) => {
    if (!outranksOrEquals(actorRole, input.role)) throw new ApiError("forbidden");
    await lockPhone(tx, input.phone);
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(eq(people.phone, input.phone))
      .orderBy(desc(people.createdAt))
      .limit(1);

    if (person) {
      if (await findMember(tx, accountId, person.id)) throw new ApiError("already_member");
      await tx
        .insert(accountMembers)
        .values({ accountId, personId: person.id, role: input.role, addedBy: actor.personId });
      audit({
        action: "member.add",
        subjectId: person.id,
        detail: { role: input.role },
      });
      return tellMembers(tx, accountId, "added", await readMember(tx, accountId, person.id));
    }

    if (options.directoryComplete) throw new ApiError("phone_not_on_zalo");
    const [invited] = await tx
      .select({ id: accountInvitations.id })
      .from(accountInvitations)
      .where(and(eq(accountInvitations.accountId, accountId), eq(accountInvitations.phone, input.phone)));
    if (invited) throw new ApiError("already_member");
    const id = `inv-${randomUUID()}`;
    await tx
      .insert(accountInvitations)
      .values({ id, accountId, phone: input.phone, role: input.role, invitedBy: actor.personId });
    audit({ action: "member.invite", subjectId: id, detail: { role: input.role } });
    return tellMembers(tx, accountId, "invited", await readMember(tx, accountId, id));
  });
}

/** Gives a member (or a pending invitation) another role, within the actor's rank. */
export async function changeRole(
  db: Db,
  actor: Actor,
  accountId: string,
  memberId: string,
  role: MemberRole,
): Promise<Member> {
  return runCommand(db, actor, memberChange(accountId), async ({ tx, role: actorRole, audit }) => {
    const target = await findTarget(tx, accountId, memberId);
    checkRank(actorRole, target.role);
    if (!outranksOrEquals(actorRole, role)) throw new ApiError("forbidden");
    if (target.role === role) return readMember(tx, accountId, memberId);
    if (target.pending) {
      await tx
        .update(accountInvitations)
        .set({ role })
        .where(and(eq(accountInvitations.id, memberId), eq(accountInvitations.accountId, accountId)));
    } else {
      await tx
        .update(accountMembers)
        .set({ role })
        .where(and(eq(accountMembers.accountId, accountId), eq(accountMembers.personId, memberId)));
    }
    audit({
      action: "member.change_role",
      subjectId: memberId,
      detail: { from: target.role, to: role },
    });
    return tellMembers(tx, accountId, "role_changed", await readMember(tx, accountId, memberId));
  });
}

/** Removes a member, or withdraws a pending invitation, within the actor's rank. */
export async function removeMember(db: Db, actor: Actor, accountId: string, memberId: string): Promise<void> {
  await runCommand(db, actor, memberChange(accountId), async ({ tx, role: actorRole, audit }) => {
    const target = await findTarget(tx, accountId, memberId);
    checkRank(actorRole, target.role);
    const removed = await readMember(tx, accountId, memberId);
    if (target.pending) {
      await tx
        .delete(accountInvitations)
        .where(and(eq(accountInvitations.id, memberId), eq(accountInvitations.accountId, accountId)));
    } else {
      await tx
        .delete(accountMembers)
        .where(and(eq(accountMembers.accountId, accountId), eq(accountMembers.personId, memberId)));
    }
    // After the removal: the member who left is not told, whatever the settings named.
    await tellMembers(tx, accountId, "removed", removed);
    audit({
      action: "member.remove",
      subjectId: memberId,
      detail: { role: target.role, pending: target.pending },
    });
  });
}

/**
 * Turns the invitations of `phone` into memberships of `personId`, inside the transaction that
 * records the person signing in with that phone. A ZCA the person already belongs to keeps the
 * role they have.
 */
export async function acceptInvitations({ tx, audit }: Write, personId: string, phone: string) {
  await lockPhone(tx, phone);
  const invitations = await tx
    .delete(accountInvitations)
    .where(eq(accountInvitations.phone, phone))
    .returning();
  for (const invitation of invitations) {
    const joined = await tx
      .insert(accountMembers)
      .values({
        accountId: invitation.accountId,
        personId,
        role: invitation.role,
        addedBy: invitation.invitedBy,
        addedAt: invitation.invitedAt,
      })
      .onConflictDoNothing()
      .returning({ personId: accountMembers.personId });
    if (joined.length > 0) {
      await tellMembers(
        tx,
        invitation.accountId,
        "added",
        await readMember(tx, invitation.accountId, personId),
      );
    }
    audit({
      action: joined.length > 0 ? "member.join" : "member.invitation_dropped",
      accountId: invitation.accountId,
      subjectId: personId,
      detail: { invitationId: invitation.id, role: invitation.role },
    });
  }
}

/**
 * Member changes of one ZCA run one at a time (a lock on the ZCA's row), and the actor's own
 * role is read after the lock: two Admins removing each other end with one of them, not none.
 */
const memberChange = (accountId: string) => ({
  accountId,
  permission: "members.manage" as const,
  lock: true,
});

function checkRank(actor: Role, target: Role): void {
  if (target === "super_admin") throw new ApiError("super_admin_protected");
  if (!outranksOrEquals(actor, target)) throw new ApiError("forbidden");
}

// An invitation and a sign-in with the same phone run one after the other, so an invitation is
// never left waiting for a person who has already signed in.
async function lockPhone(tx: Tx, phone: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`phone:${phone}`}))`);
}

/** Tells the ZCA's "members" recipients (services/notify.ts) of one change; answers the member. */
async function tellMembers(tx: Tx, accountId: string, change: MemberChange, member: Member): Promise<Member> {
  await notify(tx, accountId, `members:${randomUUID()}`, {
    kind: "members",
    change,
    memberName: member.name ?? member.phone ?? "",
  });
  return member;
}

async function findMember(tx: Tx, accountId: string, personId: string) {
  const [row] = await tx
    .select({ role: accountMembers.role })
    .from(accountMembers)
    .where(and(eq(accountMembers.accountId, accountId), eq(accountMembers.personId, personId)));
  return row ?? null;
}

async function findTarget(tx: Tx, accountId: string, memberId: string) {
  const member = await findMember(tx, accountId, memberId);
  if (member) return { role: member.role, pending: false };
  const [invitation] = await tx
    .select({ role: accountInvitations.role })
    .from(accountInvitations)
    .where(and(eq(accountInvitations.id, memberId), eq(accountInvitations.accountId, accountId)));
  if (invitation) return { role: invitation.role, pending: true };
  throw new ApiError("not_found");
}

async function readMember(tx: Tx, accountId: string, memberId: string): Promise<Member> {
  const [member] = await memberQuery(tx, accountId, memberId);
  if (member) return memberView(member);
  const [invitation] = await invitationQuery(tx, accountId, memberId);
  if (invitation) return invitationView(invitation);
  throw new Error(`member ${memberId} of ${accountId} missing inside its own transaction`);
}

function memberQuery(db: Db | Tx, accountId: string, personId?: string) {
  return db
    .select({ member: accountMembers, person: people, adder })
    .from(accountMembers)
    .innerJoin(people, eq(people.id, accountMembers.personId))
    .innerJoin(adder, eq(adder.id, accountMembers.addedBy))
    .where(
      and(
        eq(accountMembers.accountId, accountId),
        personId === undefined ? undefined : eq(accountMembers.personId, personId),
      ),
    )
    .$dynamic();
}

function invitationQuery(db: Db | Tx, accountId: string, id?: string) {
  return db
    .select({ invitation: accountInvitations, adder })
    .from(accountInvitations)
    .innerJoin(adder, eq(adder.id, accountInvitations.invitedBy))
    .where(
      and(
        eq(accountInvitations.accountId, accountId),
        id === undefined ? undefined : eq(accountInvitations.id, id),
      ),
    )
    .$dynamic();
}

type PersonRow = typeof people.$inferSelect;

const userOf = (person: PersonRow) => ({ id: person.id, name: person.name, avatar: person.avatar });

function memberView(row: {
  member: typeof accountMembers.$inferSelect;
  person: PersonRow;
  adder: PersonRow;
}): Member {
  return {
    id: row.person.id,
    personId: row.person.id,
    name: row.person.name,
    avatar: row.person.avatar,
    phone: maskPhone(row.person.phone),
    role: row.member.role,
    addedBy: userOf(row.adder),
    addedAt: row.member.addedAt.toISOString(),
    pending: false,
  };
}

function invitationView(row: {
  invitation: typeof accountInvitations.$inferSelect;
  adder: PersonRow;
}): Member {
  return {
    id: row.invitation.id,
    personId: null,
    name: null,
    avatar: "",
    phone: maskPhone(row.invitation.phone),
    role: row.invitation.role,
    addedBy: userOf(row.adder),
    addedAt: row.invitation.invitedAt.toISOString(),
    pending: true,
  };
}
