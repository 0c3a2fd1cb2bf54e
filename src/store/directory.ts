import { create } from "zustand";
import { ApiError, type ClientErrorCode } from "../api/client";
import { getTerms, listApps, listOas } from "../api/directory";
import type { App, Oa, Terms } from "../domain/types";

export interface Loadable<T> {
  data: T | null;
  loading: boolean;
  error: ClientErrorCode | null;
}

interface DirectoryState {
  oas: Loadable<Oa[]>;
  apps: Loadable<App[]>;
  terms: Loadable<Terms>;
  loadOas(): Promise<void>;
  loadApps(): Promise<void>;
  loadTerms(): Promise<void>;
  /** Forget what was listed for the previous person. */
  clear(): void;
}

const nothing = { data: null, loading: false, error: null };

/**
 * What the creation flow chooses from: the person's OAs and apps and the current terms. Each load
 * asks the server again, so a choice that stopped holding meanwhile shows up on screen.
 */
export const useDirectory = create<DirectoryState>()((set) => {
  // Answers that arrive after clear() belong to the previous person.
  let generation = 0;

  function loader<K extends "oas" | "apps" | "terms">(
    key: K,
    fetcher: () => Promise<DirectoryState[K]["data"]>,
  ) {
    return async () => {
      const asked = generation;
      set((s) => ({ [key]: { ...s[key], loading: true, error: null } }) as Partial<DirectoryState>);
      try {
        const data = await fetcher();
        if (asked !== generation) return;
        set({ [key]: { data, loading: false, error: null } } as Partial<DirectoryState>);
      } catch (error) {
        if (asked !== generation) return;
        const code = error instanceof ApiError ? error.code : "unknown";
        set((s) => ({ [key]: { ...s[key], loading: false, error: code } }) as Partial<DirectoryState>);
      }
    };
  }

  return {
    oas: nothing,
    apps: nothing,
    terms: nothing,
    loadOas: loader("oas", listOas),
    loadApps: loader("apps", listApps),
    loadTerms: loader("terms", getTerms),
    clear: () => {
      generation++;
      set({ oas: nothing, apps: nothing, terms: nothing });
    },
  };
});
