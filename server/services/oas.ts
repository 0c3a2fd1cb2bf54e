import { and, eq, sql } from "drizzle-orm";
import type { Oa, OaUnavailableReason } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { preparedQuery } from "../db/prepared";
import { accountOas, accounts, oaAdmins, oas } from "../db/schema";

// Built once per database and prepared: no query building per request, one parse and plan per
// PostgreSQL connection.
const oasOfPerson = preparedQuery(
  (db, name) =>
    db
      .select({
        oa: oas,
        linkedAccountId: accountOas.accountId,
        linkedAccountAdmin: accounts.superAdminId,
      })
      .from(oaAdmins)
      .innerJoin(oas, eq(oas.id, oaAdmins.oaId))
      .leftJoin(accountOas, eq(accountOas.oaId, oas.id))
      .leftJoin(accounts, eq(accounts.id, accountOas.accountId))
      .where(eq(oaAdmins.zaloId, sql.placeholder("personId")))
      .orderBy(oas.name)
      .prepare(name),
  "list_oas_for",
);

/** The OAs a person administers, each with whether it can be linked and why not. */
export async function listOasFor(db: Db, personId: string): Promise<Oa[]> {
  const rows = await oasOfPerson(db).execute({ personId });
  const list: Oa[] = rows.map(({ oa, linkedAccountId, linkedAccountAdmin }) => {
    const reason = unavailableReason(oa.verified, linkedAccountId, linkedAccountAdmin === personId);
    return {
      id: oa.id,
      name: oa.name,
      avatar: oa.avatar,
      verified: oa.verified,
      category: oa.category,
      followers: oa.followers,
      linkedAccountId,
      linkable: reason === undefined,
      ...(reason ? { reason } : {}),
    };
  });
  // The ones a person can pick come first; the sort is stable, so each group stays by name.
  return list.sort((a, b) => Number(b.linkable) - Number(a.linkable));
}

function unavailableReason(
  verified: boolean,
  linkedAccountId: string | null,
  linkedToOwnAccount: boolean,
): OaUnavailableReason | undefined {
  if (linkedAccountId) return linkedToOwnAccount ? "oa_linked_here" : "oa_linked_elsewhere";
  if (!verified) return "oa_not_verified";
  return undefined;
}

/** One OA as seen by a person inside a transaction: is the person an admin, and who holds it. */
export async function readOaForLink(tx: Tx, oaId: string, personId: string) {
  const [row] = await tx
    .select({ oa: oas, adminId: oaAdmins.zaloId, linkedAccountId: accountOas.accountId })
    .from(oas)
    .leftJoin(oaAdmins, and(eq(oaAdmins.oaId, oas.id), eq(oaAdmins.zaloId, personId)))
    .leftJoin(accountOas, eq(accountOas.oaId, oas.id))
    .where(eq(oas.id, oaId));
  return row ?? null;
}
