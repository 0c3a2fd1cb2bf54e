import type { Db } from "../db/client";
import type { Log } from "../log";
import { startPeriodic, type Periodic } from "./periodic";
import { releaseExpiredHolds } from "./usage";

/**
 * Releases expired holds every `everyMs` on this instance (every instance runs one: the holds are
 * claimed with SKIP LOCKED), one pass at a time (services/periodic.ts).
 */
export function startUsageSweep(db: Db, log: Log, everyMs: number): Periodic {
  const pass = async () => {
    const released = await releaseExpiredHolds(db);
    if (released > 0) log.info({ event: "usage_holds_released", released });
    return released;
  };
  return startPeriodic(pass, log, "usage_sweep", everyMs);
}
