import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import * as t from "../db/schema";
import * as d from "./directory";
import { SEED_STAFF } from "./staff";

/**
 * Inserts the demo directory; rows that exist are left as they are, but for the pictures of its
 * people and OAs, which follow the seed (a data folder from before they were PNGs keeps working).
 */
export async function seedDirectory(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const seededAvatar = { avatar: sql`excluded.avatar` };
    await tx
      .insert(t.people)
      .values(d.SEED_PEOPLE)
      .onConflictDoUpdate({ target: t.people.id, set: seededAvatar });
    await tx.insert(t.oas).values(d.SEED_OAS).onConflictDoUpdate({ target: t.oas.id, set: seededAvatar });
    await tx.insert(t.oaAdmins).values(d.SEED_OA_ADMINS).onConflictDoNothing();
    await tx.insert(t.apps).values(d.SEED_APPS).onConflictDoNothing();
    await tx.insert(t.appAdmins).values(d.SEED_APP_ADMINS).onConflictDoNothing();
    await tx.insert(t.accounts).values(d.SEED_ACCOUNTS).onConflictDoNothing();
    await tx.insert(t.accountMembers).values(d.SEED_ACCOUNT_MEMBERS).onConflictDoNothing();
    await tx.insert(t.accountOas).values(d.SEED_ACCOUNT_OAS).onConflictDoNothing();
    await tx.insert(t.accountBusiness).values(d.SEED_ACCOUNT_BUSINESS).onConflictDoNothing();
    await tx.insert(t.accountApps).values(d.SEED_ACCOUNT_APPS).onConflictDoNothing();
    await tx.insert(t.transferAccounts).values(d.SEED_TRANSFER_ACCOUNTS).onConflictDoNothing();
    await tx.insert(t.invoiceInfo).values(d.SEED_INVOICE_INFO).onConflictDoNothing();
    await tx.insert(t.notificationSettings).values(d.SEED_NOTIFICATION_SETTINGS).onConflictDoNothing();
    await tx.insert(t.staff).values(SEED_STAFF).onConflictDoNothing();
    // The history is written once: a database that already has one (its own, or the opening
    // entry of an older seed) keeps it, so its balance stays the sum of its entries.
    const [history] = await tx
      .select({ id: t.ledgerEntries.id })
      .from(t.ledgerEntries)
      .where(eq(t.ledgerEntries.accountId, "zca-binh-minh"))
      .limit(1);
    if (!history) await tx.insert(t.ledgerEntries).values(d.SEED_LEDGER);
  });
}
