import { callSdk, UNATTENDED_MS } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/**
 * Opens a page outside the app, such as the API's link to Zalo's OA permission page (in a webview
 * inside Zalo, a new tab in a browser: the cookie that link sets and Zalo's redirect land there),
 * and calls `onBack` each time the person is likely back: inside Zalo when the webview closes or
 * the mini app resumes or is reopened (WebviewClosed, AppResumed, OpenApp: the events Zalo's own
 * createOrder waits for); in a browser when the app's tab is shown again. Returns a function that
 * stops listening.
 */
export async function openOutsidePage(url: string, onBack: () => void): Promise<() => void> {
  if (isInsideZalo()) {
    const { openWebview, events, EventName } = await callSdk(loadSdk, UNATTENDED_MS);
    const names = [EventName.WebviewClosed, EventName.AppResumed, EventName.OpenApp];
    const stop = () => names.forEach((name) => events.off(name, onBack));
    for (const name of names) events.on(name, onBack);
    await callSdk(() => openWebview({ url }), UNATTENDED_MS).catch((error: unknown) => {
      stop();
      throw error;
    });
    return stop;
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
