import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../server/errors";
import { createRateLimiter, type RateLimiter } from "../../server/middleware/rate-limit";

/** "ok", or the Retry-After of a rate_limited refusal. */
async function outcome(limiter: RateLimiter, key: string): Promise<"ok" | number> {
  try {
    await limiter.take(key);
    return "ok";
  } catch (error) {
    if (error instanceof ApiError && error.code === "rate_limited") return error.retryAfterSeconds!;
    throw error;
  }
}

describe("createRateLimiter in one process (PGlite)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("allows `limit` requests per key per window, then refuses until the window passes", async () => {
    const limiter = createRateLimiter({ name: "t", limit: 2, windowMs: 60_000 });
    expect([await outcome(limiter, "a"), await outcome(limiter, "a")]).toEqual(["ok", "ok"]);
    expect(await outcome(limiter, "a")).toBe(60);
    expect(await outcome(limiter, "b")).toBe("ok");
    vi.advanceTimersByTime(59_000);
    expect(await outcome(limiter, "a")).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(await outcome(limiter, "a")).toBe("ok");
  });

  it("says how many whole seconds are left in the window, at least one, for Retry-After", async () => {
    const limiter = createRateLimiter({ name: "t", limit: 1, windowMs: 60_000 });
    await limiter.take("a");
    vi.advanceTimersByTime(30_500);
    expect(await outcome(limiter, "a")).toBe(30);
    vi.advanceTimersByTime(29_499);
    expect(await outcome(limiter, "a")).toBe(1);
  });

  it("keeps a limited key limited while thousands of other keys come and go", async () => {
    const limiter = createRateLimiter({ name: "t", limit: 1, windowMs: 60_000 });
    await limiter.take("attacker");
    expect(await outcome(limiter, "attacker")).not.toBe("ok");
    vi.advanceTimersByTime(30_000);
    for (let i = 0; i < 12_000; i++) await limiter.take(`rotating-${i}`);
    expect(await outcome(limiter, "attacker")).not.toBe("ok");
  });
});

describe("createRateLimiter on PostgreSQL, when the database cannot be reached", () => {
  it("counts in the process instead: requests are still answered, and the limit still holds", async () => {
    // Nothing listens on port 9: every query of the store fails at once.
    const pool = new pg.Pool({ connectionString: "postgres://nobody@127.0.0.1:9/none", max: 2 });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const limiter = createRateLimiter({ name: "t", limit: 2, windowMs: 60_000, pool });
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push(await outcome(limiter, "ip:203.0.113.9"));
      expect(outcomes.slice(0, 2)).toEqual(["ok", "ok"]);
      expect(outcomes.slice(2).every((o) => typeof o === "number" && o >= 1 && o <= 60)).toBe(true);
      expect(await outcome(limiter, "ip:198.51.100.1")).toBe("ok");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      await pool.end();
    }
  });
});
