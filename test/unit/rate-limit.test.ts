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
});
