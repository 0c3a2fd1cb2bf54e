import { useEffect } from "react";
import { create, type StoreApi, type UseBoundStore } from "zustand";
import { errorCode } from "../../api/client";
import { declaredAppName } from "../../domain/app-id";
import { canRetry, type ClientErrorCode } from "../../domain/errors";
import { appUnavailableReason, oaUnavailableReason } from "../../domain/linking";
import type { Account, App, LinkedOa, Oa } from "../../domain/types";
import { useAccounts } from "../../store/accounts";
import { useApps } from "../../store/apps";
import type { ListCache } from "../../store/list-cache";
import { useOas } from "../../store/oas";
import { useSession } from "../../store/session";
import { linkApp, linkOa, unlinkApp, unlinkOa } from "./api";

/** What a ZCA holds: its OAs and its apps (App ID). */
export type AssetKind = "oa" | "app";
export type LinkAction = "link" | "unlink" | "create" | "declare";

interface Attempt {
  kind: AssetKind;
  action: LinkAction;
  accountId: string;
  /** The OA or app; empty for an app that failed to be created. */
  assetId: string;
  /** The OA's or app's name, or for a creation the ZCA's name the app would have had. */
  name: string;
}

/** A change the server did not make, and why; OAs are linked and unlinked, never created here. */
export type LinkFailure = Attempt & { code: ClientErrorCode } & (
    | { kind: "oa"; action: "link" | "unlink" }
    | { kind: "app" }
  );

interface AssetsState {
  /** Assets with a change on its way to the server, by `busyKey`. */
  busy: Record<string, LinkAction>;
  failure: LinkFailure | null;
  link(accountId: string, oaId: string): Promise<boolean>;
  unlink(accountId: string, oaId: string): Promise<boolean>;
  linkApp(accountId: string, appId: string): Promise<boolean>;
  unlinkApp(accountId: string, appId: string): Promise<boolean>;
  /** "Tạo ứng dụng": an app named after the ZCA, linked to it. */
  createApp(accountId: string): Promise<boolean>;
  /** "Liên kết bằng App ID": an app the person declares, linked to the ZCA. */
  declareApp(accountId: string, appId: string): Promise<boolean>;
  retry(): Promise<boolean>;
  reset(): void;
}

/** Where the busy state of an asset is kept; "new" stands for an app being created. */
export function busyKey(kind: AssetKind, id: string): string {
  return `${kind}:${id}`;
}

const initial = { busy: {}, failure: null };

/**
 * Linking and unlinking OAs and apps. A change shows at once in the shared ZCA, OA and app caches,
 * so every screen agrees; the server's answer confirms it or undoes it.
 */
export const useAssets = create<AssetsState>()((set, get) => {
  const accounts = () => useAccounts.getState();
  const lists = { oa: () => useOas.getState(), app: () => useApps.getState() };

  /** Records which ZCA now holds an asset in the person's list of that kind. */
  function setHolder(kind: AssetKind, id: string, accountId: string | null): void {
    const list = lists[kind]() as ListCache<{ id: string; linkedAccountId: string | null }>;
    list.update((items) =>
      items.map((item) => (item.id === id ? { ...item, linkedAccountId: accountId } : item)),
    );
  }

  /**
   * Runs one change: `apply` shows it at once, `send` asks the server, `confirm` keeps its answer,
   * `undo` takes the change back when the server did not make it.
   */
  async function change<T>(
    attempt: Attempt,
    steps: { apply(): void; send(): Promise<T>; confirm(answer: T): void; undo(): void },
  ): Promise<boolean> {
    const key = busyKey(attempt.kind, attempt.action === "create" ? "new" : attempt.assetId);
    steps.apply();
    set({ busy: { ...get().busy, [key]: attempt.action }, failure: null });
    let failure: LinkFailure | null = null;
    try {
      steps.confirm(await steps.send());
    } catch (error) {
      steps.undo();
      failure = { ...attempt, code: errorCode(error) } as LinkFailure;
    }
    const { [key]: _done, ...busy } = get().busy;
    set({ busy, failure });
    // After a refusal the screen may be out of date: show what the server now says.
    if (failure && !canRetry(failure.code)) {
      void accounts().load(failure.accountId);
      void lists[failure.kind]().load();
    }
    return failure === null;
  }

  const isBusy = (kind: AssetKind, id: string) => Boolean(get().busy[busyKey(kind, id)]);
  const updateAccount = (accountId: string, update: (account: Account) => Account) =>
    accounts().update(accountId, update);

  return {
    ...initial,

    link: async (accountId, oaId) => {
      const account = accounts().byId[accountId]?.data;
      const oa = lists.oa().seen[oaId];
      if (!account || !oa || isBusy("oa", oaId) || oaUnavailableReason(oa, accountId) !== undefined)
        return false;
      const linkedBy = useSession.getState().me?.user ?? account.superAdmin;
      const optimistic: LinkedOa = { ...linkedFields(oa), linkedBy, linkedAt: new Date().toISOString() };
      return change(
        { kind: "oa", action: "link", accountId, assetId: oaId, name: oa.name },
        {
          apply: () => {
            updateAccount(accountId, (a) => ({ ...a, oas: [...a.oas, optimistic] }));
            setHolder("oa", oaId, accountId);
          },
          send: () => linkOa(accountId, oaId),
          confirm: (link) =>
            updateAccount(accountId, (a) => ({ ...a, oas: a.oas.map((o) => (o.id === oaId ? link : o)) })),
          undo: () => {
            updateAccount(accountId, (a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
            setHolder("oa", oaId, null);
          },
        },
      );
    },

    unlink: async (accountId, oaId) => {
      const linked = accounts().byId[accountId]?.data?.oas.find((o) => o.id === oaId);
      if (!linked || isBusy("oa", oaId)) return false;
      return change(
        { kind: "oa", action: "unlink", accountId, assetId: oaId, name: linked.name },
        {
          apply: () => {
            updateAccount(accountId, (a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
            setHolder("oa", oaId, null);
          },
          send: () => unlinkOa(accountId, oaId),
          confirm: () => {},
          undo: () => {
            updateAccount(accountId, (a) => ({ ...a, oas: [...a.oas, linked].sort(byLinkedAt) }));
            setHolder("oa", oaId, accountId);
          },
        },
      );
    },

    linkApp: async (accountId, appId) => {
      const app = lists.app().seen[appId];
      if (!accounts().byId[accountId]?.data || !app || isBusy("app", appId)) return false;
      if (appUnavailableReason(app, accountId) !== undefined) return false;
      return change(
        { kind: "app", action: "link", accountId, assetId: appId, name: app.name },
        {
          apply: () => {
            updateAccount(accountId, withApp({ ...app, linkedAccountId: accountId }));
            setHolder("app", appId, accountId);
          },
          send: () => linkApp(accountId, { appId }),
          confirm: (linked) => updateAccount(accountId, withApp(linked)),
          undo: () => {
            updateAccount(accountId, withoutApp(appId));
            setHolder("app", appId, null);
          },
        },
      );
    },

    unlinkApp: async (accountId, appId) => {
      const linked = accounts().byId[accountId]?.data?.apps.find((a) => a.id === appId);
      if (!linked || isBusy("app", appId)) return false;
      return change(
        { kind: "app", action: "unlink", accountId, assetId: appId, name: linked.name },
        {
          apply: () => {
            updateAccount(accountId, withoutApp(appId));
            setHolder("app", appId, null);
          },
          send: () => unlinkApp(accountId, appId),
          confirm: () => {},
          undo: () => {
            updateAccount(accountId, withApp(linked));
            setHolder("app", appId, accountId);
          },
        },
      );
    },

    // Not shown before the server answers: the app has no id until it exists.
    createApp: async (accountId) => {
      const account = accounts().byId[accountId]?.data;
      if (!account || isBusy("app", "new")) return false;
      return change(
        { kind: "app", action: "create", accountId, assetId: "", name: account.name },
        {
          apply: () => {},
          send: () => linkApp(accountId, { create: true }),
          confirm: (created) => {
            updateAccount(accountId, withApp(created));
            lists.app().update((apps) => [...apps, created]);
          },
          undo: () => {},
        },
      );
    },

    // Not shown before the server answers either: only it knows whether the App ID may be linked.
    declareApp: async (accountId, appId) => {
      if (!accounts().byId[accountId]?.data || isBusy("app", appId)) return false;
      return change(
        { kind: "app", action: "declare", accountId, assetId: appId, name: declaredAppName(appId) },
        {
          apply: () => {},
          send: () => linkApp(accountId, { declaredAppId: appId }),
          confirm: (declared) => {
            updateAccount(accountId, withApp(declared));
            lists.app().update((apps) => [...apps.filter((a) => a.id !== declared.id), declared]);
          },
          undo: () => {},
        },
      );
    },

    retry: async () => {
      const { failure, ...actions } = get();
      if (!failure || !canRetry(failure.code)) return false;
      const { kind, action, accountId, assetId } = failure;
      if (action === "create") return actions.createApp(accountId);
      if (action === "declare") return actions.declareApp(accountId, assetId);
      if (kind === "oa") return (action === "link" ? actions.link : actions.unlink)(accountId, assetId);
      return (action === "link" ? actions.linkApp : actions.unlinkApp)(accountId, assetId);
    },

    reset: () => set(initial),
  };
});

/**
 * A screen of "Quản lý tài sản" that links one kind of asset: the ZCA and the first page of the
 * person's list of that kind, both asked for afresh on opening. What is already here (loaded by
 * "Quản lý tài sản" while the person chose) shows at once and is replaced by the answers, as on
 * step 3 of the create flow; a link the server refuses meanwhile says why (another ZCA took it). When
 * asking afresh fails, the screen says so rather than show what it could not confirm.
 */
function useLinkScreen<T extends { id: string }>(
  accountId: string,
  cache: UseBoundStore<StoreApi<ListCache<T>>>,
) {
  // What is shown and why not, without the loading status: asking again on opening does not
  // render the screen again, only the answers do.
  const account = useAccounts((s) => s.byId[accountId]?.data ?? null);
  const accountError = useAccounts((s) => s.byId[accountId]?.error ?? null);
  const listHere = cache((s) => s.list.data !== null);
  const listError = cache((s) => s.list.error);
  useEffect(() => {
    useAssets.getState().reset();
    cache.getState().search("");
    void useAccounts.getState().load(accountId);
    void cache.getState().load();
  }, [accountId, cache]);
  const shown = account && listHere && !accountError && !listError;
  return {
    account: shown ? account : null,
    error: accountError ?? listError,
    reload: () => {
      if (accountError) void useAccounts.getState().load(accountId);
      if (listError) void cache.getState().load();
    },
  };
}

/** What "Liên kết OA" shows: the ZCA, once it and the first page of the person's OAs are here. */
export function useLinkOaScreen(accountId: string) {
  return useLinkScreen(accountId, useOas);
}

/** What "Liên kết ứng dụng" shows: the ZCA, once it and the first page of the person's apps are here. */
export function useLinkAppsScreen(accountId: string) {
  return useLinkScreen(accountId, useApps);
}

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

function linkedFields({ id, name, avatar, verified, category, followers }: Oa) {
  return { id, name, avatar, verified, category, followers };
}

function byLinkedAt(a: LinkedOa, b: LinkedOa): number {
  return a.linkedAt.localeCompare(b.linkedAt);
}

/** The ZCA with `app` among its apps (once), in the order the server lists them: by name. */
function withApp(app: App) {
  return (account: Account): Account => ({
    ...account,
    apps: [...account.apps.filter((a) => a.id !== app.id), app].sort((a, b) =>
      a.name.localeCompare(b.name, "vi"),
    ),
  });
}

function withoutApp(appId: string) {
  return (account: Account): Account => ({ ...account, apps: account.apps.filter((a) => a.id !== appId) });
}
