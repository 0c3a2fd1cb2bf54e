import type { Db } from "../db/client";
import * as t from "../db/schema";
import * as d from "./directory";

/** Inserts the demo directory; rows that exist are left as they are. */
export async function seedDirectory(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(t.people).values(d.SEED_PEOPLE).onConflictDoNothing();
    await tx.insert(t.oas).values(d.SEED_OAS).onConflictDoNothing();
    await tx.insert(t.oaAdmins).values(d.SEED_OA_ADMINS).onConflictDoNothing();
    await tx.insert(t.apps).values(d.SEED_APPS).onConflictDoNothing();
    await tx.insert(t.appAdmins).values(d.SEED_APP_ADMINS).onConflictDoNothing();
    await tx.insert(t.accounts).values(d.SEED_ACCOUNTS).onConflictDoNothing();
    await tx.insert(t.accountMembers).values(d.SEED_ACCOUNT_MEMBERS).onConflictDoNothing();
    await tx.insert(t.accountOas).values(d.SEED_ACCOUNT_OAS).onConflictDoNothing();
    await tx.insert(t.accountApps).values(d.SEED_ACCOUNT_APPS).onConflictDoNothing();
  });
}
