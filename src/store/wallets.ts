import { useEffect } from "react";
import { create } from "zustand";
import { getWallet } from "../api/wallet";
import type { Wallet } from "../domain/types";
import { onAppResumed } from "../platform/lifecycle";
import { useAccounts } from "./accounts";
import { IDLE, keyedSlots, type AsyncState } from "./async";
import { onPersonChange } from "./session";

interface WalletsState {
  byId: Record<string, AsyncState<Wallet>>;
  load(accountId: string): Promise<void>;
  clear(): void;
}

/**
 * Each opened ZCA's wallet: the balance, the transfer account and whether the balance is under
 * the alert's threshold. A fresh balance lands in the ZCA too, so every screen shows the same one.
 */
export const useWallets = create<WalletsState>()((set, get) => {
  const slots = keyedSlots<Wallet>(
    (id) => get().byId[id],
    (id, next) => set((s) => ({ byId: { ...s.byId, [id]: next } })),
  );
  return {
    byId: {},
    load: async (accountId) => {
      const outcome = await slots.of(accountId).run(() => getWallet(accountId));
      if (outcome?.ok) {
        const { balance } = outcome.data;
        useAccounts.getState().update(accountId, (account) => ({ ...account, balance }));
      }
    },
    clear: () => {
      slots.resetAll();
      set({ byId: {} });
    },
  };
});

onPersonChange(() => useWallets.getState().clear());
// A top-up may have landed, or a spend gone out, while the person was away.
onAppResumed(() => {
  const { byId, load } = useWallets.getState();
  for (const [id, wallet] of Object.entries(byId)) if (wallet.data) void load(id);
});

/** The wallet of ZCA `accountId`, asked for afresh each time a screen showing it opens. */
export function useWallet(accountId: string): AsyncState<Wallet> & { reload(): void } {
  const state = useWallets((s) => s.byId[accountId]) ?? IDLE;
  const load = useWallets((s) => s.load);
  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);
  return { ...state, reload: () => void load(accountId) };
}
