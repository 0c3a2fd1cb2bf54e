import { callSdk, UNATTENDED_MS } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/**
 * Calls `refresh` each time the person comes back to the app after leaving it: inside Zalo on
 * AppResumed (the mini app was in the background: another admin may have linked an OA, a
 * top-up may have landed), in a browser when the tab is shown again.
 */
export function onAppResumed(refresh: () => void): void {
  if (isInsideZalo()) {
    callSdk(loadSdk, UNATTENDED_MS)
      .then(({ events, EventName }) => events.on(EventName.AppResumed, refresh))
      .catch(() => {});
    return;
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") refresh();
  });
}
