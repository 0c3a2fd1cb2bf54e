import { eq } from "drizzle-orm";
import type { TokenBox } from "../auth/token-box";
import type { Db } from "../db/client";
import { oas, oaTokens, people } from "../db/schema";
import { saveTokens } from "../services/oa-grants";
import type { ZaloStandIn } from "./zalo-standin";

/** Who "authorized" dev mode's operator OA: nobody a developer signs in as. */
const DEV_OPERATOR = { id: "zca-operator", name: "Zalo Cloud Account (vận hành)" };

/**
 * Dev mode: the operator OA authorized once, as an admin of it does in production through the OA
 * authorization (docs/deploy.md), with tokens the Zalo stand-in issues. Its tokens live in memory
 * there, so each start authorizes it again.
 */
export async function authorizeDevOperatorOa(
  db: Db,
  box: TokenBox,
  zalo: ZaloStandIn,
  oaId: string,
): Promise<void> {
  const issued = zalo.issueFor(oaId);
  await db.transaction(async (tx) => {
    await tx.insert(people).values(DEV_OPERATOR).onConflictDoNothing();
    await tx
      .insert(oas)
      .values({ id: oaId, name: "Zalo Cloud Account", verified: true, category: "Dịch vụ" })
      .onConflictDoNothing();
    await tx.delete(oaTokens).where(eq(oaTokens.oaId, oaId));
    await saveTokens(
      tx,
      box,
      oaId,
      {
        accessToken: issued.access_token,
        refreshToken: issued.refresh_token,
        expiresAt: new Date(Date.now() + Number(issued.expires_in) * 1000),
      },
      DEV_OPERATOR.id,
    );
  });
}
