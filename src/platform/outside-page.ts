import { isInsideZalo, loadSdk } from "./zalo";

/**
 * Opens a page outside the app, such as Zalo's OA permission page, and calls `onBack` each time
 * the person is likely back: inside Zalo when the webview closes or the mini app resumes or is
 * reopened (WebviewClosed, AppResumed, OpenApp: the events Zalo's own createOrder waits for); in a
 * browser when the app's tab is shown again. Returns a function that stops listening.
 */
export async function openOutsidePage(url: string, onBack: () => void): Promise<() => void> {
  if (isInsideZalo()) {
    const { openWebview, events, EventName } = await loadSdk();
    const names = [EventName.WebviewClosed, EventName.AppResumed, EventName.OpenApp];
    for (const name of names) events.on(name, onBack);
    await openWebview({ url });
    return () => names.forEach((name) => events.off(name, onBack));
  }
  const shown = () => {
    if (document.visibilityState === "visible") onBack();
  };
  document.addEventListener("visibilitychange", shown);
  window.addEventListener("focus", onBack);
  window.open(url, "_blank", "noopener");
  return () => {
    document.removeEventListener("visibilitychange", shown);
    window.removeEventListener("focus", onBack);
  };
}
