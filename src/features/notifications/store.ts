import { create } from "zustand";
import type { NotificationSettings, NotificationSettingsChange } from "../../domain/notifications";
import type { Member } from "../../domain/types";
import { asyncSlot, IDLE, type AsyncState } from "../../store/async";
import { onPersonChange } from "../../store/session";
import { useWallets } from "../../store/wallets";
import { getNotificationSettings, listMembers, putNotificationSettings } from "./api";

interface Loaded {
  accountId: string;
  settings: NotificationSettings;
  members: Member[];
}

interface NotificationsState {
  loaded: AsyncState<Loaded>;
  save: AsyncState<NotificationSettings>;
  load(accountId: string): Promise<void>;
  /** Saves the kinds `change` names; true once the server kept them. */
  saveChange(accountId: string, change: NotificationSettingsChange): Promise<boolean>;
  reset(): void;
}

/** "Quản lý thông báo": the ZCA's settings and the members who can be picked as recipients. */
export const useNotificationSettings = create<NotificationsState>()((set, get) => {
  const loaded = asyncSlot<Loaded>(
    () => get().loaded,
    (next) => set({ loaded: next }),
  );
  const save = asyncSlot<NotificationSettings>(
    () => get().save,
    (next) => set({ save: next }),
  );
  return {
    loaded: IDLE,
    save: IDLE,
    load: async (accountId) => {
      await loaded.run(async () => {
        const [settings, members] = await Promise.all([
          getNotificationSettings(accountId),
          listMembers(accountId),
        ]);
        return { accountId, settings, members };
      });
    },
    saveChange: async (accountId, change) => {
      const outcome = await save.run(() => putNotificationSettings(accountId, change));
      if (!outcome?.ok) return false;
      const current = get().loaded.data;
      if (current?.accountId === accountId) {
        set({ loaded: { status: "ready", data: { ...current, settings: outcome.data }, error: null } });
      }
      // Whether the balance is under the low-balance level is the wallet's to say, on home too.
      void useWallets.getState().load(accountId);
      return true;
    },
    reset: () => {
      loaded.reset();
      save.reset();
    },
  };
});

onPersonChange(() => useNotificationSettings.getState().reset());
