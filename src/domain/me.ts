import type { AccountSummary, Me } from "./types";

/**
 * The ZCA the person's phone owns as Super Admin (R1), if it does; the ZCAs they are only a member
 * of do not count.
 */
export function phoneOwnedAccount(me: Me): AccountSummary | undefined {
  return me.reason === "phone_owns_account" ? me.accounts.find((a) => a.role === "super_admin") : undefined;
}
