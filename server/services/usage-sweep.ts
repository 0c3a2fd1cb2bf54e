import type { Db } from "../db/client";
import { errorFields, type Log } from "../log";
import { releaseExpiredHolds } from "./usage";

/**
 * Releases expired holds every `everyMs` on this instance (every instance runs one: the holds are
 * claimed with SKIP LOCKED), one pass at a time; `stop` waits for the pass under way.
 */
export function startUsageSweep(db: Db, log: Log, everyMs: number) {
  let running: Promise<number> | null = null;
  const runNow = () => {
    running ??= releaseExpiredHolds(db)
      .then((released) => {
        if (released > 0) log.info({ event: "usage_holds_released", released });
        return released;
      })
      .catch((error) => {
        log.error({ event: "usage_sweep", ...errorFields(error) });
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
