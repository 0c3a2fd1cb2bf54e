import type { AccountSummary, Me } from "./types";

/**
 * The ZCA the person's phone owns as Super Admin (R1), if it does; the ZCAs they are only a member
 * of do not count.
 */
export function phoneOwnedAccount(me: Me): AccountSummary | undefined {
  return me.reason === "phone_owns_account" ? me.accounts.find((a) => a.role === "super_admin") : undefined;
}

/**
 * The ZCA the app opens on instead of home: the one the person's phone owns, when it is the only
 * ZCA they belong to (home would list nothing else). Its screen is then the app's first.
 */
export function homeAccount(me: Me): AccountSummary | undefined {
  const owned = phoneOwnedAccount(me);
  return owned && me.accounts.length === 1 ? owned : undefined;
}
