import type { Db } from "../../server/db/client";
import { accountMembers, accounts, people } from "../../server/db/schema";
import { ZALO_PEOPLE, type PersonKey, type ZaloPerson } from "./people";

/**
 * A ZCA whose Super Admin is an emulated person, written straight into the test database (the
 * create flow has its own suite): it opens on the ZCA's home when the person signs in. The bench
 * gives one to a dev-mode person too (`ZaloPerson` with their `people.id` as id).
 */
export async function seedAccountOf(
  db: Db,
  person: PersonKey | ZaloPerson,
  account: { id: string; name: string },
): Promise<void> {
  const { id, name, avatar, phone } = typeof person === "string" ? ZALO_PEOPLE[person] : person;
  await db.insert(people).values({ id, name, avatar }).onConflictDoNothing();
  await db.insert(accounts).values({
    ...account,
    superAdminId: id,
    superAdminPhone: `+${phone}`,
    termsVersion: "2022-06-01",
    termsAcceptedAt: new Date(),
  });
  await db
    .insert(accountMembers)
    .values({ accountId: account.id, personId: id, role: "super_admin", addedBy: id });
}
