import { Hono } from "hono";
import type { Db } from "../db/client";
import { parseSignedJson, readSignedBytes, type Ctx, type Env } from "../http";
import type { RateLimiter } from "../middleware/rate-limit";
import { chargeEvent, eventSchema, holdSchema, placeHold } from "../services/usage";

/**
 * /api/usage: Zalo's services that charge a ZCA's balance (OA packages, proactive messages, ZNS),
 * server to server, without a session, signed like the bank's notices (USAGE_WEBHOOK_SECRET:
 * X-Signature = hex HMAC-SHA256 over `<X-Timestamp>.<raw body>`, within five minutes).
 *
 * Who may call: anyone can reach these routes; only a request signed with our usage key moves
 * money, and only within a ZCA's available balance. A mini app session opens nothing here.
 * Abuse, each answered with a stable code (test/api/usage.test.ts):
 * - unsigned, forged, or replayed outside the five minutes: 401, counted per address (429 past
 *   BAD_MACS_PER_MINUTE); a signed one is never refused for rate;
 * - replayed within the window: the same holdId or eventId is "already", and under another body
 *   422 usage_id_reused, never debited twice (a unique index);
 * - another ZCA's hold, or an OA or app not linked to the ZCA: 404, or 400 `not_linked`;
 * - amounts not whole, 0, negative or past AMOUNT_MAX; expiresAt past or beyond a day; occurredAt
 *   ahead of the clock or older than 30 days: 400 invalid_input with the field;
 * - more than the available balance: 402 insufficient_balance (an event recorded as refused);
 *   more than its hold, or a hold captured or released: 409 hold_exceeded, hold_closed (recorded).
 */
export function usageRoutes(deps: {
  db: Db;
  secrets: readonly string[];
  badMacs: RateLimiter;
  address: (c: Ctx) => string;
}) {
  const refused = (c: Ctx) => () => deps.badMacs.take(deps.address(c));
  return new Hono<Env>()
    .post("/holds", async (c) => {
      const hold = parseSignedJson(await readSignedBytes(c, deps.secrets, refused(c)), holdSchema);
      return c.json({ outcome: await placeHold(deps.db, hold) });
    })
    .post("/events", async (c) => {
      const event = parseSignedJson(await readSignedBytes(c, deps.secrets, refused(c)), eventSchema);
      return c.json({ outcome: (await chargeEvent(deps.db, event)).outcome });
    });
}
