import { create } from "zustand";
import { getAccount } from "../api/accounts";
import { ApiError, type ClientErrorCode } from "../api/client";
import type { Account } from "../domain/types";

interface AccountsState {
  byId: Record<string, Account>;
  errors: Record<string, ClientErrorCode>;
  load(id: string): Promise<void>;
  remember(account: Account): void;
}

/** The ZCAs this person has opened, by id. */
export const useAccounts = create<AccountsState>()((set) => ({
  byId: {},
  errors: {},
  load: async (id) => {
    set((s) => ({ errors: without(s.errors, id) }));
    try {
      const account = await getAccount(id);
      set((s) => ({ byId: { ...s.byId, [id]: account } }));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : "unknown";
      set((s) => ({ errors: { ...s.errors, [id]: code } }));
    }
  },
  remember: (account) => set((s) => ({ byId: { ...s.byId, [account.id]: account } })),
}));

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
