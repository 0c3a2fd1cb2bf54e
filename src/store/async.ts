import { errorCode, errorFields } from "../api/client";
import type { ClientErrorCode, FieldProblems } from "../domain/errors";

/** Something the app asked the server for: not yet, on its way, here, or failed with a code. */
export interface AsyncState<T> {
  status: "idle" | "loading" | "ready" | "failed";
  data: T | null;
  error: ClientErrorCode | null;
}

export const IDLE: AsyncState<never> = { status: "idle", data: null, error: null };

/**
 * Whether the first answer came (what was asked for, nothing, or a failure): a screen that would
 * otherwise grow when it comes waits for it, so nothing moves under the person's finger.
 */
export function hasAnswered(state: AsyncState<unknown>): boolean {
  return state.data !== null || state.status === "ready" || state.status === "failed";
}

export type Outcome<T> =
  | { ok: true; data: T }
  /** `fields`: what the server said of each field it refused (empty for any other failure). */
  | { ok: false; error: ClientErrorCode; fields: FieldProblems };

/**
 * The one way a store runs async work: the state at one place of the store goes loading, then
 * ready or failed. Only the latest run writes its outcome: an answer that arrives after a newer run,
 * or after a reset (another person signed in), is dropped. Data already shown stays while a reload
 * is on its way, and after it fails.
 */
export function asyncSlot<T>(read: () => AsyncState<T>, write: (next: AsyncState<T>) => void) {
  let latest = 0;
  return {
    /** Resolves with the run's outcome, or null when a newer run or a reset overtook it. */
    async run(work: () => Promise<T>): Promise<Outcome<T> | null> {
      const mine = ++latest;
      write({ ...read(), status: "loading", error: null });
      try {
        const data = await work();
        if (mine !== latest) return null;
        write({ status: "ready", data, error: null });
        return { ok: true, data };
      } catch (error) {
        if (mine !== latest) return null;
        const code = errorCode(error);
        write({ ...read(), status: "failed", error: code });
        return { ok: false, error: code, fields: errorFields(error) };
      }
    },
    reset(): void {
      latest++;
      write(IDLE);
    },
  };
}

/** One asyncSlot per key (per ZCA, say) over a record of states, each made on first use. */
export function keyedSlots<T>(
  read: (key: string) => AsyncState<T> | undefined,
  write: (key: string, next: AsyncState<T>) => void,
) {
  const slots = new Map<string, ReturnType<typeof asyncSlot<T>>>();
  return {
    of(key: string) {
      let slot = slots.get(key);
      if (!slot) {
        slot = asyncSlot(
          () => read(key) ?? IDLE,
          (next) => write(key, next),
        );
        slots.set(key, slot);
      }
      return slot;
    },
    /** Drops every run on its way (another person signed in). */
    resetAll(): void {
      for (const slot of slots.values()) slot.reset();
      slots.clear();
    },
  };
}
