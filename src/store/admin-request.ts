import { create } from "zustand";
import { shareText, type ShareOutcome } from "../platform/share";

interface AdminRequestState {
  /** The message last sent, and how it left the app; null before one is sent. */
  sent: { message: string; outcome: ShareOutcome } | null;
  send(message: string): Promise<void>;
}

/**
 * A request sent through Zalo (or the system sheet, or the clipboard): asking an OA's admin for
 * admin rights, or Zalo to change a ZCA's Super Admin.
 */
export const useAdminRequest = create<AdminRequestState>()((set) => ({
  sent: null,
  send: async (message) => {
    set({ sent: null });
    set({ sent: { message, outcome: await shareText(message) } });
  },
}));

/** How `message` left the app, when it is the one last sent: another screen's request is not this one's. */
export function selectOutcomeOf(message: string) {
  return (s: AdminRequestState) => (s.sent?.message === message ? s.sent.outcome : null);
}
