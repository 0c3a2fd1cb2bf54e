import { Hono } from "hono";
import { z } from "zod";
import { simulateBankTransfer, simulateCheckout, type PaymentSimulatorDeps } from "../dev/payment-simulator";
import { actor, readBody, readParam, type Env } from "../http";

const checkoutChoice = z.strictObject({ outcome: z.enum(["pay", "fail", "cancel", "pay_late"]) });

/**
 * Dev mode only: the payment simulator (server/dev/payment-simulator.ts). The app's dev checkout
 * sheet and "Giả lập chuyển khoản" call these, for a top-up the caller may use (wallet.use).
 */
export function devPaymentRoutes(deps: PaymentSimulatorDeps) {
  return new Hono<Env>()
    .post("/checkout/:accountId/:topupId", async (c) => {
      const { outcome } = await readBody(c, checkoutChoice);
      const accountId = readParam(c, "accountId");
      const topupId = readParam(c, "topupId");
      return c.json(await simulateCheckout(deps, actor(c), accountId, topupId, outcome));
    })
    .post("/bank-transfer/:accountId/:topupId", async (c) => {
      const accountId = readParam(c, "accountId");
      const topupId = readParam(c, "topupId");
      return c.json(await simulateBankTransfer(deps, c.get("personId"), accountId, topupId));
    });
}
