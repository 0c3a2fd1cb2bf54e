import { Hono } from "hono";
import { ApiError } from "../errors";
import type { Env } from "../http";
import { isGenuineBankNotice } from "../payments/bank-signature";
import { handleBankNotice, handleCheckoutCallback, type PaymentDeps } from "../services/payments";

/**
 * /api/payments: what payment providers send, server to server, without a session: each checked
 * by its own signature before anything is read.
 */
export function paymentRoutes(deps: PaymentDeps & { bankSecrets: readonly string[] }) {
  return new Hono<Env>()
    .post("/checkout/callback", async (c) => {
      const body: unknown = await c.req.json().catch(() => null);
      return c.json(await handleCheckoutCallback(deps, body));
    })
    .post("/bank/webhook", async (c) => {
      const raw = await c.req.text();
      const headers = { timestamp: c.req.header("X-Timestamp"), signature: c.req.header("X-Signature") };
      if (!isGenuineBankNotice(deps.bankSecrets, headers, raw)) {
        throw new ApiError("unauthenticated", "Bad signature or timestamp.");
      }
      return c.json({ ok: true, outcome: await handleBankNotice(deps.db, raw) });
    });
}
