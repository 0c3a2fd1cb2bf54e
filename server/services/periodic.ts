import { errorFields, type Log } from "../log";

export interface Periodic {
  /** A pass at once, or the one under way: never two at a time on this instance. */
  runNow(): Promise<number>;
  /** No more passes; waits for the one under way. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` every `everyMs`, one pass at a time (the workers' claims are SKIP LOCKED, so every
 * instance runs its own). A failed pass is logged as `event` and counts as 0; the next one comes.
 */
export function startPeriodic(
  pass: () => Promise<number>,
  log: Log,
  event: string,
  everyMs: number,
): Periodic {
  let running: Promise<number> | null = null;
  const runNow = () => {
    running ??= pass()
      .catch((error) => {
        log.error({ event, ...errorFields(error) });
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void runNow(), everyMs);
  timer.unref();
  return {
    runNow,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
