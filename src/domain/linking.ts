import type { AppUnavailableReason, OaUnavailableReason } from "./types";

interface LinkableOa {
  verified: boolean;
  /** The ZCA here that holds the OA, if any. */
  linkedAccountId: string | null;
  /** Zalo's record of a ZCA the OA is linked to outside this app, if any. */
  zaloLinkedAccount?: string | null;
  /** The person's authorization of the OA is no longer honoured by Zalo. */
  reauthorize?: boolean;
}

/** Why an OA cannot be connected to a ZCA about to be created (any holder is another ZCA). */
export type NewAccountOaReason = Exclude<OaUnavailableReason, "oa_linked_here">;

/**
 * Why the person cannot link an OA to the ZCA `accountId` (null: a ZCA about to be created);
 * undefined when they can. The one linkability rule: the server checks it before every link and
 * creation, in this order, and the screens show its answer.
 */
export function oaUnavailableReason(oa: LinkableOa, accountId: null): NewAccountOaReason | undefined;
export function oaUnavailableReason(
  oa: LinkableOa,
  accountId: string | null,
): OaUnavailableReason | undefined;
export function oaUnavailableReason(
  oa: LinkableOa,
  accountId: string | null,
): OaUnavailableReason | undefined {
  if (oa.linkedAccountId !== null && oa.linkedAccountId === accountId) return "oa_linked_here";
  if (oa.reauthorize) return "oa_reauthorize";
  if (oa.linkedAccountId !== null || oa.zaloLinkedAccount) return "oa_linked_elsewhere";
  if (!oa.verified) return "oa_not_verified";
  return undefined;
}

/**
 * Why an app cannot be linked to the ZCA `accountId` (null: a ZCA about to be created); undefined
 * when it can. Like OAs, an app belongs to one ZCA at most; any app can be linked.
 */
export function appUnavailableReason(
  app: { linkedAccountId: string | null },
  accountId: string | null,
): AppUnavailableReason | undefined {
  if (app.linkedAccountId !== null && app.linkedAccountId === accountId) return "app_linked_here";
  if (app.linkedAccountId !== null) return "app_linked_elsewhere";
  return undefined;
}
