const MAX_KEYS = 10_000;

/** A fixed-window counter per key, in memory: enough for one API process. */
export function createRateLimiter(opts: { limit: number; windowMs: number; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();

  // Many distinct keys (rotating addresses) must not wipe the count of a key already held back:
  // drop finished windows first, then keys not refused yet, oldest first.
  function makeRoom(t: number) {
    for (const [key, w] of windows) if (t - w.start >= opts.windowMs) windows.delete(key);
    for (const [key, w] of windows) {
      if (windows.size <= MAX_KEYS / 2) break;
      if (w.count <= opts.limit) windows.delete(key);
    }
    if (windows.size > MAX_KEYS) windows.clear();
  }

  return {
    /** True when the request identified by `key` is within the limit, and counts it. */
    take(key: string): boolean {
      const t = now();
      const w = windows.get(key);
      if (!w || t - w.start >= opts.windowMs) {
        if (windows.size >= MAX_KEYS) makeRoom(t);
        windows.set(key, { start: t, count: 1 });
        return true;
      }
      w.count += 1;
      return w.count <= opts.limit;
    },
    /** Whole seconds until `key` may try again (at least 1), for Retry-After. */
    retryAfterSeconds(key: string): number {
      const w = windows.get(key);
      const left = w ? w.start + opts.windowMs - now() : 0;
      return Math.max(1, Math.ceil(left / 1000));
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
