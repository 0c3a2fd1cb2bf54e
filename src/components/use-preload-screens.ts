import { useEffect } from "react";
import { whenIdle } from "../platform/idle";
import { preloadScreen } from "../platform/screen-code";

/**
 * Loads the code of the screens this one opens, once the page is idle: a tap on one of them then
 * waits for its rendering only, not for the network.
 */
export function usePreloadScreens(...paths: string[]): void {
  const key = paths.join(" ");
  useEffect(() => whenIdle(() => key.split(" ").forEach(preloadScreen)), [key]);
}
