import { randomUUID } from "node:crypto";
import type { UsageKind } from "../../src/domain/usage";
import type { Db } from "../db/client";
import { webhookSignature } from "../payments/webhook-signature";
import { authorize } from "../policy";

/**
 * Dev mode only: plays Zalo's charging services for "Giả lập chi tiêu". The money moves only
 * through the real, signed routes, over HTTP, as Zalo's services would call them.
 */
export interface UsageSimulatorDeps {
  db: Db;
  /** Signs the calls: USAGE_WEBHOOK_SECRET (dev mode's value unless set). */
  usageSecret: string;
  /** The API's public origin, where the calls are sent. */
  publicUrl: string;
}

export interface SimulatedSpend {
  kind: UsageKind;
  /** An OA for an OA package or proactive messages; an OA or an app for ZNS. */
  oaId?: string;
  appId?: string;
  amount: number;
}

export type SpendOutcome = { outcome: "debited" } | { outcome: "refused"; reason: string };

/** How long the simulator's holds last: a ZNS's delivery window (7,200 s). */
const HOLD_MS = 2 * 60 * 60_000;

/**
 * A service's charge: a hold, then the event that captures it (an OA package renewal is never
 * held: its event alone). The outcome is what the routes answered: debited, or refused and why.
 */
export async function simulateSpend(
  deps: UsageSimulatorDeps,
  personId: string,
  accountId: string,
  spend: SimulatedSpend,
): Promise<SpendOutcome> {
  await authorize(deps.db, personId, accountId, "wallet.use");
  const target = { accountId, kind: spend.kind, amount: spend.amount, oaId: spend.oaId, appId: spend.appId };
  let holdId: string | undefined;
  if (spend.kind !== "oa_package") {
    holdId = `dev-hold-${randomUUID()}`;
    const expiresAt = new Date(Date.now() + HOLD_MS).toISOString();
    const held = await call(deps, "/api/usage/holds", { holdId, ...target, expiresAt });
    if (held.outcome === "refused") return held;
  }
  const eventId = `dev-event-${randomUUID()}`;
  return call(deps, "/api/usage/events", {
    eventId,
    holdId,
    ...target,
    occurredAt: new Date().toISOString(),
  });
}

/** POSTs one signed call to the API's own public URL; a refusal is named by its error code. */
async function call(deps: UsageSimulatorDeps, path: string, body: object): Promise<SpendOutcome> {
  const text = JSON.stringify(body);
  const timestamp = String(Date.now());
  const response = await fetch(`${deps.publicUrl}${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Timestamp": timestamp,
      "X-Signature": webhookSignature(deps.usageSecret, timestamp, text),
    },
    body: text,
  });
  if (response.ok) return { outcome: "debited" };
  const answer = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  return { outcome: "refused", reason: answer?.error?.code ?? `http_${response.status}` };
}
