/** True inside the Zalo app's mini app webview (not a desktop browser or the test runner). */
export function isInsideZalo(): boolean {
  if (typeof window === "undefined") return false;
  return /\bZalo/i.test(navigator.userAgent) || "ZaloJavaScriptInterface" in window;
}

// zmp-sdk calls login() when imported, which rejects outside Zalo: load it only when a call
// needs it, after the first paint.
let loading: Promise<(typeof import("./sdk"))["sdk"]> | undefined;
export function loadSdk() {
  loading ??= import("./sdk").then((module) => module.sdk);
  return loading;
}
