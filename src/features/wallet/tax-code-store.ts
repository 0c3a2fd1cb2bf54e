import { create } from "zustand";
import { asyncSlot, IDLE, type AsyncState } from "../../store/async";
import { onPersonChange } from "../../store/session";
import { useWallets } from "../../store/wallets";
import { confirmTaxCode } from "./api";

interface TaxCodeState {
  confirming: AsyncState<string>;
  /** Records the confirmation and reads the wallet again; true once the server has it. */
  confirm(accountId: string, taxCode: string): Promise<boolean>;
  reset(): void;
}

/** The confirmation of the tax code the first invoice will carry, asked before the first top-up. */
export const useTaxCodeConfirmation = create<TaxCodeState>()((set, get) => {
  const slot = asyncSlot(
    () => get().confirming,
    (confirming) => set({ confirming }),
  );
  return {
    confirming: IDLE,
    confirm: async (accountId, taxCode) => {
      const outcome = await slot.run(async () => {
        await confirmTaxCode(accountId, taxCode);
        return taxCode;
      });
      if (!outcome?.ok) return false;
      await useWallets.getState().load(accountId);
      return true;
    },
    reset: () => slot.reset(),
  };
});

onPersonChange(() => useTaxCodeConfirmation.getState().reset());
