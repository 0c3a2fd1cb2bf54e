import { Hono } from "hono";
import { z } from "zod";
import { AMOUNT_MAX } from "../../src/domain/money";
import { USAGE_KINDS } from "../../src/domain/usage";
import { simulateSpend, type UsageSimulatorDeps } from "../dev/usage-simulator";
import { readBody, readParam, type Env } from "../http";

const spendChoice = z.strictObject({
  kind: z.enum(USAGE_KINDS),
  oaId: z.string().min(1).max(128).optional(),
  appId: z.string().min(1).max(128).optional(),
  amount: z.number().int().min(1).max(AMOUNT_MAX),
});

/**
 * Dev mode only: "Giả lập chi tiêu" (server/dev/usage-simulator.ts), for a ZCA the caller may use
 * (wallet.use). It answers how the signed usage routes answered the simulated service.
 */
export function devUsageRoutes(deps: UsageSimulatorDeps) {
  return new Hono<Env>().post("/:accountId", async (c) => {
    const spend = await readBody(c, spendChoice);
    return c.json(await simulateSpend(deps, c.get("personId"), readParam(c, "accountId"), spend));
  });
}
