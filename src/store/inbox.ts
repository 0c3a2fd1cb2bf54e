import { useEffect } from "react";
import { create } from "zustand";
import { getInbox, markInboxRead } from "../api/inbox";
import type { Inbox } from "../domain/notifications";
import { onAppResumed } from "../platform/lifecycle";
import { IDLE, keyedSlots, type AsyncState } from "./async";
import { onPersonChange } from "./session";

interface InboxState {
  byId: Record<string, AsyncState<Inbox>>;
  load(accountId: string): Promise<void>;
  loadMore(accountId: string): Promise<void>;
  /** Marks what the person has seen read: at once on screen, then on the server. */
  markRead(accountId: string, ids: string[]): Promise<void>;
  clear(): void;
}

/** Each opened ZCA's inbox: home shows its unread count, "Thông báo" its pages. */
export const useInboxes = create<InboxState>()((set, get) => {
  const slots = keyedSlots<Inbox>(
    (id) => get().byId[id],
    (id, next) => set((s) => ({ byId: { ...s.byId, [id]: next } })),
  );
  return {
    byId: {},
    load: async (accountId) => {
      await slots.of(accountId).run(() => getInbox(accountId));
    },
    loadMore: async (accountId) => {
      const inbox = get().byId[accountId];
      const cursor = inbox?.data?.nextCursor;
      if (!cursor || inbox.status === "loading") return;
      await slots.of(accountId).run(async () => {
        const page = await getInbox(accountId, cursor);
        return { ...page, items: [...inbox.data!.items, ...page.items] };
      });
    },
    markRead: async (accountId, ids) => {
      const inbox = get().byId[accountId];
      if (!inbox?.data || ids.length === 0) return;
      const marked = new Set(ids);
      const newlyRead = inbox.data.items.filter((item) => marked.has(item.id) && !item.read).length;
      set((s) => ({
        byId: {
          ...s.byId,
          [accountId]: {
            ...inbox,
            data: {
              ...inbox.data!,
              unread: Math.max(0, inbox.data!.unread - newlyRead),
              items: inbox.data!.items.map((item) => (marked.has(item.id) ? { ...item, read: true } : item)),
            },
          },
        },
      }));
      await markInboxRead(accountId, ids).catch(() => {});
    },
    clear: () => {
      slots.resetAll();
      set({ byId: {} });
    },
  };
});

onPersonChange(() => useInboxes.getState().clear());
// A notification may have come while the person was away.
onAppResumed(() => {
  const { byId, load } = useInboxes.getState();
  for (const [id, inbox] of Object.entries(byId)) if (inbox.data) void load(id);
});

/** The inbox of ZCA `accountId`, asked for afresh each time a screen showing it opens. */
export function useInbox(accountId: string): AsyncState<Inbox> & { reload(): void } {
  const state = useInboxes((s) => s.byId[accountId]) ?? IDLE;
  const load = useInboxes((s) => s.load);
  useEffect(() => {
    void load(accountId);
  }, [accountId, load]);
  return { ...state, reload: () => void load(accountId) };
}
