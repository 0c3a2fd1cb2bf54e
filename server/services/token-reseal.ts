import { and, eq, isNull } from "drizzle-orm";
import type { TokenBox } from "../auth/token-box";
import type { Db } from "../db/client";
import { oaTokens } from "../db/schema";

export interface ResealResult {
  /** OAs whose tokens were moved to the current ZALO_TOKEN_KEY by this pass. */
  resealed: number;
  /** OAs whose tokens still are not under it: sealed under a key this server does not have. */
  left: number;
}

/**
 * One pass of a ZALO_TOKEN_KEY rotation (docs/deploy.md): every OA's tokens not yet sealed under
 * the current key are opened (under ZALO_TOKEN_KEY_PREVIOUS) and sealed again under it. Each row
 * is written only if it still holds what was read, so a refresh on another instance in between
 * is never overwritten (its tokens are sealed under the current key anyway). Revoked tokens are
 * never opened again and are left as they are.
 */
export async function resealOaTokens(db: Db, box: TokenBox): Promise<ResealResult> {
  const rows = await db
    .select({ oaId: oaTokens.oaId, refreshToken: oaTokens.refreshToken, accessToken: oaTokens.accessToken })
    .from(oaTokens)
    .where(isNull(oaTokens.revokedAt));
  let resealed = 0;
  let left = 0;
  for (const row of rows) {
    if (box.isCurrent(row.refreshToken) && box.isCurrent(row.accessToken)) continue;
    let plain: { refreshToken: string; accessToken: string };
    try {
      plain = { refreshToken: box.open(row.refreshToken), accessToken: box.open(row.accessToken) };
    } catch {
      left++;
      continue;
    }
    const written = await db
      .update(oaTokens)
      .set({ refreshToken: box.seal(plain.refreshToken), accessToken: box.seal(plain.accessToken) })
      .where(
        and(
          eq(oaTokens.oaId, row.oaId),
          eq(oaTokens.refreshToken, row.refreshToken),
          eq(oaTokens.accessToken, row.accessToken),
        ),
      )
      .returning({ oaId: oaTokens.oaId });
    if (written.length > 0) resealed++;
  }
  return { resealed, left };
}
