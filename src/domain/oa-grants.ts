/**
 * The steps of a person's OA authorization with Zalo: pending → opened (its browser took the
 * ticket) → exchanging (Zalo sent it back; the code is being exchanged) → confirming (waiting for
 * "Xác nhận") → done, or refused, failed, expired.
 */
export const OA_GRANT_STATUSES = [
  "pending",
  "opened",
  "exchanging",
  "confirming",
  "done",
  "refused",
  "failed",
  "expired",
] as const;
export type OaGrantStatus = (typeof OA_GRANT_STATUSES)[number];

/** How we know a person administers an OA: the demo directory, or their OA authorization. */
export const OA_ADMIN_SOURCES = ["seed", "zalo_grant"] as const;
export type OaAdminSource = (typeof OA_ADMIN_SOURCES)[number];
