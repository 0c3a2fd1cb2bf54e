import { useEffect } from "react";
import { create } from "zustand";
import { errorCode } from "../../api/client";
import { canRetry, type ClientErrorCode } from "../../domain/errors";
import { oaUnavailableReason } from "../../domain/linking";
import { withoutDiacritics } from "../../domain/text";
import type { Account, LinkedOa, Oa } from "../../domain/types";
import { useAccounts } from "../../store/accounts";
import { useOas } from "../../store/oas";
import { useSession } from "../../store/session";
import { linkOa, unlinkOa } from "./api";

export type LinkAction = "link" | "unlink";

export interface LinkFailure {
  action: LinkAction;
  accountId: string;
  oaId: string;
  oaName: string;
  code: ClientErrorCode;
}

interface AssetsState {
  query: string;
  /** OAs with a link or unlink on its way to the server. */
  busy: Record<string, LinkAction>;
  failure: LinkFailure | null;
  link(accountId: string, oaId: string): Promise<boolean>;
  unlink(accountId: string, oaId: string): Promise<boolean>;
  retry(): Promise<boolean>;
  search(query: string): void;
  reset(): void;
}

const initial = { query: "", busy: {}, failure: null };

/**
 * Linking and unlinking OAs. A change shows at once in the shared ZCA and OA caches, so every
 * screen agrees; the server's answer confirms it or undoes it.
 */
export const useAssets = create<AssetsState>()((set, get) => {
  const accounts = () => useAccounts.getState();
  const oas = () => useOas.getState();

  function settle(oaId: string, failure: LinkFailure | null): void {
    const { [oaId]: _done, ...busy } = get().busy;
    set({ busy, failure });
    // After a refusal the screen may be out of date: show what the server now says.
    if (failure && !canRetry(failure.code)) {
      void accounts().load(failure.accountId);
      void oas().load();
    }
  }

  /** Records which ZCA now holds an OA in the person's OA list. */
  function setHolder(oaId: string, accountId: string | null): void {
    oas().update((list) => list.map((oa) => (oa.id === oaId ? { ...oa, linkedAccountId: accountId } : oa)));
  }

  function start(oaId: string, action: LinkAction): void {
    set({ busy: { ...get().busy, [oaId]: action }, failure: null });
  }

  return {
    ...initial,

    link: async (accountId, oaId) => {
      const account = accounts().byId[accountId]?.data;
      const oa = oas().list.data?.find((o) => o.id === oaId);
      if (!account || !oa || get().busy[oaId] || oaUnavailableReason(oa, accountId) !== undefined)
        return false;
      const linkedBy = useSession.getState().me?.user ?? account.superAdmin;
      const optimistic: LinkedOa = { ...linkedFields(oa), linkedBy, linkedAt: new Date().toISOString() };
      accounts().update(accountId, (a) => ({ ...a, oas: [...a.oas, optimistic] }));
      setHolder(oaId, accountId);
      start(oaId, "link");
      try {
        const link = await linkOa(accountId, oaId);
        accounts().update(accountId, (a) => ({ ...a, oas: a.oas.map((o) => (o.id === oaId ? link : o)) }));
        settle(oaId, null);
        return true;
      } catch (error) {
        accounts().update(accountId, (a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
        setHolder(oaId, null);
        settle(oaId, { action: "link", accountId, oaId, oaName: oa.name, code: errorCode(error) });
        return false;
      }
    },

    unlink: async (accountId, oaId) => {
      const linked = accounts().byId[accountId]?.data?.oas.find((o) => o.id === oaId);
      if (!linked || get().busy[oaId]) return false;
      accounts().update(accountId, (a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
      setHolder(oaId, null);
      start(oaId, "unlink");
      try {
        await unlinkOa(accountId, oaId);
        settle(oaId, null);
        return true;
      } catch (error) {
        accounts().update(accountId, (a) => ({ ...a, oas: [...a.oas, linked].sort(byLinkedAt) }));
        setHolder(oaId, accountId);
        settle(oaId, { action: "unlink", accountId, oaId, oaName: linked.name, code: errorCode(error) });
        return false;
      }
    },

    retry: async () => {
      const { failure } = get();
      if (!failure || !canRetry(failure.code)) return false;
      const again = failure.action === "link" ? get().link : get().unlink;
      return again(failure.accountId, failure.oaId);
    },

    search: (query) => set({ query }),
    reset: () => set(initial),
  };
});

/**
 * What "Liên kết OA" shows: the ZCA and the person's OAs, both asked for afresh on opening. The
 * screen waits for both answers, so a link is never made from a list the server has since changed.
 */
export function useLinkOaScreen(accountId: string) {
  const account = useAccounts((s) => s.byId[accountId]);
  const list = useOas((s) => s.list);
  useEffect(() => {
    useAssets.getState().reset();
    void useAccounts.getState().load(accountId);
    void useOas.getState().load();
  }, [accountId]);
  const ready = account?.status === "ready" && list.status === "ready";
  return {
    account: ready ? account.data : null,
    oas: ready ? list.data! : [],
    error: account?.error ?? list.error,
    reload: () => {
      if (account?.error) void useAccounts.getState().load(accountId);
      if (list.error) void useOas.getState().load();
    },
  };
}

/** "Liên kết OA mới": the person's OAs this ZCA does not hold, the linkable ones first. */
export function newOasFor(oas: Oa[], account: Account): Oa[] {
  const available = oas.filter((oa) => oaUnavailableReason(oa, account.id) !== "oa_linked_here");
  const linkable = available.filter((oa) => oaUnavailableReason(oa, account.id) === undefined);
  return [...linkable, ...available.filter((oa) => !linkable.includes(oa))];
}

/** The OAs whose name matches the search, ignoring case and Vietnamese diacritics. */
export function matchingOas(oas: Oa[], query: string): Oa[] {
  const wanted = foldVietnamese(query.trim());
  return wanted ? oas.filter((oa) => foldVietnamese(oa.name).includes(wanted)) : oas;
}

export function foldVietnamese(text: string): string {
  return withoutDiacritics(text).toLowerCase();
}

function linkedFields({ id, name, avatar, verified, category, followers }: Oa) {
  return { id, name, avatar, verified, category, followers };
}

function byLinkedAt(a: LinkedOa, b: LinkedOa): number {
  return a.linkedAt.localeCompare(b.linkedAt);
}
