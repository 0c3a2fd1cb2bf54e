import { create } from "zustand";
import { newIdempotencyKey } from "../../api/idempotency";
import { canRetry } from "../../domain/errors";
import type { TopupRequest } from "../../domain/schemas";
import type { Topup } from "../../domain/types";
import { canPayInZalo, openCheckout } from "../../platform/payment";
import { asyncSlot, IDLE, type AsyncState } from "../../store/async";
import { onPersonChange } from "../../store/session";
import { useWallets } from "../../store/wallets";
import {
  getTopup,
  reportCheckoutClosed,
  reportCheckoutOrder,
  simulateCheckout,
  simulateTransfer,
  startTopup,
  type DevCheckoutOutcome,
} from "./api";

/**
 * What the app knows of a checkout page, never whether money moved (only the server knows):
 * open in Zalo, closed (the server is asked), or closed without paying, as Zalo reported it.
 */
export type CheckoutPhase = "paying" | "closed" | "not_paid";

/** How often the result screen asks the server, and how long before it says "still waiting". */
export const POLL_MS = 2_000;
export const WAIT_MS = 60_000;

interface TopupState {
  /** "Thanh toán": the top-up made on the server and Zalo's checkout opened. */
  submit: AsyncState<Topup>;
  /** Browser dev mode: the top-up whose stand-in for Zalo's checkout page is open. */
  devCheckout: Topup | null;
  /** Dev mode: the server asked to play Zalo or the bank for a top-up (its id). */
  devRun: AsyncState<string>;
  phases: Record<string, CheckoutPhase>;
  /** The top-up the result screen follows, as the server last answered. */
  followed: AsyncState<Topup>;
  /** The server still said pending when the result screen stopped asking. */
  waited: boolean;
  /** "Nạp lại": what the next top-up form starts with (a new top-up, the same choices). */
  again: TopupRequest | null;
  /** Remembers a top-up's choices for the form "Nạp lại" opens (which then forgets them). */
  payAgain(topup: Topup): void;
  /** Starts a top-up and hands it to its payment; the top-up, or null when that failed. */
  start(accountId: string, request: TopupRequest): Promise<Topup | null>;
  /** Dev mode: plays Zalo's checkout page for the open top-up; true once the server was told. */
  devPay(accountId: string, outcome: DevCheckoutOutcome): Promise<boolean>;
  closeDevCheckout(): void;
  /**
   * A top-up form opened afresh (its fields already took "Nạp lại"'s choices): an earlier
   * attempt's failure is not shown on it.
   */
  openForm(): void;
  /** Dev mode: the bank's signed notice for a transfer top-up, sent by the server to itself. */
  devTransfer(accountId: string, topupId: string): Promise<boolean>;
  /** Reads a top-up once (the transfer screen shows what to send). */
  load(accountId: string, topupId: string): Promise<void>;
  /** Asks the server about a top-up until it knows how it ended, or until the wait is over. */
  follow(accountId: string, topupId: string): Promise<void>;
  stopFollowing(): void;
  reset(): void;
}

const sameRequest = (a: TopupRequest, b: TopupRequest) =>
  a.amount === b.amount && a.method === b.method && a.invoice === b.invoice;

export const useTopup = create<TopupState>()((set, get) => {
  const submit = asyncSlot(
    () => get().submit,
    (next) => set({ submit: next }),
  );
  const dev = asyncSlot(
    () => get().devRun,
    (next) => set({ devRun: next }),
  );
  const followed = asyncSlot(
    () => get().followed,
    (next) => set({ followed: next }),
  );
  // One Idempotency-Key per top-up the person means to make: a retry after the request failed
  // sends the same key (the server answers the same top-up), a changed amount or method gets a
  // new one. Once the server made the top-up its key is spent: paying again (Zalo's sheet did
  // not open) makes a new top-up, so each Checkout order has its own.
  let attempt: { key: string; request: TopupRequest } | null = null;
  // The top-up this form made: the same request again is that top-up, so a second tap (taps land
  // on a screen while it slides away) makes nothing new. A form opened afresh is a new intent.
  let made: { request: TopupRequest; topup: Topup } | null = null;
  let following: { accountId: string; topupId: string; run: number } | null = null;
  let runs = 0;

  function setPhase(accountId: string, topupId: string, phase: CheckoutPhase) {
    set((s) => ({ phases: { ...s.phases, [topupId]: phase } }));
    if (phase === "paying") return;
    // The sheet closed: the server asks Checkout about the order at once (the app's word settles
    // nothing), then the screen asks the server afresh.
    const refollow = () => {
      if (following?.topupId === topupId) void get().follow(following.accountId, topupId);
    };
    refollow();
    void reportCheckoutClosed(accountId, topupId).then(refollow, () => {});
  }

  async function payInZalo(accountId: string, topup: Topup): Promise<void> {
    const session = await openCheckout(topup.checkout!);
    setPhase(accountId, topup.id, "paying");
    // Without Zalo's order id the server cannot ask Checkout about a callback that never came.
    void reportCheckoutOrder(accountId, topup.id, session.orderId).catch(() =>
      reportCheckoutOrder(accountId, topup.id, session.orderId).catch(() => {}),
    );
    void session.ended.then((end) =>
      setPhase(accountId, topup.id, end === "not_paid" ? "not_paid" : "closed"),
    );
  }

  return {
    submit: IDLE,
    devCheckout: null,
    devRun: IDLE,
    phases: {},
    followed: IDLE,
    waited: false,
    again: null,

    start: async (accountId, request) => {
      // A second tap while the first is on its way is the same tap.
      if (get().submit.status === "loading") return null;
      if (made && sameRequest(made.request, request)) {
        // Dev mode: the sheet closed without a choice opens again for the same top-up.
        if (made.topup.checkout && !canPayInZalo()) set({ devCheckout: made.topup, devRun: IDLE });
        return null;
      }
      if (!attempt || !sameRequest(attempt.request, request)) {
        attempt = { key: newIdempotencyKey(), request };
      }
      const { key } = attempt;
      const outcome = await submit.run(async () => {
        const topup = await startTopup(accountId, request, key);
        if (attempt?.key === key) attempt = null;
        if (topup.status === "pending" && topup.checkout) {
          if (canPayInZalo()) await payInZalo(accountId, topup);
          else set({ devCheckout: topup, devRun: IDLE });
        }
        return topup;
      });
      if (!outcome?.ok) return null;
      made = { request, topup: outcome.data };
      return outcome.data;
    },

    devPay: async (accountId, outcome) => {
      const topup = get().devCheckout;
      if (!topup) return false;
      const done = await dev.run(async () => {
        await simulateCheckout(accountId, topup.id, outcome);
        return topup.id;
      });
      if (!done?.ok) return false;
      set({ devCheckout: null });
      setPhase(accountId, topup.id, outcome === "cancel" ? "not_paid" : "closed");
      return true;
    },

    closeDevCheckout: () => set({ devCheckout: null }),

    openForm: () => {
      if (get().submit.status !== "loading") {
        submit.reset();
        attempt = null;
        made = null;
      }
      set({ devCheckout: null, again: null });
    },

    devTransfer: async (accountId, topupId) => {
      const done = await dev.run(async () => {
        await simulateTransfer(accountId, topupId);
        return topupId;
      });
      return Boolean(done?.ok);
    },

    load: async (accountId, topupId) => {
      if (get().followed.data?.id !== topupId) followed.reset();
      await followed.run(() => getTopup(accountId, topupId));
    },

    follow: async (accountId, topupId) => {
      if (get().followed.data?.id !== topupId) followed.reset();
      const run = ++runs;
      following = { accountId, topupId, run };
      set({ waited: false });
      const deadline = Date.now() + WAIT_MS;
      const stillMine = () => following?.run === run;
      for (;;) {
        const answer = await followed.run(() => getTopup(accountId, topupId));
        if (!answer || !stillMine()) return;
        if (answer.ok && answer.data.status !== "pending") {
          if (answer.data.status === "succeeded") void useWallets.getState().load(accountId);
          return;
        }
        // A refusal (the top-up is not this person's) will not change by asking again.
        if (!answer.ok && !canRetry(answer.error)) return;
        if (Date.now() >= deadline) {
          set({ waited: true });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!stillMine()) return;
      }
    },

    stopFollowing: () => {
      following = null;
    },

    payAgain: ({ amount, method, invoice }) => set({ again: { amount, method, invoice } }),

    reset: () => {
      attempt = null;
      made = null;
      following = null;
      for (const slot of [submit, dev, followed]) slot.reset();
      set({ devCheckout: null, phases: {}, waited: false, again: null });
    },
  };
});

onPersonChange(() => useTopup.getState().reset());
