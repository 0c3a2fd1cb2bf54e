import { appUnavailableReason, oaUnavailableReason } from "../../domain/linking";
import type { Account, App, Oa } from "../../domain/types";

/**
 * The assets this ZCA does not hold; with `linkableFirst`, the linkable ones first, then the others
 * with their reason. A list still loading its pages keeps the server's order, so rows already
 * read do not move as the next page arrives.
 */
function notHeldHere<T>(
  items: T[],
  reasonOf: (item: T) => string | undefined,
  here: string,
  linkableFirst: boolean,
): T[] {
  const available = items.filter((item) => reasonOf(item) !== here);
  if (!linkableFirst) return available;
  const linkable = available.filter((item) => reasonOf(item) === undefined);
  return [...linkable, ...available.filter((item) => !linkable.includes(item))];
}

/** "Liên kết OA mới": the person's OAs this ZCA does not hold, the linkable ones first. */
export function newOasFor(oas: Oa[], account: Account, linkableFirst = true): Oa[] {
  return notHeldHere(oas, (oa) => oaUnavailableReason(oa, account.id), "oa_linked_here", linkableFirst);
}

/** "Liên kết ứng dụng mới": the person's apps this ZCA does not hold, the free ones first. */
export function newAppsFor(apps: App[], account: Account, linkableFirst = true): App[] {
  return notHeldHere(apps, (app) => appUnavailableReason(app, account.id), "app_linked_here", linkableFirst);
}
