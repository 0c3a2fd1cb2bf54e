import { create } from "zustand";
import { shareText, type ShareOutcome } from "../platform/share";

interface AdminRequestState {
  /** How the last request for OA admin rights left the app; null before one is sent. */
  outcome: ShareOutcome | null;
  send(message: string): Promise<void>;
}

/** Asking an OA's admin for admin rights, through Zalo (or the system sheet, or the clipboard). */
export const useAdminRequest = create<AdminRequestState>()((set) => ({
  outcome: null,
  send: async (message) => {
    set({ outcome: null });
    set({ outcome: await shareText(message) });
  },
}));
