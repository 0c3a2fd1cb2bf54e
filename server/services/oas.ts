import { and, eq, isNull, sql } from "drizzle-orm";
import { oaUnavailableReason } from "../../src/domain/linking";
import type { Oa, Page } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { preparedQuery } from "../db/prepared";
import { accountOas, oaAdmins, oas } from "../db/schema";
import { ApiError } from "../errors";
import { decodeCursor, pageOf } from "../pages";

// Built once per database and prepared: no query building per request, one parse and plan per
// PostgreSQL connection. It walks the person's admin rows in name order on their index and stops
// at the page's end; only the columns an answer shows (parsing every column of 500 rows was most
// of a long list's cost). The first page starts after ("", ""); a null q searches nothing, a null
// limit reads the whole list.
const oasOfPerson = preparedQuery(
  (db, name) =>
    db
      .select({
        id: oas.id,
        name: oas.name,
        avatar: oas.avatar,
        category: oas.category,
        followers: oas.followers,
        verified: oas.verified,
        zaloLinkedAccount: oas.zaloLinkedAccount,
        linkedAccountId: accountOas.accountId,
        revokedAt: oaAdmins.revokedAt,
      })
      .from(oaAdmins)
      .innerJoin(oas, eq(oas.id, oaAdmins.oaId))
      .leftJoin(accountOas, eq(accountOas.oaId, oas.id))
      .where(
        and(
          eq(oaAdmins.personId, sql.placeholder("personId")),
          sql`(${oaAdmins.oaName}, ${oaAdmins.oaId}) > (${sql.placeholder("afterName")}, ${sql.placeholder("afterId")})`,
          sql`(${sql.placeholder("q")}::text IS NULL
            OR strpos(${oas.nameFolded}, (SELECT fold_vi(${sql.placeholder("q")}::text))) > 0)`,
        ),
      )
      .orderBy(oaAdmins.oaName, oaAdmins.oaId)
      .limit(sql.placeholder("limit"))
      .prepare(name),
  "list_oas_for",
);

type OaRow = Awaited<ReturnType<ReturnType<typeof oasOfPerson>["execute"]>>[number];

function toOa({ revokedAt, ...row }: OaRow): Oa {
  const facts = {
    verified: row.verified,
    linkedAccountId: row.linkedAccountId,
    zaloLinkedAccount: row.zaloLinkedAccount,
    reauthorize: revokedAt !== null,
  };
  const reason = oaUnavailableReason(facts, null);
  return {
    id: row.id,
    name: row.name,
    avatar: row.avatar,
    category: row.category,
    followers: row.followers,
    ...facts,
    linkable: reason === undefined,
    ...(reason ? { reason } : {}),
  };
}

const query = (personId: string, opts: { q?: string; limit?: number; after?: string[] }) => ({
  personId,
  q: opts.q ?? null,
  limit: opts.limit ?? null,
  afterName: opts.after?.[0] ?? "",
  afterId: opts.after?.[1] ?? "",
});

/**
 * The OAs a person administers (or did, until Zalo stopped honouring their authorization), each
 * with whether a new ZCA could connect it and why not; those whose folded name contains `q`'s
 * when searching ("binh" finds "Bình"). The ones a person can pick come first, each group by name.
 */
export async function listOasFor(db: Db, personId: string, opts: { q?: string } = {}): Promise<Oa[]> {
  const list = (await oasOfPerson(db).execute(query(personId, opts))).map(toOa);
  // The sort is stable, so each group stays by name.
  return list.sort((a, b) => Number(b.linkable) - Number(a.linkable));
}

/**
 * The same list a page at a time, by name (keyset on name and id). Not linkable first: whether
 * an OA is linkable changes as people link, and a cursor must point into an order that does not.
 */
export async function pageOasFor(
  db: Db,
  personId: string,
  opts: { limit: number; cursor?: string; q?: string },
): Promise<Page<Oa>> {
  const after = opts.cursor ? decodeCursor(opts.cursor, ["text", "text"]) : undefined;
  const rows = await oasOfPerson(db).execute(query(personId, { ...opts, limit: opts.limit + 1, after }));
  return pageOf(rows, opts.limit, toOa, (row) => [row.name, row.id]);
}

/**
 * Refuses (oa_not_admin) a person who is not a current admin of the OA. Asked before Zalo is asked
 * about the OA: a refresh spends the OA's single-use refresh token, and no one else may spend it.
 */
export async function requireOaAdmin(db: Db, oaId: string, personId: string): Promise<void> {
  const [row] = await db
    .select({ adminId: oaAdmins.personId })
    .from(oaAdmins)
    .where(and(eq(oaAdmins.oaId, oaId), eq(oaAdmins.personId, personId), isNull(oaAdmins.revokedAt)));
  if (!row) throw new ApiError("oa_not_admin");
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
      zaloLinkedAccount: oas.zaloLinkedAccount,
      adminId: oaAdmins.personId,
      linkedAccountId: accountOas.accountId,
    })
    .from(oas)
    .leftJoin(
      oaAdmins,
      and(eq(oaAdmins.oaId, oas.id), eq(oaAdmins.personId, personId), isNull(oaAdmins.revokedAt)),
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
