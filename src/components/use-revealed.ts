import { useDeferredValue } from "react";

/**
 * `value` for the screen to show, revealed as a transition: the screen it brings (the first screen
 * after sign-in, a ZCA's screen once the ZCA is here) renders in slices of a few milliseconds,
 * yielding in between, not in one long task that a tap would wait behind. Until then it is the
 * previous value (nothing, the first time). A value that goes away (false, null) goes at once.
 */
export function useRevealed<T>(value: T): T {
  const deferred = useDeferredValue(value);
  return value ? deferred : value;
}
