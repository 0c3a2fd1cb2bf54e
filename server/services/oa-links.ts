import { and, eq } from "drizzle-orm";
import type { LinkedOa } from "../../src/domain/types";
import { retryOnUniqueViolation, type Db, type Tx } from "../db/client";
import { accountOas, oas, people } from "../db/schema";
import { ApiError } from "../errors";
import { authorize } from "../policy";
import type { Actor } from "../actor";
import { recordAudit } from "./audit";
import { checkOaLinkable } from "./oas";

/** The link as the ZCA screen lists it (one row, not the whole ZCA with all its OAs and apps). */
async function readLink(tx: Tx, accountId: string, oaId: string): Promise<LinkedOa> {
  const [row] = await tx
    .select({ oa: oas, link: accountOas, by: people })
    .from(accountOas)
    .innerJoin(oas, eq(oas.id, accountOas.oaId))
    .innerJoin(people, eq(people.zaloId, accountOas.linkedBy))
    .where(and(eq(accountOas.oaId, oaId), eq(accountOas.accountId, accountId)));
  if (!row) throw new Error(`link ${oaId} → ${accountId} missing inside its own transaction`);
  return {
    id: row.oa.id,
    name: row.oa.name,
    avatar: row.oa.avatar,
    verified: row.oa.verified,
    category: row.oa.category,
    followers: row.oa.followers,
    linkedBy: { id: row.by.zaloId, name: row.by.name, avatar: row.by.avatar },
    linkedAt: row.link.linkedAt.toISOString(),
  };
}

/** Links an OA to a ZCA; linking one the ZCA already holds is a no-op that returns the link. */
export async function linkOa(
  db: Db,
  actor: Actor,
  accountId: string,
  oaId: string,
): Promise<{ link: LinkedOa; created: boolean }> {
  // The link is read back inside the transaction: the answer is what was committed.
  return retryOnUniqueViolation(() =>
    db.transaction(async (tx) => {
      await authorize(tx, actor.personId, accountId, "assets.manage");
      if ((await checkOaLinkable(tx, oaId, actor.personId, accountId)) === "linked_here") {
        return { link: await readLink(tx, accountId, oaId), created: false };
      }
      await tx.insert(accountOas).values({ oaId, accountId, linkedBy: actor.personId });
      await recordAudit(tx, actor, { action: "account.link_oa", accountId, subjectId: oaId });
      return { link: await readLink(tx, accountId, oaId), created: true };
    }),
  );
}

export async function unlinkOa(db: Db, actor: Actor, accountId: string, oaId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await authorize(tx, actor.personId, accountId, "assets.manage");
    const removed = await tx
      .delete(accountOas)
      .where(and(eq(accountOas.oaId, oaId), eq(accountOas.accountId, accountId)))
      .returning({ oaId: accountOas.oaId });
    if (removed.length === 0) throw new ApiError("not_found");
    await recordAudit(tx, actor, { action: "account.unlink_oa", accountId, subjectId: oaId });
  });
}
