import { create } from "zustand";
import { getOaGrant, startOaGrant } from "../api/oa-grants";
import type { Lang } from "../domain/languages";
import type { OaGrant } from "../domain/types";
import { openOutsidePage } from "../platform/outside-page";
import { asyncSlot, IDLE, type AsyncState } from "./async";
import { useOas } from "./oas";
import { onPersonChange } from "./session";

const POLL_MS = 2000;

interface OaGrantState {
  /** The last "Thêm OA từ Zalo": waiting for Zalo (loading), then how it ended. */
  grant: AsyncState<OaGrant>;
  /**
   * Opens Zalo's permission page and follows the authorization until the server knows how it
   * ended; a new OA lands in the person's OA list.
   */
  add(lang: Lang): Promise<void>;
  /** Stops waiting (the person changed their mind); a late answer is dropped. */
  stop(): void;
}

export const useOaGrant = create<OaGrantState>()((set, get) => {
  const slot = asyncSlot(
    () => get().grant,
    (grant) => set({ grant }),
  );
  return {
    grant: IDLE,
    add: async (lang) => {
      const outcome = await slot.run(async () => {
        const { id, url, expiresAt } = await startOaGrant(lang);
        return follow(id, url, Date.parse(expiresAt));
      });
      if (outcome?.ok && outcome.data.status === "done") await useOas.getState().load();
    },
    stop: slot.reset,
  };
});

onPersonChange(() => useOaGrant.getState().stop());

/**
 * Asks the server how grant `id` went, at once whenever the person comes back from Zalo's page
 * and every two seconds meanwhile, until it is no longer pending or its ten minutes are over.
 */
async function follow(id: string, url: string, expiresAt: number): Promise<OaGrant> {
  let wake: () => void = () => {};
  const stopListening = await openOutsidePage(url, () => wake());
  try {
    for (;;) {
      const grant = await getOaGrant(id);
      if (grant.status !== "pending") return grant;
      if (Date.now() > expiresAt || useOaGrant.getState().grant.status !== "loading")
        return { status: "expired" };
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, POLL_MS);
      });
    }
  } finally {
    stopListening();
  }
}
