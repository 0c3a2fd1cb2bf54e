import { create } from "zustand";
import { listOas } from "../api/directory";
import type { Oa } from "../domain/types";
import { asyncSlot, IDLE, type AsyncState } from "./async";

interface OasState {
  /** The OAs the signed-in person administers, as the server last listed them. */
  list: AsyncState<Oa[]>;
  /** Asks the server again: a choice that stopped holding meanwhile shows up on screen. */
  load(): Promise<void>;
  /** Records which ZCA now holds an OA, after a link or unlink here. */
  setHolder(oaId: string, accountId: string | null): void;
  clear(): void;
}

/** The person's OAs: one list for the create flow and for "Liên kết OA". */
export const useOas = create<OasState>()((set, get) => {
  const slot = asyncSlot(
    () => get().list,
    (list) => set({ list }),
  );
  return {
    list: IDLE,
    load: async () => {
      await slot.run(listOas);
    },
    setHolder: (oaId, accountId) => {
      const { list } = get();
      if (!list.data) return;
      const data = list.data.map((oa) => (oa.id === oaId ? { ...oa, linkedAccountId: accountId } : oa));
      set({ list: { ...list, data } });
    },
    clear: slot.reset,
  };
});
