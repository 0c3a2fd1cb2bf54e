import { useEffect } from "react";
import { create } from "zustand";
import { onAppResumed } from "../platform/lifecycle";
import { getAccount } from "../api/directory";
import type { Account } from "../domain/types";
import { asyncSlot, IDLE, type AsyncState } from "./async";
import { onPersonChange } from "./session";

interface AccountsState {
  byId: Record<string, AsyncState<Account>>;
  load(id: string): Promise<void>;
  /** Keeps a ZCA the server just answered with (created, or changed by a link). */
  remember(account: Account): void;
  /** Changes the kept ZCA at once, e.g. to show a link before the server confirms it. */
  update(id: string, change: (account: Account) => Account): void;
  clear(): void;
}

/** Every ZCA this person has opened, by id: the one copy that every screen of a ZCA reads. */
export const useAccounts = create<AccountsState>()((set, get) => {
  const slots = new Map<string, ReturnType<typeof asyncSlot<Account>>>();
  const slotOf = (id: string) => {
    let slot = slots.get(id);
    if (!slot) {
      slot = asyncSlot(
        () => get().byId[id] ?? IDLE,
        (next) => set((s) => ({ byId: { ...s.byId, [id]: next } })),
      );
      slots.set(id, slot);
    }
    return slot;
  };

  return {
    byId: {},
    load: async (id) => {
      await slotOf(id).run(() => getAccount(id));
    },
    remember: (account) =>
      set((s) => ({ byId: { ...s.byId, [account.id]: { status: "ready", data: account, error: null } } })),
    update: (id, change) => {
      const data = get().byId[id]?.data;
      if (data) get().remember(change(data));
    },
    clear: () => {
      for (const slot of slots.values()) slot.reset();
      slots.clear();
      set({ byId: {} });
    },
  };
});

onPersonChange(() => useAccounts.getState().clear());
// A ZCA's balance and links may have moved while the person was away.
onAppResumed(() => {
  const { byId, load } = useAccounts.getState();
  for (const [id, account] of Object.entries(byId)) if (account.data) void load(id);
});

/**
 * The ZCA `id` for a screen: loaded when the screen opens unless it is already here, or always
 * with `fresh` (the ZCA's home, whose balance may have moved), showing the kept copy meanwhile.
 */
export function useAccount(id: string, { fresh = false } = {}): AsyncState<Account> & { reload(): void } {
  const state = useAccounts((s) => s.byId[id]) ?? IDLE;
  const load = useAccounts((s) => s.load);
  useEffect(() => {
    if (fresh || !useAccounts.getState().byId[id]?.data) void load(id);
  }, [id, load, fresh]);
  return { ...state, reload: () => void load(id) };
}
