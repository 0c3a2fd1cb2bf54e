import { and, eq } from "drizzle-orm";
import type { LinkedOa } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { accountOas, oas, people } from "../db/schema";
import { ApiError } from "../errors";
import type { Actor } from "../actor";
import { runCommand } from "./command";
import { tellAssets } from "./notify";
import { checkOaLinkable } from "./oas";

/** The link as the ZCA screen lists it (one row, not the whole ZCA with all its OAs and apps). */
async function readLink(tx: Tx, accountId: string, oaId: string): Promise<LinkedOa> {
  const [row] = await tx
    .select({ oa: oas, link: accountOas, by: people })
    .from(accountOas)
    .innerJoin(oas, eq(oas.id, accountOas.oaId))
    .innerJoin(people, eq(people.id, accountOas.linkedBy))
    .where(and(eq(accountOas.oaId, oaId), eq(accountOas.accountId, accountId)));
  if (!row) throw new Error(`link ${oaId} → ${accountId} missing inside its own transaction`);
  return {
    id: row.oa.id,
    name: row.oa.name,
    avatar: row.oa.avatar,
    verified: row.oa.verified,
    category: row.oa.category,
    followers: row.oa.followers,
    linkedBy: { id: row.by.id, name: row.by.name, avatar: row.by.avatar },
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
  return runCommand(db, actor, { accountId, permission: "assets.manage" }, async ({ tx, audit }) => {
    if ((await checkOaLinkable(tx, oaId, actor.personId, accountId)) === "linked_here") {
      return { link: await readLink(tx, accountId, oaId), created: false };
    }
    await tx.insert(accountOas).values({ oaId, accountId, linkedBy: actor.personId });
    await tellAssets(tx, accountId, "linked", "oa", oaId);
    audit({ action: "account.link_oa", subjectId: oaId });
    return { link: await readLink(tx, accountId, oaId), created: true };
  });
}

export async function unlinkOa(db: Db, actor: Actor, accountId: string, oaId: string): Promise<void> {
  await runCommand(db, actor, { accountId, permission: "assets.manage" }, async ({ tx, audit }) => {
    const removed = await tx
      .delete(accountOas)
      .where(and(eq(accountOas.oaId, oaId), eq(accountOas.accountId, accountId)))
      .returning({ oaId: accountOas.oaId });
    if (removed.length === 0) throw new ApiError("not_found");
    await tellAssets(tx, accountId, "unlinked", "oa", oaId);
    audit({ action: "account.unlink_oa", subjectId: oaId });
  });
}
