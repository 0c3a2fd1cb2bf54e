import { eq } from "drizzle-orm";
import type { AccountSummary, Me } from "../../src/domain/types";
import type { Db } from "../db/client";
import { accounts } from "../db/schema";
import { maskPhone } from "../auth/session-token";
import { requirePerson } from "./people";

export async function getMe(db: Db, personId: string): Promise<Me> {
  const person = await requirePerson(db, personId);
  const rows = await db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .where(eq(accounts.superAdminId, personId));
  const owned: AccountSummary[] = rows.map((r) => ({ id: r.id, name: r.name, role: "super_admin" }));
  const phoneOwnsAccount =
    person.phone !== null && (await db.$count(accounts, eq(accounts.superAdminPhone, person.phone))) > 0;
  const reason = phoneOwnsAccount ? "phone_owns_account" : person.phone ? undefined : "phone_required";
  return {
    user: { id: person.id, name: person.name, avatar: person.avatar },
    phone: maskPhone(person.phone),
    accounts: owned,
    canCreateAccount: reason === undefined,
    ...(reason ? { reason } : {}),
  };
}
