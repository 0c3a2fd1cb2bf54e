import { useMemo } from "react";
import { create, type StoreApi, type UseBoundStore } from "zustand";
import type { PageQuery } from "../api/directory";
import type { Page } from "../domain/types";
import { onAppResumed } from "../platform/lifecycle";
import { asyncSlot, IDLE, type AsyncState } from "./async";
import { onPersonChange } from "./session";

/** Rows a page: a phone's few screenfuls, so a person with hundreds of OAs waits for 50 only. */
export const PAGE_SIZE = 50;

/** How long typing rests before a search is sent to the server. */
export const SEARCH_DELAY_MS = 300;

export interface ListCache<T extends { id: string }> {
  /** The pages loaded so far, in the server's order. */
  list: AsyncState<Page<T>>;
  /** What the person searches for; the screen filters a list it holds whole. */
  query: string;
  /** The server's pages for `query`, when the list is longer than the pages held. */
  found: AsyncState<Page<T>>;
  /** The next page on its way, of the list or of what was found. */
  more: AsyncState<Page<T>>;
  /** Every item a page brought, by id: a choice made from a search is still known after it. */
  seen: Record<string, T>;
  /** Asks the server again for the first page: a choice that stopped holding shows up on screen. */
  load(): Promise<void>;
  /** Loads the first page unless it is here or on its way: for a screen about to show the list. */
  prefetch(): void;
  /** The next page of what is shown, when there is one. */
  loadMore(): Promise<void>;
  search(query: string): void;
  /** Changes the kept items at once, e.g. to show a link before the server confirms it. */
  update(change: (items: T[]) => T[]): void;
  clear(): void;
}

/** Whether `query` is searched on the server: the list is longer than the pages held. */
export function searchesServer<T extends { id: string }>(s: ListCache<T>): boolean {
  return s.query.trim() !== "" && s.list.data?.nextCursor !== undefined;
}

/**
 * A store holding one list the signed-in person reads from the server a page at a time: one copy
 * for every screen. A list longer than its first page is searched on the server.
 */
export function createListCache<T extends { id: string }>(fetchPage: (query: PageQuery) => Promise<Page<T>>) {
  const store = create<ListCache<T>>()((set, get) => {
    const slot = (key: "list" | "found" | "more") =>
      asyncSlot<Page<T>>(
        () => get()[key],
        (next) => set({ [key]: next }),
      );
    const slots = { list: slot("list"), found: slot("found"), more: slot("more") };
    let typing: ReturnType<typeof setTimeout> | undefined;

    function remember(items: T[], whole = false): void {
      const seen = whole ? {} : { ...get().seen };
      for (const item of items) seen[item.id] = item;
      set({ seen });
    }

    async function find(query: string): Promise<void> {
      slots.more.reset();
      const outcome = await slots.found.run(() => fetchPage({ limit: PAGE_SIZE, q: query.trim() }));
      if (outcome?.ok) remember(outcome.data.items);
    }

    return {
      list: IDLE,
      query: "",
      found: IDLE,
      more: IDLE,
      seen: {},
      load: async () => {
        slots.more.reset();
        const outcome = await slots.list.run(() => fetchPage({ limit: PAGE_SIZE }));
        // A list that came whole says which items are gone; a first page cannot.
        if (outcome?.ok) remember(outcome.data.items, outcome.data.nextCursor === undefined);
        if (outcome?.ok && searchesServer(get())) await find(get().query);
      },
      prefetch: () => {
        if (get().list.status === "idle") void get().load();
      },
      loadMore: async () => {
        const key = searchesServer(get()) ? "found" : "list";
        const cursor = get()[key].data?.nextCursor;
        if (!cursor || get().more.status === "loading") return;
        const q = key === "found" ? get().query.trim() : undefined;
        const outcome = await slots.more.run(() => fetchPage({ limit: PAGE_SIZE, cursor, q }));
        const shown = get()[key].data;
        if (!outcome?.ok || !shown) return;
        remember(outcome.data.items);
        set({
          [key]: { ...get()[key], data: { ...outcome.data, items: [...shown.items, ...outcome.data.items] } },
        });
      },
      search: (query) => {
        clearTimeout(typing);
        set({ query });
        // Answers to what was typed before are not answers to this.
        slots.found.reset();
        if (searchesServer(get())) typing = setTimeout(() => void find(query), SEARCH_DELAY_MS);
      },
      update: (change) => {
        const { list, found } = get();
        const changed = (state: AsyncState<Page<T>>) =>
          state.data ? { ...state, data: { ...state.data, items: change(state.data.items) } } : state;
        set({ list: changed(list), found: changed(found) });
        remember(change(Object.values(get().seen)));
      },
      clear: () => {
        clearTimeout(typing);
        for (const s of Object.values(slots)) s.reset();
        set({ query: "", seen: {} });
      },
    };
  });
  onPersonChange(() => store.getState().clear());
  // What may have changed while the person was away is asked again, if it was shown at all.
  onAppResumed(() => {
    if (store.getState().list.data) void store.getState().load();
  });
  return store;
}

type ListStore<T extends { id: string }> = UseBoundStore<StoreApi<ListCache<T>>>;

/**
 * What a list screen shows: the list's items (filtered in memory by `matches` when the list is
 * held whole) or the server's answer to the search, whether more can be loaded, and `loadMore`.
 */
export function useShownList<T extends { id: string }>(
  cache: ListStore<T>,
  matches: (item: T, query: string) => boolean,
) {
  const list = cache((s) => s.list.data);
  const found = cache((s) => s.found);
  const query = cache((s) => s.query);
  const loadingMore = cache((s) => s.more.status === "loading");
  const loadMore = cache((s) => s.loadMore);
  const shown = useMemo(() => {
    const wanted = query.trim();
    if (wanted && list?.nextCursor !== undefined) {
      const waiting = found.status === "idle" || found.status === "loading";
      return { items: found.data?.items ?? [], hasMore: found.data?.nextCursor !== undefined, waiting };
    }
    const items = list?.items ?? [];
    return {
      items: wanted ? items.filter((item) => matches(item, wanted)) : items,
      hasMore: list?.nextCursor !== undefined,
      waiting: false,
    };
  }, [list, found, query, matches]);
  return { ...shown, query, loadingMore, loadMore };
}
