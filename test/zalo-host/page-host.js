// The Zalo app's side of the webview, as zmp-sdk 2.51.6 expects to find it. Injected into every
// page of an emulated phone before the page's own scripts (Playwright addInitScript), after
// `const zaloHostConfig = {…}` (see host.ts). The decisions (what to answer, when) are made in
// Node by host.ts; this file only carries calls there and answers back, as the native side does.
/* global zaloHostConfig */
(() => {
  const config = zaloHostConfig;
  /** jsCall callbacks waiting for the host's answer, by call id. */
  const callbacks = new Map();
  let lastId = 0;

  const note = (kind, detail) => {
    window.__zaloHostNote(kind, detail).catch(() => {});
  };

  // Property names a debugger, a test runner or `await` may read on any object: not calls.
  const INERT = new Set(["then", "toJSON", "toString", "valueOf", "constructor", "inspect"]);
  /** An object whose unknown members are reported to the test (which fails) instead of ignored. */
  function strict(name, members) {
    return new Proxy(members, {
      get(target, property) {
        if (typeof property !== "string" || property in target || INERT.has(property)) {
          return target[property];
        }
        note("unknown-member", { object: name, member: property });
        return undefined;
      },
    });
  }

  window.ZaloJavaScriptInterface = strict("ZaloJavaScriptInterface", {
    // common/call/zaloNative.js: `ZaloJavaScriptInterface.jsCall(D,b,F,R,B)` with the JS token
    // (cookie h5.zdn.vn_zlink3rd, "" for action.jump.login), the action ("action.mp.get.number"),
    // the access token (only for actions with requireAccessToken in constants.js ACTION), the
    // params as JSON and the callback: on iOS `window.onNativeMessage(id, action)` itself (a
    // function), on Android its source text 'window.onNativeMessage("id", "action")', which the
    // native side evaluates and calls with the answer. The answer comes later, never as the
    // return value.
    jsCall(jsToken, action, accessToken, params, callback) {
      const id = ++lastId;
      callbacks.set(id, callback);
      window
        .__zaloHostJsCall({
          id,
          jsToken: String(jsToken ?? ""),
          action: String(action),
          accessToken: String(accessToken ?? ""),
          params: String(params ?? ""),
          callback: typeof callback === "function" ? "function" : String(callback),
        })
        .catch(() => {});
    },
    // common/apis/general/storage/nativeStorage.js handleResult: synchronous; takes
    // JSON.stringify({mpds_action, mpds_data, appId}) and returns a JSON string
    // {error_code, error_message, data: {mpds_data}}. A synchronous request to the host's channel
    // (answered by Playwright routing in Node) keeps it synchronous, and the storage in Node, so
    // it outlives the page as Zalo's storage outlives the mini app.
    processActionMPDS(request) {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `${config.channel}/mpds`, false);
      xhr.setRequestHeader("Content-Type", "text/plain");
      xhr.send(String(request));
      return xhr.responseText;
    },
    // common/eventEmitter.js h5ConfirmHandleEvent: the page acknowledges each host event it has
    // a listener for, with the listener's context (or "").
    jsH5EventCallback(eventId, eventName, context) {
      note("event-ack", {
        eventId: String(eventId),
        eventName: String(eventName),
        context: String(context ?? ""),
      });
    },
  });

  // common/token.js: `window.ZJSBridge.setJSToken && …(zlink3rd)` after action.jump.login, and
  // `window.ZJSBridge.setZAccSession && …(accessToken)` whenever the SDK's access token changes.
  // The SDK reads window.ZJSBridge without checking it exists: a host without it breaks
  // getAccessToken with a TypeError.
  window.ZJSBridge = strict("ZJSBridge", {
    setJSToken(value) {
      note("zjsbridge", { method: "setJSToken", value: String(value) });
    },
    setZAccSession(value) {
      note("zjsbridge", { method: "setZAccSession", value: String(value) });
    },
  });

  // common/apis/general/getSystemInfo.js: zaloLanguage = window.zLanguage || "vi", zaloTheme =
  // window.zTheme || "light".
  window.zLanguage = config.language;
  window.zTheme = config.theme;

  /** Called by host.ts (page.evaluate) with the answer to call `id`, a JSON string. */
  window.__zaloHostDeliver = (id, answer, keep) => {
    const callback = callbacks.get(id);
    if (callback === undefined) return false;
    if (!keep) callbacks.delete(id);
    if (typeof callback === "function") callback(answer);
    else (0, eval)(`${callback}(${JSON.stringify(answer)})`);
    return true;
  };
})();
