/** How many days of spending the forecast looks back on. */
export const FORECAST_WINDOW_DAYS = 30;

/**
 * How many whole days the balance lasts if the ZCA keeps spending as it did over the last
 * FORECAST_WINDOW_DAYS days (the window's total averaged over every day of it, days without
 * spending included); null when it spent nothing then, so there is no rate to go by. Amounts are
 * integer VND (fractions of a đồng are dropped). Home shows it; the server's alerts can use it too.
 */
export function balanceLastsDays(balance: number, spentInWindow: number): number | null {
  const spent = Math.trunc(spentInWindow);
  if (!(spent > 0)) return null;
  if (!(balance >= 1)) return 0;
  // balance ÷ (spent ÷ days) in integers: exact however large the amounts, where floats would round.
  return Number((BigInt(Math.trunc(balance)) * BigInt(FORECAST_WINDOW_DAYS)) / BigInt(spent));
}
