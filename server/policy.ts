import { and, eq } from "drizzle-orm";
import { can, type Permission, type Role } from "../src/domain/permissions";
import type { Db, Tx } from "./db/client";
import { accountMembers, accounts, type people } from "./db/schema";
import { ApiError } from "./errors";

/**
 * May `personId` do `permission` to the ZCA `accountId`? The one policy every route of a ZCA
 * asks, with the matrix the screens read (src/domain/permissions.ts), applied to the person's
 * membership. Answers the person's role; refuses with not_found for a ZCA that does not exist and
 * forbidden for anyone else.
 */
export async function authorize(
  db: Db | Tx,
  personId: string,
  accountId: string,
  permission: Permission,
): Promise<Role> {
  const [row] = await db
    .select({ role: accountMembers.role })
    .from(accounts)
    .leftJoin(
      accountMembers,
      and(eq(accountMembers.accountId, accounts.id), eq(accountMembers.personId, personId)),
    )
    .where(eq(accounts.id, accountId));
  if (!row) throw new ApiError("not_found");
  if (!row.role || !can(row.role, permission)) throw new ApiError("forbidden");
  return row.role;
}

/**
 * May `person` create a ZCA? R1: one ZCA per Super Admin phone, so a person needs a phone that no
 * ZCA has yet. Answers that phone; refuses with phone_required or phone_owns_account.
 */
export async function authorizeNewAccount(
  db: Db | Tx,
  person: Pick<typeof people.$inferSelect, "phone">,
): Promise<string> {
  if (!person.phone) throw new ApiError("phone_required");
  if ((await db.$count(accounts, eq(accounts.superAdminPhone, person.phone))) > 0) {
    throw new ApiError("phone_owns_account");
  }
  return person.phone;
}
