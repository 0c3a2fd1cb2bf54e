import { and, eq, isNull, sql } from "drizzle-orm";
import { oaUnavailableReason } from "../../src/domain/linking";
import type { Oa } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { preparedQuery } from "../db/prepared";
import { accountOas, oaAdmins, oas } from "../db/schema";
import { ApiError } from "../errors";

// Built once per database and prepared: no query building per request, one parse and plan per
// PostgreSQL connection.
const oasOfPerson = preparedQuery(
  (db, name) =>
    db
      .select({
        oa: oas,
        linkedAccountId: accountOas.accountId,
        revokedAt: oaAdmins.revokedAt,
      })
      .from(oaAdmins)
      .innerJoin(oas, eq(oas.id, oaAdmins.oaId))
      .leftJoin(accountOas, eq(accountOas.oaId, oas.id))
      .where(eq(oaAdmins.zaloId, sql.placeholder("personId")))
      .orderBy(oas.name)
      .prepare(name),
  "list_oas_for",
);

/**
 * The OAs a person administers (or did, until Zalo stopped honouring their authorization), each
 * with whether a new ZCA could connect it and why not.
 */
export async function listOasFor(db: Db, personId: string): Promise<Oa[]> {
  const rows = await oasOfPerson(db).execute({ personId });
  const list: Oa[] = rows.map(({ oa, linkedAccountId, revokedAt }) => {
    const facts = {
      verified: oa.verified,
      linkedAccountId,
      zaloLinkedZca: oa.zaloLinkedZca,
      reauthorize: revokedAt !== null,
    };
    const reason = oaUnavailableReason(facts, null);
    return {
      id: oa.id,
      name: oa.name,
      avatar: oa.avatar,
      category: oa.category,
      followers: oa.followers,
      ...facts,
      linkable: reason === undefined,
      ...(reason ? { reason } : {}),
    };
  });
  // The ones a person can pick come first; the sort is stable, so each group stays by name.
  return list.sort((a, b) => Number(b.linkable) - Number(a.linkable));
}

/**
 * Checks, inside the transaction that will link it, that `personId` may link the OA to the ZCA
 * `accountId` (null: the ZCA being created): a current admin of the OA first, then the
 * linkability rule. Refuses with the rule's code; answers whether that ZCA already holds it.
 */
export async function checkOaLinkable(
  tx: Tx,
  oaId: string,
  personId: string,
  accountId: string | null,
): Promise<"free" | "linked_here"> {
  const [row] = await tx
    .select({
      verified: oas.verified,
      zaloLinkedZca: oas.zaloLinkedZca,
      adminId: oaAdmins.zaloId,
      linkedAccountId: accountOas.accountId,
    })
    .from(oas)
    .leftJoin(
      oaAdmins,
      and(eq(oaAdmins.oaId, oas.id), eq(oaAdmins.zaloId, personId), isNull(oaAdmins.revokedAt)),
    )
    .leftJoin(accountOas, eq(accountOas.oaId, oas.id))
    .where(eq(oas.id, oaId));
  if (!row?.adminId) throw new ApiError("oa_not_admin");
  const reason = oaUnavailableReason(row, accountId);
  if (reason === "oa_linked_here") return "linked_here";
  // A person whose authorization Zalo revoked has no admin row here, so never "oa_reauthorize".
  if (reason) throw new ApiError(reason as Exclude<typeof reason, "oa_reauthorize">);
  return "free";
}
