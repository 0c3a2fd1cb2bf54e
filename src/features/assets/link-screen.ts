import { useEffect } from "react";
import type { StoreApi, UseBoundStore } from "zustand";
import { useAccounts } from "../../store/accounts";
import { useApps } from "../../store/apps";
import type { ListCache } from "../../store/list-cache";
import { useOas } from "../../store/oas";
import { useAssets } from "./store";

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
