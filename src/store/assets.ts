import { create } from "zustand";
import { getAccount, linkOa, unlinkOa } from "../api/accounts";
import { ApiError, type ClientErrorCode } from "../api/client";
import { listOas } from "../api/directory";
import type { Account, LinkedOa, Oa, OaUnavailableReason } from "../domain/types";
import { useAccounts } from "./accounts";
import { useSession } from "./session";

export type LinkAction = "link" | "unlink";

export interface LinkFailure {
  action: LinkAction;
  oaId: string;
  oaName: string;
  code: ClientErrorCode;
  /** False when the server refused by rule: trying again would be refused again. */
  canRetry: boolean;
}

interface AssetsState {
  account: Account | null;
  /** The OAs the person administers, as the server last listed them. */
  oas: Oa[];
  status: "idle" | "loading" | "ready" | "failed";
  loadError: ClientErrorCode | null;
  query: string;
  /** OAs with a link or unlink on its way to the server. */
  busy: Record<string, LinkAction>;
  failure: LinkFailure | null;
  load(accountId: string): Promise<void>;
  link(oaId: string): Promise<boolean>;
  unlink(oaId: string): Promise<boolean>;
  retry(): Promise<boolean>;
  search(query: string): void;
}

const RETRYABLE = new Set<ClientErrorCode>([
  "network",
  "internal",
  "rate_limited",
  "zalo_unavailable",
  "unknown",
]);

const initial = {
  account: null,
  oas: [],
  status: "idle" as const,
  loadError: null,
  query: "",
  busy: {},
  failure: null,
};

/** Drives "Liên kết OA": the ZCA's linked OAs, the person's OAs, and linking with optimistic updates. */
export const useAssets = create<AssetsState>()((set, get) => {
  let latestLoad = 0;

  function setAccount(change: (account: Account) => Account): void {
    const { account } = get();
    if (account) set({ account: change(account) });
  }

  function settle(oaId: string, failure: LinkFailure | null): void {
    const { [oaId]: _done, ...busy } = get().busy;
    set({ busy, failure });
    const { account } = get();
    if (!failure && account) useAccounts.getState().remember(account);
  }

  /** After a refusal the screen may be out of date: show what the server now says. */
  async function refresh(): Promise<void> {
    const id = get().account?.id;
    if (!id) return;
    const [account, oas] = await Promise.all([getAccount(id), listOas()]).catch(() => [null, null]);
    if (account && oas && get().account?.id === id) {
      set({ account, oas });
      useAccounts.getState().remember(account);
    }
  }

  function failureOf(action: LinkAction, oaId: string, oaName: string, error: unknown): LinkFailure {
    const code = error instanceof ApiError ? error.code : "unknown";
    const canRetry = RETRYABLE.has(code);
    if (!canRetry) void refresh();
    return { action, oaId, oaName, code, canRetry };
  }

  return {
    ...initial,

    load: async (accountId) => {
      const thisLoad = ++latestLoad;
      set({ ...initial, status: "loading" });
      try {
        const [account, oas] = await Promise.all([getAccount(accountId), listOas()]);
        if (thisLoad !== latestLoad) return;
        set({ account, oas, status: "ready" });
        useAccounts.getState().remember(account);
      } catch (error) {
        if (thisLoad !== latestLoad) return;
        set({ status: "failed", loadError: error instanceof ApiError ? error.code : "unknown" });
      }
    },

    link: async (oaId) => {
      const { account, oas, busy } = get();
      const oa = oas.find((o) => o.id === oaId);
      if (!account || !oa || busy[oaId] || unavailableReason(oa, account) !== undefined) return false;
      const linkedBy = useSession.getState().me?.user ?? account.superAdmin;
      const optimistic: LinkedOa = { ...linkedFields(oa), linkedBy, linkedAt: new Date().toISOString() };
      setAccount((a) => ({ ...a, oas: [...a.oas, optimistic] }));
      set({ busy: { ...busy, [oaId]: "link" }, failure: null });
      try {
        const link = await linkOa(account.id, oaId);
        setAccount((a) => ({ ...a, oas: a.oas.map((o) => (o.id === oaId ? link : o)) }));
        settle(oaId, null);
        return true;
      } catch (error) {
        setAccount((a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
        settle(oaId, failureOf("link", oaId, oa.name, error));
        return false;
      }
    },

    unlink: async (oaId) => {
      const { account, busy } = get();
      const linked = account?.oas.find((o) => o.id === oaId);
      if (!account || !linked || busy[oaId]) return false;
      setAccount((a) => ({ ...a, oas: a.oas.filter((o) => o.id !== oaId) }));
      set({ busy: { ...busy, [oaId]: "unlink" }, failure: null });
      try {
        await unlinkOa(account.id, oaId);
        settle(oaId, null);
        return true;
      } catch (error) {
        setAccount((a) => ({ ...a, oas: [...a.oas, linked].sort(byLinkedAt) }));
        settle(oaId, failureOf("unlink", oaId, linked.name, error));
        return false;
      }
    },

    retry: async () => {
      const { failure } = get();
      if (!failure?.canRetry) return false;
      return failure.action === "link" ? get().link(failure.oaId) : get().unlink(failure.oaId);
    },

    search: (query) => set({ query }),
  };
});

/** Why an OA cannot be linked to this ZCA, by the server's rules; undefined when it can. */
export function unavailableReason(oa: Oa, account: Account): OaUnavailableReason | undefined {
  if (account.oas.some((o) => o.id === oa.id)) return "oa_linked_here";
  // The directory may still name this ZCA for an OA just unlinked here; only another ZCA counts.
  if (oa.linkedAccountId && oa.linkedAccountId !== account.id) return "oa_linked_elsewhere";
  if (!oa.verified) return "oa_not_verified";
  return undefined;
}

const NO_LINKED: LinkedOa[] = [];

export function selectLinkedOas(state: AssetsState): LinkedOa[] {
  return state.account?.oas ?? NO_LINKED;
}

/** "Liên kết OA mới": the person's OAs this ZCA does not hold, the linkable ones first. */
export function selectNewOas(state: AssetsState): Oa[] {
  const { account } = state;
  if (!account) return [];
  const available = state.oas.filter((oa) => unavailableReason(oa, account) !== "oa_linked_here");
  const linkable = available.filter((oa) => unavailableReason(oa, account) === undefined);
  return [...linkable, ...available.filter((oa) => !linkable.includes(oa))];
}

/** The new OAs whose name matches the search, ignoring case and Vietnamese diacritics. */
export function selectShownNewOas(state: AssetsState): Oa[] {
  const wanted = foldVietnamese(state.query.trim());
  const oas = selectNewOas(state);
  return wanted ? oas.filter((oa) => foldVietnamese(oa.name).includes(wanted)) : oas;
}

export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

function linkedFields({ id, name, avatar, verified, category, followers }: Oa) {
  return { id, name, avatar, verified, category, followers };
}

function byLinkedAt(a: LinkedOa, b: LinkedOa): number {
  return a.linkedAt.localeCompare(b.linkedAt);
}
