import { and, eq } from "drizzle-orm";
import type { LinkedOa } from "../../src/domain/types";
import { isUniqueViolation, type Db, type Tx } from "../db/client";
import { accountOas, accounts } from "../db/schema";
import { ApiError } from "../errors";
import { getAccount } from "./accounts";
import { recordAudit, type Actor } from "./audit";
import { readOaForLink } from "./oas";

async function requireAccountAdmin(tx: Tx, accountId: string, personId: string): Promise<void> {
  const [account] = await tx
    .select({ superAdminId: accounts.superAdminId })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw new ApiError("not_found");
  if (account.superAdminId !== personId) throw new ApiError("forbidden");
}

/** Links an OA to a ZCA; linking one the ZCA already holds is a no-op that returns the link. */
export async function linkOa(
  db: Db,
  actor: Actor,
  accountId: string,
  oaId: string,
): Promise<{ link: LinkedOa; created: boolean }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await db.transaction(async (tx) => {
        await requireAccountAdmin(tx, accountId, actor.personId);
        const oa = await readOaForLink(tx, oaId, actor.personId);
        if (!oa || !oa.adminId) throw new ApiError("oa_not_admin");
        if (oa.linkedAccountId === accountId) return false;
        if (oa.linkedAccountId) throw new ApiError("oa_linked_elsewhere");
        if (!oa.oa.verified) throw new ApiError("oa_not_verified");
        await tx.insert(accountOas).values({ oaId, accountId, linkedBy: actor.personId });
        await recordAudit(tx, actor, { action: "account.link_oa", accountId, subjectId: oaId });
        return true;
      });
      const account = await getAccount(db, accountId, actor.personId);
      return { link: account.oas.find((o) => o.id === oaId)!, created };
    } catch (error) {
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

export async function unlinkOa(db: Db, actor: Actor, accountId: string, oaId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await requireAccountAdmin(tx, accountId, actor.personId);
    const removed = await tx
      .delete(accountOas)
      .where(and(eq(accountOas.oaId, oaId), eq(accountOas.accountId, accountId)))
      .returning({ oaId: accountOas.oaId });
    if (removed.length === 0) throw new ApiError("not_found");
    await recordAudit(tx, actor, { action: "account.unlink_oa", accountId, subjectId: oaId });
  });
}
