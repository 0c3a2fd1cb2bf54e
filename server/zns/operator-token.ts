import { and, eq, isNull } from "drizzle-orm";
import type { TokenBox } from "../auth/token-box";
import type { ZaloOa } from "../auth/zalo-oa";
import type { Db } from "../db/client";
import { oaTokens } from "../db/schema";
import { saveTokens } from "../services/oa-grants";

/** A token this close to its end is refreshed before it is used. */
const EARLY_REFRESH_MS = 5 * 60_000;

/** The operator OA has no live authorization: someone must grant it (docs/deploy.md). */
export class OperatorNotAuthorized extends Error {}

/**
 * The access token of the operator's OA (ZALO_OPERATOR_OA_ID), which sends the notifications. It
 * is kept like every OA's: sealed in oa_tokens, put there by the OA authorization an admin of the
 * operator OA completes once in the app. A refresh spends Zalo's single-use refresh token, so it
 * runs under the token row's lock on whichever instance gets there first; the others find the new
 * token when the lock is theirs.
 */
export interface OperatorToken {
  current(): Promise<string>;
  /** After Zalo called `stale` invalid: a fresh one (refreshed now unless another instance just did). */
  refreshed(stale: string): Promise<string>;
}

export function operatorToken(deps: { db: Db; box: TokenBox; zaloOa: ZaloOa; oaId: string }): OperatorToken {
  const { db, box, zaloOa, oaId } = deps;
  const live = and(eq(oaTokens.oaId, oaId), isNull(oaTokens.revokedAt));

  async function refresh(unless: (access: string, expiresAt: Date) => boolean): Promise<string> {
    return db.transaction(async (tx) => {
      const [row] = await tx.select().from(oaTokens).where(live).for("update");
      if (!row) throw new OperatorNotAuthorized(`operator OA ${oaId} is not authorized`);
      const access = box.open(row.accessToken);
      if (unless(access, row.accessExpiresAt)) return access;
      const tokens = await zaloOa.refresh(box.open(row.refreshToken));
      await saveTokens(tx, box, oaId, tokens, row.grantedBy);
      return tokens.accessToken;
    });
  }

  const fresh = (expiresAt: Date) => expiresAt.getTime() - Date.now() > EARLY_REFRESH_MS;
  return {
    async current() {
      const [row] = await db.select().from(oaTokens).where(live);
      if (!row) throw new OperatorNotAuthorized(`operator OA ${oaId} is not authorized`);
      if (fresh(row.accessExpiresAt)) return box.open(row.accessToken);
      return refresh((_, expiresAt) => fresh(expiresAt));
    },
    refreshed(stale) {
      return refresh((access) => access !== stale);
    },
  };
}
