import { asc, eq, sql } from "drizzle-orm";
import type { AccountSummary, Me } from "../../src/domain/types";
import type { Db } from "../db/client";
import { preparedQuery } from "../db/prepared";
import { accounts, people } from "../db/schema";
import { maskPhone } from "../../src/domain/phone";
import { ApiError } from "../errors";

// One round trip: the person, the ZCAs they are Super Admin of, and whether their phone already
// owns a ZCA (R1). Every screen start asks for this.
const meQuery = preparedQuery(
  (db, name) =>
    db
      .select({
        zaloId: people.zaloId,
        name: people.name,
        avatar: people.avatar,
        phone: people.phone,
        accounts: sql<{ id: string; name: string }[]>`coalesce((
          select json_agg(json_build_object('id', ${accounts.id}, 'name', ${accounts.name})
                          order by ${asc(accounts.createdAt)})
          from ${accounts} where ${accounts.superAdminId} = ${people.zaloId}), '[]'::json)`,
        phoneOwnsAccount: sql<boolean>`exists(
          select 1 from ${accounts} where ${accounts.superAdminPhone} = ${people.phone})`,
      })
      .from(people)
      .where(eq(people.zaloId, sql.placeholder("personId")))
      .prepare(name),
  "get_me",
);

export async function getMe(db: Db, personId: string): Promise<Me> {
  const [person] = await meQuery(db).execute({ personId });
  if (!person) throw new ApiError("unauthenticated");
  const owned: AccountSummary[] = person.accounts.map((r) => ({
    id: r.id,
    name: r.name,
    role: "super_admin",
  }));
  const reason = person.phoneOwnsAccount ? "phone_owns_account" : person.phone ? undefined : "phone_required";
  return {
    user: { id: person.zaloId, name: person.name, avatar: person.avatar },
    phone: maskPhone(person.phone),
    ownPhone: person.phone,
    accounts: owned,
    canCreateAccount: reason === undefined,
    ...(reason ? { reason } : {}),
  };
}
