/** True inside the Zalo app's mini app webview (not a desktop browser or the test runner). */
export function isInsideZalo(): boolean {
  if (typeof window === "undefined") return false;
  return /\bZalo/i.test(navigator.userAgent) || "ZaloJavaScriptInterface" in window;
}

// zmp-sdk calls login() when imported, which rejects outside Zalo and costs ~30 KB gzip:
// load it only when a call needs it, after the first paint.
let sdk: Promise<typeof import("zmp-sdk/apis")> | undefined;
export function loadSdk() {
  sdk ??= import("zmp-sdk/apis");
  return sdk;
}
