import { create } from "zustand";
import { listApps } from "../api/directory";
import type { App } from "../domain/types";
import { asyncSlot, IDLE, type AsyncState } from "./async";

interface AppsState {
  /** The apps the signed-in person owns, as the server last listed them. */
  list: AsyncState<App[]>;
  load(): Promise<void>;
  clear(): void;
}

export const useApps = create<AppsState>()((set, get) => {
  const slot = asyncSlot(
    () => get().list,
    (list) => set({ list }),
  );
  return {
    list: IDLE,
    load: async () => {
      await slot.run(listApps);
    },
    clear: slot.reset,
  };
});
