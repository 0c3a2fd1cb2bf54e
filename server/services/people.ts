import { eq, inArray } from "drizzle-orm";
import type { Lang } from "../../src/domain/languages";
import { DEV_PERSONAS } from "../../src/domain/personas";
import type { User } from "../../src/domain/types";
import type { Actor } from "../actor";
import type { Db, Tx } from "../db/client";
import { people } from "../db/schema";
import { ApiError } from "../errors";
import { runWrite } from "./command";
import { acceptInvitations } from "./members";

export interface Person extends User {
  phone: string | null;
  /** Session tokens issued under an earlier version are refused ("Đăng xuất mọi thiết bị"). */
  sessionVersion: number;
}

export async function findPerson(db: Db | Tx, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ? toPerson(row) : null;
}

export async function requirePerson(db: Db, id: string): Promise<Person> {
  const person = await findPerson(db, id);
  if (!person) throw new ApiError("unauthenticated");
  return person;
}

/**
 * Records who signed in with Zalo; a phone is only replaced by a newly verified one, and a verified
 * phone turns the ZCA invitations waiting for it into memberships.
 */
export async function upsertPerson(
  db: Db,
  profile: User & { phone?: string },
  requestId?: string,
): Promise<Person> {
  const actor = { personId: profile.id, requestId };
  return runWrite(db, actor, async (write) => {
    const { tx } = write;
    const values = { id: profile.id, name: profile.name, avatar: profile.avatar };
    const [row] = await tx
      .insert(people)
      .values({ ...values, phone: profile.phone ?? null })
      .onConflictDoUpdate({
        target: people.id,
        set: profile.phone ? { ...values, phone: profile.phone } : values,
      })
      .returning();
    if (profile.phone) await acceptInvitations(write, profile.id, profile.phone);
    write.audit({
      action: "person.sign_in",
      subjectId: profile.id,
      detail: { phoneVerified: Boolean(profile.phone) },
    });
    return toPerson(row!);
  });
}

/** Refuses a token of someone not in the directory, or issued under an earlier session version. */
export function checkSessionVersion<R extends { sessionVersion: number }>(
  row: R | undefined,
  version: number,
): asserts row is R {
  if (!row) throw new ApiError("unauthenticated");
  if (row.sessionVersion !== version) {
    throw new ApiError("session_revoked");
  }
}

/** The columns a Person is read from, for a query that selects them beside others. */
export const personColumns = {
  id: people.id,
  name: people.name,
  avatar: people.avatar,
  phone: people.phone,
  sessionVersion: people.sessionVersion,
};

export function toPerson(
  row: Pick<typeof people.$inferSelect, "id" | "name" | "avatar" | "phone" | "sessionVersion">,
): Person {
  return {
    id: row.id,
    name: row.name,
    avatar: row.avatar,
    phone: row.phone,
    sessionVersion: row.sessionVersion,
  };
}

/** The seeded people a developer may sign in as (dev mode only), as the database holds them. */
export async function listDevPersonas(db: Db): Promise<User[]> {
  const rows = await db
    .select()
    .from(people)
    .where(inArray(people.id, [...DEV_PERSONAS]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return DEV_PERSONAS.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id: row.id, name: row.name, avatar: row.avatar }] : [];
  });
}

/** Keeps the language the person uses the app in: their notifications (Zalo's and the inbox's) speak it. */
export async function setLanguage(db: Db, actor: Actor, lang: Lang): Promise<void> {
  await runWrite(db, actor, async ({ tx }) => {
    await tx.update(people).set({ lang }).where(eq(people.id, actor.personId));
  });
}
