import { asc, eq, sql } from "drizzle-orm";
import type { AccountSummary, Me } from "../../src/domain/types";
import type { Db } from "../db/client";
import { preparedQuery } from "../db/prepared";
import { accountMembers, accounts, people } from "../db/schema";
import { maskPhone } from "../../src/domain/phone";
import { ApiError } from "../errors";
import { checkSessionVersion, personColumns } from "./people";

// One round trip: the person, the ZCAs they are a member of (the one they are Super Admin of
// first), and whether their phone already owns a ZCA (R1). Every screen start asks for this.
const meQuery = preparedQuery(
  (db, name) =>
    db
      .select({
        ...personColumns,
        accounts: sql<AccountSummary[]>`coalesce((
          select json_agg(json_build_object('id', ${accounts.id}, 'name', ${accounts.name}, 'role', ${accountMembers.role})
                          order by ${accountMembers.role} = 'super_admin' desc, ${asc(accountMembers.addedAt)})
          from ${accountMembers} join ${accounts} on ${accounts.id} = ${accountMembers.accountId}
          where ${accountMembers.personId} = ${people.id}), '[]'::json)`,
        // Super Admin of a ZCA by membership counts too: before Zalo has given the app the phone.
        phoneOwnsAccount: sql<boolean>`exists(
          select 1 from ${accounts} where ${accounts.superAdminPhone} = ${people.phone})
          or exists(select 1 from ${accountMembers}
            where ${accountMembers.personId} = ${people.id} and ${accountMembers.role} = 'super_admin')`,
      })
      .from(people)
      .where(eq(people.id, sql.placeholder("personId")))
      .prepare(name),
  "get_me",
);

/**
 * What the app shows of the person. With the session version of the caller's token, the same
 * query checks the session is live (GET /api/me: no second query for the check).
 */
export async function getMe(db: Db, personId: string, sessionVersion?: number): Promise<Me> {
  const [person] = await meQuery(db).execute({ personId });
  if (sessionVersion !== undefined) checkSessionVersion(person, sessionVersion);
  if (!person) throw new ApiError("unauthenticated");
  const reason = person.phoneOwnsAccount ? "phone_owns_account" : person.phone ? undefined : "phone_required";
  return {
    user: { id: person.id, name: person.name, avatar: person.avatar },
    phone: maskPhone(person.phone),
    ownPhone: person.phone,
    accounts: person.accounts,
    canCreateAccount: reason === undefined,
    ...(reason ? { reason } : {}),
  };
}
