import { eq } from "drizzle-orm";
import { BUSINESS_FIELDS, type Business } from "../../src/domain/business";
import type { Account } from "../../src/domain/types";
import type { Db } from "../db/client";
import { accountBusiness } from "../db/schema";
import { getAccount, businessOf } from "./accounts";
import type { Actor } from "../actor";
import { runCommand } from "./command";
import { refuseTaxCodeChange } from "./tax-code-lock";

/**
 * Sets a ZCA's business details (all of them: the form edits them together), for those whose role
 * may edit them. A ZCA created before the details were asked gets them here. Each change is one
 * audit event naming the fields changed, before and after; saving the same details writes nothing.
 * The tax code cannot change once an invoice was written with it (409 tax_code_invoiced).
 */
export async function updateBusiness(
  db: Db,
  actor: Actor,
  accountId: string,
  business: Business,
): Promise<Account> {
  // One change at a time per ZCA (its row locked), so each audit event's "before" is what the
  // change replaced.
  const command = { accountId, permission: "business.edit" as const, lock: true };
  await runCommand(db, actor, command, async ({ tx, audit }) => {
    const [row] = await tx.select().from(accountBusiness).where(eq(accountBusiness.accountId, accountId));
    const before = row ? businessOf(row) : null;
    const changed = BUSINESS_FIELDS.filter((field) => before?.[field] !== business[field]);
    if (changed.length === 0) return;
    if (before) await refuseTaxCodeChange(tx, accountId, before.taxCode, business.taxCode);

    const values = { ...business, updatedBy: actor.personId, updatedAt: new Date() };
    await tx
      .insert(accountBusiness)
      .values({ accountId, ...values })
      .onConflictDoUpdate({ target: accountBusiness.accountId, set: values });
    audit({
      action: "account.update_business",
      subjectId: accountId,
      detail: {
        changes: Object.fromEntries(
          changed.map((field) => [field, { from: before?.[field] ?? null, to: business[field] }]),
        ),
      },
    });
  });
  return getAccount(db, accountId, actor.personId);
}
