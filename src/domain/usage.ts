/**
 * What Zalo's services charge a ZCA's balance for (issue 27): an OA's service package, proactive
 * messages, ZNS (ZBS Template Messages). The contract of POST /api/usage/holds and /events.
 */
export const USAGE_KINDS = ["oa_package", "proactive", "zns"] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

/** The ledger's description of a spend of each kind: the words the history already has. */
export const USAGE_DESCRIPTIONS: Record<UsageKind, string> = {
  oa_package: "oa_package",
  proactive: "proactive_message",
  zns: "zns",
};

/**
 * A hold lasts at most this long: Zalo charges a ZNS once it is delivered, within 7,200 s (15 s
 * for an OTP), so a day covers every service with room to spare.
 */
export const HOLD_MAX_MS = 24 * 60 * 60_000;

/** An event's occurredAt may be this far ahead of our clock (the signature's window). */
export const USAGE_CLOCK_SKEW_MS = 5 * 60_000;

/** An event older than this is refused as invalid: no service retries a charge for longer. */
export const USAGE_EVENT_MAX_AGE_MS = 30 * 24 * 60 * 60_000;

/** Why an event was not debited, as usage_refusals keeps it. */
export const USAGE_REFUSALS = [
  "insufficient_balance",
  "hold_unknown",
  "hold_closed",
  "hold_exceeded",
] as const;
export type UsageRefusal = (typeof USAGE_REFUSALS)[number];
