import { useEffect, useState } from "react";

/**
 * The first `chunk` items at once, then `chunk` more each frame: a long list (hundreds of OAs)
 * paints its first screen at once and never blocks a tap for the whole list's render. 12 rows fill
 * a phone's screen; on a mid-range phone 12 more take about a frame's budget.
 */
export function useProgressiveList<T>(items: readonly T[], chunk = 12): readonly T[] {
  const [count, setCount] = useState(chunk);
  useEffect(() => {
    if (count >= items.length) return;
    const frame = requestAnimationFrame(() => setCount((n) => n + chunk));
    return () => cancelAnimationFrame(frame);
  }, [count, items.length, chunk]);
  return count >= items.length ? items : items.slice(0, count);
}
