import { and, eq, isNull } from "drizzle-orm";
import { ZaloApiError } from "../auth/zalo-http";
import { oaAdmins, oas, oaTokens } from "../db/schema";
import { ApiError } from "../errors";
import { runWrite } from "./command";
import { saveOa, saveTokens, type OaAuthDeps } from "./oa-grants";

/** Zalo's word on an OA is trusted for this long before it is asked again. */
export const OA_FRESH_MS = 60 * 60_000;

/**
 * Before an OA is linked or used to create a ZCA: if Zalo described it more than an hour ago, ask
 * again with its refresh token. Refresh tokens are single use, so refreshes of one OA run one at
 * a time (its token row is locked, on every instance) and the next token is kept in the same
 * transaction. A refresh Zalo refuses ends every grant-based admin right to the OA: those people
 * see "Cần cấp quyền lại". OAs of the seeded directory have no token and are left as they are.
 */
export async function refreshOaIfStale(deps: OaAuthDeps, oaId: string, requestId?: string): Promise<void> {
  if (!(await isStale(deps, oaId))) return;
  // What this write keeps is Zalo's word on the OA; its event names who granted the token.
  await runWrite(deps.db, { personId: "zalo_oa", requestId }, async ({ tx, audit }) => {
    const [token] = await tx
      .select()
      .from(oaTokens)
      .where(and(eq(oaTokens.oaId, oaId), isNull(oaTokens.revokedAt)))
      .for("update");
    const [oa] = await tx.select({ refreshedAt: oas.refreshedAt }).from(oas).where(eq(oas.id, oaId));
    // Another request refreshed it while this one waited for the lock.
    if (!token || !oa || (oa.refreshedAt && Date.now() - oa.refreshedAt.getTime() < OA_FRESH_MS)) return;
    try {
      const tokens = await deps.zaloOa.refresh(deps.box.open(token.refreshToken));
      await saveOa(tx, await deps.zaloOa.getOa(tokens.accessToken));
      await saveTokens(tx, deps.box, oaId, tokens, token.grantedBy);
    } catch (error) {
      if (!(error instanceof ZaloApiError)) throw error;
      if (error.kind === "unavailable") throw new ApiError("zalo_unavailable");
      const now = new Date();
      await tx.update(oaTokens).set({ revokedAt: now }).where(eq(oaTokens.oaId, oaId));
      await tx
        .update(oaAdmins)
        .set({ revokedAt: now })
        .where(and(eq(oaAdmins.oaId, oaId), eq(oaAdmins.source, "zalo_grant")));
      audit(
        { action: "oa_grant.revoked", subjectId: oaId, detail: { zaloCode: error.zaloCode ?? null } },
        { personId: token.grantedBy, requestId },
      );
    }
  });
}

async function isStale({ db }: OaAuthDeps, oaId: string): Promise<boolean> {
  const [row] = await db
    .select({ refreshedAt: oas.refreshedAt, tokenRevokedAt: oaTokens.revokedAt })
    .from(oas)
    .innerJoin(oaTokens, eq(oaTokens.oaId, oas.id))
    .where(eq(oas.id, oaId));
  if (!row || row.tokenRevokedAt) return false;
  return !row.refreshedAt || Date.now() - row.refreshedAt.getTime() >= OA_FRESH_MS;
}
