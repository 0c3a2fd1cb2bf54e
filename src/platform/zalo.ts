/** True inside the Zalo app's mini app webview (not a desktop browser or the test runner). */
export function isInsideZalo(): boolean {
  if (typeof window === "undefined") return false;
  return /\bZalo/i.test(navigator.userAgent) || "ZaloJavaScriptInterface" in window;
}

/**
 * True where Zalo's "···" and close buttons sit over the top right of the page: inside Zalo, and
 * in zmp-cli's simulator, which shows the app in a frame under a drawing of those buttons.
 */
export function hasZaloButtons(): boolean {
  if (typeof window === "undefined") return false;
  return isInsideZalo() || window.self !== window.top;
}

// zmp-sdk calls login() when imported, which rejects outside Zalo: load it only when a call
// needs it, after the first paint.
let loading: Promise<(typeof import("./sdk"))["sdk"]> | undefined;
export function loadSdk() {
  loading ??= import("./sdk").then((module) => module.sdk);
  return loading;
}
