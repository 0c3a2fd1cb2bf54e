// How a link or an unlink shows in the shared caches, the moment it is made and once the server
// answers: among the ZCA's OAs and apps, and in the person's lists as held by which ZCA.
import type { Account, App, LinkedOa, Oa } from "../../domain/types";
import { useApps } from "../../store/apps";
import type { ListCache } from "../../store/list-cache";
import { useOas } from "../../store/oas";

/** What a ZCA holds: its OAs and its apps (App ID). */
export type AssetKind = "oa" | "app";

/** The person's OAs and apps, each one list for every screen. */
export const personLists = { oa: () => useOas.getState(), app: () => useApps.getState() };

/** Records which ZCA now holds an asset in the person's list of that kind. */
export function setHolder(kind: AssetKind, id: string, accountId: string | null): void {
  const list = personLists[kind]() as ListCache<{ id: string; linkedAccountId: string | null }>;
  list.update((items) =>
    items.map((item) => (item.id === id ? { ...item, linkedAccountId: accountId } : item)),
  );
}

/** The OA as the ZCA lists it, before the server says who linked it and when. */
export function linkedFields({ id, name, avatar, verified, category, followers }: Oa) {
  return { id, name, avatar, verified, category, followers };
}

export function byLinkedAt(a: LinkedOa, b: LinkedOa): number {
  return a.linkedAt.localeCompare(b.linkedAt);
}

/** The ZCA with `app` among its apps (once), in the order the server lists them: by name. */
export function withApp(app: App) {
  return (account: Account): Account => ({
    ...account,
    apps: [...account.apps.filter((a) => a.id !== app.id), app].sort((a, b) =>
      a.name.localeCompare(b.name, "vi"),
    ),
  });
}

export function withoutApp(appId: string) {
  return (account: Account): Account => ({ ...account, apps: account.apps.filter((a) => a.id !== appId) });
}
