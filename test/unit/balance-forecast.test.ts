import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balanceLastsDays, FORECAST_WINDOW_DAYS } from "../../src/domain/balance-forecast";

describe("balanceLastsDays", () => {
  it("divides the balance by the average day of the last 30, rounding down", () => {
    // 300.000 đ over 30 days is 10.000 đ a day: 1.000.000 đ lasts 100 days.
    expect(balanceLastsDays(1_000_000, 300_000)).toBe(100);
    expect(balanceLastsDays(1_009_999, 300_000)).toBe(100);
    expect(balanceLastsDays(1_010_000, 300_000)).toBe(101);
  });

  it("has no forecast without spending", () => {
    expect(balanceLastsDays(1_000_000, 0)).toBeNull();
    expect(balanceLastsDays(0, 0)).toBeNull();
    expect(balanceLastsDays(1_000_000, 0.4)).toBeNull();
    expect(balanceLastsDays(1_000_000, Number.NaN)).toBeNull();
  });

  it("says 0 days for an empty balance, and for one under a day's spending", () => {
    expect(balanceLastsDays(0, 300_000)).toBe(0);
    expect(balanceLastsDays(9_999, 300_000)).toBe(0);
  });

  it("counts spending that happened on a few days over the whole window", () => {
    const days = Array.from({ length: FORECAST_WINDOW_DAYS }, (_, i) => (i % 10 === 0 ? 100_000 : 0));
    const total = days.reduce<number>((sum, day) => sum + day, 0);
    expect(balanceLastsDays(50_000, total)).toBe(5);
  });

  it("stays exact with tiny spending and huge balances", () => {
    expect(balanceLastsDays(1, 1)).toBe(30);
    expect(balanceLastsDays(Number.MAX_SAFE_INTEGER, 1)).toBe(Number(BigInt(Number.MAX_SAFE_INTEGER) * 30n));
    // 9.007.199.254.740.991 × 30 ÷ 7 is 38.602.282.520.318.532,…: floats would round it.
    expect(balanceLastsDays(Number.MAX_SAFE_INTEGER, 7)).toBe(
      Number((BigInt(Number.MAX_SAFE_INTEGER) * 30n) / 7n),
    );
    expect(balanceLastsDays(1, Number.MAX_SAFE_INTEGER)).toBe(0);
  });
});

const amount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const spent = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

describe("balanceLastsDays properties", () => {
  it("is null exactly when nothing was spent", () => {
    fc.assert(fc.property(amount, (balance) => balanceLastsDays(balance, 0) === null));
    fc.assert(fc.property(amount, spent, (balance, s) => balanceLastsDays(balance, s) !== null));
  });

  it("never lasts fewer days with more money, nor more days with more spending", () => {
    fc.assert(
      fc.property(amount, amount, spent, (a, b, s) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return balanceLastsDays(low, s)! <= balanceLastsDays(high, s)!;
      }),
    );
    fc.assert(
      fc.property(amount, spent, spent, (balance, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return balanceLastsDays(balance, high)! <= balanceLastsDays(balance, low)!;
      }),
    );
  });

  it("is the whole days the balance covers: N days' spending fits, N + 1 days' does not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (balance, s) => {
        const days = BigInt(balanceLastsDays(balance, s)!);
        const window = BigInt(FORECAST_WINDOW_DAYS);
        return (
          days * BigInt(s) <= BigInt(balance) * window && (days + 1n) * BigInt(s) > BigInt(balance) * window
        );
      }),
    );
  });
});
