import { create } from "zustand";
import { validateBusiness, type BusinessInput } from "../../domain/business";
import type { FieldProblems } from "../../domain/errors";
import type { Account } from "../../domain/types";
import { useAccounts } from "../../store/accounts";
import { asyncSlot, IDLE, type AsyncState } from "../../store/async";
import { onPersonChange } from "../../store/session";
import { updateBusiness } from "./api";

interface BusinessEditState {
  saving: AsyncState<Account>;
  /** What the server refused in the last save, by field; cleared when that field changes. */
  refused: FieldProblems;
  /** Saves the details when every rule holds; true once the server has them. */
  save(accountId: string, business: BusinessInput): Promise<boolean>;
  changed(field: string): void;
  reset(): void;
}

/** Editing a ZCA's business details from Settings. */
export const useBusinessEdit = create<BusinessEditState>()((set, get) => {
  const saving = asyncSlot(
    () => get().saving,
    (next) => set({ saving: next }),
  );
  return {
    saving: IDLE,
    refused: {},
    save: async (accountId, input) => {
      const checked = validateBusiness(input);
      if (!checked.ok || get().saving.status === "loading") return false;
      const outcome = await saving.run(() => updateBusiness(accountId, checked.value));
      if (!outcome) return false;
      if (!outcome.ok) {
        set({ refused: outcome.fields });
        return false;
      }
      useAccounts.getState().remember(outcome.data);
      set({ refused: {} });
      return true;
    },
    changed: (field) => {
      const { [field]: _changed, ...rest } = get().refused;
      if (field in get().refused) set({ refused: rest });
    },
    reset: () => {
      saving.reset();
      set({ refused: {} });
    },
  };
});

onPersonChange(() => useBusinessEdit.getState().reset());
