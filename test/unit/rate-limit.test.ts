import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../server/rate-limit";

describe("createRateLimiter", () => {
  it("allows `limit` requests per key per window, then refuses until the window passes", () => {
    let now = 1_000;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([true, true, false]);
    expect(limiter.take("b")).toBe(true);
    now += 59_999;
    expect(limiter.take("a")).toBe(false);
    now += 1;
    expect(limiter.take("a")).toBe(true);
  });

  it("says how many whole seconds are left in the window, for Retry-After", () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: () => now });
    limiter.take("a");
    limiter.take("a");
    expect(limiter.retryAfterSeconds("a")).toBe(60);
    now = 59_001;
    expect(limiter.retryAfterSeconds("a")).toBe(1);
    expect(limiter.retryAfterSeconds("unknown")).toBe(1);
  });

  it("keeps a limited key limited while thousands of other keys come and go", () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: () => now });
    limiter.take("attacker");
    expect(limiter.take("attacker")).toBe(false);
    now = 30_000;
    for (let i = 0; i < 12_000; i++) limiter.take(`rotating-${i}`);
    expect(limiter.take("attacker")).toBe(false);
  });
});
