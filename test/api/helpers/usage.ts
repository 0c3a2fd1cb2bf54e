import { randomUUID } from "node:crypto";
import { usageRequest } from "./payments";
import type { TestServer } from "./server";

/** Bình's ZCA, with the OA and the app linked to it that the usage calls charge. */
export const USAGE_ACCOUNT = "zca-binh-minh";
export const USAGE_OA = "oa-binh-minh";
export const USAGE_APP = "1864203957731480522";

export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A hold of 100.000 đ for 50 ZNS messages of Bình's app, for two hours (or with the given changes). */
export function holdBody(change: Record<string, unknown> = {}) {
  return {
    holdId: `hold-${randomUUID()}`,
    accountId: USAGE_ACCOUNT,
    kind: "zns",
    amount: 100_000,
    appId: USAGE_APP,
    quantity: 50,
    expiresAt: inMinutes(120),
    ...change,
  };
}

/** A usage event of 100.000 đ for 50 ZNS messages of Bình's app, without a hold (or with the given changes). */
export function eventBody(change: Record<string, unknown> = {}) {
  return {
    eventId: `event-${randomUUID()}`,
    accountId: USAGE_ACCOUNT,
    kind: "zns",
    amount: 100_000,
    appId: USAGE_APP,
    quantity: 50,
    occurredAt: new Date().toISOString(),
    ...change,
  };
}

/** The event that captures `hold`, for `amount` (the hold's unless said). */
export function captureOf(hold: ReturnType<typeof holdBody>, amount = hold.amount) {
  const { holdId, accountId, kind, oaId, appId, quantity } = hold as Record<string, unknown>;
  return eventBody({ holdId, accountId, kind, oaId, appId, quantity, amount });
}

type Signing = { secret?: string; at?: number };

/** POST /api/usage/holds and /events on `server`, signed as Zalo's charging services sign them (usageRequest). */
export function usageCalls(server: TestServer) {
  return {
    postHold: (body: object | string, opts?: Signing) =>
      server.request("POST", "/api/usage/holds", usageRequest(body, opts)),
    postEvent: (body: object | string, opts?: Signing) =>
      server.request("POST", "/api/usage/events", usageRequest(body, opts)),
  };
}
