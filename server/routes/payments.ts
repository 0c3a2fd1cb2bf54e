import { Hono } from "hono";
import { readSignedBytes, type Ctx, type Env } from "../http";
import type { RateLimiter } from "../middleware/rate-limit";
import { handleBankNotice } from "../services/bank-notices";
import { handleCheckoutCallback, isUnsigned, type PaymentDeps } from "../services/checkout-callback";

/**
 * /api/payments: what payment providers send, server to server, without a session: each checked
 * by its own signature before anything is read.
 *
 * Who may call: anyone can reach these routes; only a request signed with our keys moves money.
 * Abuse: forged or replayed notices (refused by the signature and the bank's 5-minute window, and
 * credited once per reference), floods of unsigned requests. Only a request that fails its
 * signature counts against its address (BAD_MACS_PER_MINUTE); past the limit it is refused with 429
 * before anything else. A signed one never counts and is never refused for rate: Zalo and the bank
 * may not send a refused one again.
 */
export function paymentRoutes(
  deps: PaymentDeps & { bankSecrets: readonly string[]; badMacs: RateLimiter; address: (c: Ctx) => string },
) {
  const countRefusal = (c: Ctx) => deps.badMacs.take(deps.address(c));
  return new Hono<Env>()
    .post("/checkout/callback", async (c) => {
      const body: unknown = await c.req.json().catch(() => null);
      const answer = await handleCheckoutCallback(deps, body);
      if (isUnsigned(answer)) await countRefusal(c);
      return c.json(answer);
    })
    .post("/bank/webhook", async (c) => {
      const bytes = await readSignedBytes(c, deps.bankSecrets, () => countRefusal(c));
      return c.json({ ok: true, outcome: await handleBankNotice(deps.db, bytes) });
    });
}
