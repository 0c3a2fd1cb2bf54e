import { create } from "zustand";
import { onAppResumed } from "../platform/lifecycle";
import { asyncSlot, IDLE, type AsyncState } from "./async";
import { onPersonChange } from "./session";

export interface ListCache<T> {
  /** The list as the server last answered it. */
  list: AsyncState<T[]>;
  /** Asks the server again: a choice that stopped holding meanwhile shows up on screen. */
  load(): Promise<void>;
  /** Changes the kept list at once, e.g. to show a link before the server confirms it. */
  update(change: (items: T[]) => T[]): void;
  clear(): void;
}

/** A store holding one list the signed-in person reads from the server: one copy for every screen. */
export function createListCache<T>(fetchList: () => Promise<T[]>) {
  const store = create<ListCache<T>>()((set, get) => {
    const slot = asyncSlot(
      () => get().list,
      (list) => set({ list }),
    );
    return {
      list: IDLE,
      load: async () => {
        await slot.run(fetchList);
      },
      update: (change) => {
        const { list } = get();
        if (list.data) set({ list: { ...list, data: change(list.data) } });
      },
      clear: slot.reset,
    };
  });
  onPersonChange(() => store.getState().clear());
  // What may have changed while the person was away is asked again, if it was shown at all.
  onAppResumed(() => {
    if (store.getState().list.data) void store.getState().load();
  });
  return store;
}
