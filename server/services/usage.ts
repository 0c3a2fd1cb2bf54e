import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AMOUNT_MAX } from "../../src/domain/money";
import {
  HOLD_MAX_MS,
  USAGE_CLOCK_SKEW_MS,
  USAGE_EVENT_MAX_AGE_MS,
  USAGE_KINDS,
  type UsageKind,
} from "../../src/domain/usage";
import type { Db, Tx } from "../db/client";
import { accountApps, accountOas, accounts, usageHolds } from "../db/schema";
import { ApiError } from "../errors";
import { runWrite } from "./command";
import { debit, heldOf, lockAccount, type Debit } from "./ledger";

/** Zalo's charging services, the actor of every usage write. */
export const ZALO_USAGE = { personId: "zalo_usage" };

const usageId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/);
const amount = z.number().int().min(1).max(AMOUNT_MAX);
const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));
const target = {
  accountId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  kind: z.enum(USAGE_KINDS),
  amount,
  oaId: usageId.optional(),
  appId: usageId.optional(),
  quantity: z.number().int().min(1).max(1_000_000_000).optional(),
};

export const holdSchema = z.strictObject({ holdId: usageId, ...target, expiresAt: instant });
export const eventSchema = z.strictObject({
  eventId: usageId,
  holdId: usageId.optional(),
  ...target,
  occurredAt: instant,
});
export type HoldRequest = z.output<typeof holdSchema>;
export type EventRequest = z.output<typeof eventSchema>;

/**
 * Reserves `hold.amount` of the ZCA's available balance (its balance minus the holds that still
 * reserve money) until `expiresAt`, or refuses with 402 insufficient_balance. Under the ZCA's row
 * lock: holds racing for the last đồng are taken one at a time, so together they never reserve
 * more than the balance. The same holdId again answers "already" when it is the same hold, and
 * usage_id_reused when it is not.
 */
export async function placeHold(db: Db, hold: HoldRequest, now = Date.now()): Promise<"held" | "already"> {
  const lifetime = hold.expiresAt.getTime() - now;
  if (lifetime <= 0) throw invalid("expiresAt", "past");
  if (lifetime > HOLD_MAX_MS) throw invalid("expiresAt", "too_far");
  return runWrite(db, ZALO_USAGE, async ({ tx }) => {
    await lockAccount(tx, hold.accountId);
    const [seen] = await tx.select().from(usageHolds).where(eq(usageHolds.id, hold.holdId));
    if (seen) {
      if (!sameHold(seen, hold)) throw new ApiError("usage_id_reused");
      return "already";
    }
    await checkTargets(tx, hold);
    // One statement: the hold is written only if the available balance, read under the lock, covers it.
    const placed = (await tx.execute(sql`
      INSERT INTO ${usageHolds} (id, account_id, kind, amount, oa_id, app_id, quantity, expires_at)
      SELECT ${hold.holdId}, ${accounts.id}, ${hold.kind}, ${hold.amount}, ${hold.oaId ?? null},
             ${hold.appId ?? null}, ${hold.quantity ?? null}, ${hold.expiresAt.toISOString()}::timestamptz
      FROM ${accounts}
      WHERE ${accounts.id} = ${hold.accountId} AND ${accounts.balance} - ${heldOf(hold.accountId)} >= ${hold.amount}
      RETURNING id`)) as unknown as { rows: unknown[] };
    if (placed.rows.length === 0) throw new ApiError("insufficient_balance");
    return "held";
  });
}

/**
 * Debits a usage event once (services/ledger.ts, debit) and answers "debited" or "already"; a
 * refusal is recorded, committed, then answered with its error (402 insufficient_balance, 404 for
 * a hold that is not this ZCA's, 409 hold_closed or hold_exceeded).
 */
export async function chargeEvent(db: Db, event: EventRequest, now = Date.now()): Promise<Debit> {
  const age = now - event.occurredAt.getTime();
  if (age < -USAGE_CLOCK_SKEW_MS) throw invalid("occurredAt", "future");
  if (age > USAGE_EVENT_MAX_AGE_MS) throw invalid("occurredAt", "too_old");
  const result = await runWrite(
    db,
    ZALO_USAGE,
    // A hold's targets were checked when it was placed: an OA unlinked since still pays what it held.
    async ({ tx }) => debit(tx, event, (tx) => checkTargets(tx, event)),
    { retries: 3 },
  );
  if (result.outcome === "refused") {
    throw new ApiError(result.reason === "hold_unknown" ? "not_found" : result.reason);
  }
  return result;
}

/**
 * What a charge names must be the ZCA's: an OA package and proactive messages an OA linked to it,
 * ZNS an OA or an app linked to it. A ZCA is never charged for another's OA or app.
 */
async function checkTargets(
  tx: Tx,
  charge: { accountId: string; kind: UsageKind; oaId?: string; appId?: string },
): Promise<void> {
  if (charge.kind !== "zns" && !charge.oaId) throw invalid("oaId", "required");
  if (charge.kind === "zns" && !charge.oaId && !charge.appId) throw invalid("appId", "required");
  if (charge.oaId) {
    const [linked] = await tx
      .select({ oaId: accountOas.oaId })
      .from(accountOas)
      .where(and(eq(accountOas.accountId, charge.accountId), eq(accountOas.oaId, charge.oaId)));
    if (!linked) throw invalid("oaId", "not_linked");
  }
  if (charge.appId) {
    const [linked] = await tx
      .select({ appId: accountApps.appId })
      .from(accountApps)
      .where(and(eq(accountApps.accountId, charge.accountId), eq(accountApps.appId, charge.appId)));
    if (!linked) throw invalid("appId", "not_linked");
  }
}

function sameHold(row: typeof usageHolds.$inferSelect, hold: HoldRequest): boolean {
  return (
    row.accountId === hold.accountId &&
    row.kind === hold.kind &&
    row.amount === hold.amount &&
    row.oaId === (hold.oaId ?? null) &&
    row.appId === (hold.appId ?? null) &&
    row.quantity === (hold.quantity ?? null) &&
    row.expiresAt.getTime() === hold.expiresAt.getTime()
  );
}

function invalid(field: string, problem: string): ApiError {
  return new ApiError("invalid_input", `${field}: ${problem}`, { [field]: problem });
}

/** How many expired holds one pass of the sweep releases at most. */
const SWEEP_BATCH = 200;

/**
 * Releases holds past their expiry that no event captured: they reserve nothing from their expiry
 * on (heldOf), and the sweep records it. Every instance sweeps: each hold is claimed with SKIP
 * LOCKED, so two sweeps never take the same one, and an event capturing a hold at that moment
 * waits for the claim and then finds it released. Returns how many it released.
 */
export async function releaseExpiredHolds(db: Db): Promise<number> {
  return runWrite(db, ZALO_USAGE, async ({ tx }) => {
    const result = (await tx.execute(sql`
      UPDATE ${usageHolds} SET status = 'released', settled_at = now()
      WHERE id IN (
        SELECT id FROM ${usageHolds} WHERE status = 'active' AND expires_at <= now()
        ORDER BY expires_at LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED
      ) AND status = 'active'
      RETURNING id`)) as unknown as { rows: unknown[] };
    return result.rows.length;
  });
}
