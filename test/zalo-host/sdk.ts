/**
 * What the Zalo host emulator takes from zmp-sdk 2.51.6, read from its own source in
 * node_modules/zmp-sdk/apis/ (paths below are relative to that folder). Each fact names the file
 * it comes from; test/zalo/sdk-contract.test.ts checks them against the installed package, so an
 * upgrade of zmp-sdk fails until this file (and the emulator) are read again.
 */

/** package.json.js: `var r="2.51.6"` (also node_modules/zmp-sdk/package.json). */
export const SDK_VERSION = "2.51.6";

/**
 * appEnv/getEnv.js: `isMp` is true when the host name includes `mpDomain` and the path starts
 * with `mpPath` (constants.js: `o="h5.zdn.vn"`, `O="/zapps"`). Only then does the SDK take its
 * inside-Zalo path; on `localhost` (`isMpWeb`) it answers canned data, elsewhere it rejects -1404.
 */
export const MP_HOST = "h5.zdn.vn";
export const MP_PATH = "/zapps";

export type Platform = "android" | "iOS";
export const PLATFORMS: Platform[] = ["android", "iOS"];

/**
 * Zalo's version code inside the user agent. appEnv/getEnv.js reads it as the text after the
 * first "zalo" in the lower-cased user agent, between the first "/" and the next space
 * ("… Zalo android/25101200 ZaloTheme/…" → "25101200"). common/utils.js (getZaloVersionCode) keeps
 * codes ≥ 24112000 as they are; an older Android code counts modulo 10000, an iOS one as it is.
 * These two clear every threshold the app's APIs have:
 * - constants.js ZALO_SUPPORT_STORAGE_VERSION {android: 12100571, iOS: 400}: below it the SDK
 *   silently keeps nativeStorage in the webview's localStorage instead of Zalo's storage
 *   (common/apis/general/storage/index.js);
 * - apis/native-storage/getItem.js … isAPISupport(757, 625): below it nativeStorage throws -1404;
 * - constants.js ACTION.MP_GET_NUMBER.versionLive.iOS 416 and ZBROWSER_MPDS 402: below it an iOS
 *   call never reaches the bridge and fails -1404 (utils/common.js checkIOSSupportAction).
 */
export const ZALO_VERSION: Record<Platform, number> = { android: 25101200, iOS: 680 };

/**
 * A Zalo webview's user agent. appEnv/getEnv.js: `isAndroid` /android/, `isIOS`
 * /iphone|ios|ipad|ipod/, `isMobile` either; call/zaloNative.js refuses to call the bridge
 * (-1404) unless `isMobile`. The app's own check (src/platform/zalo.ts) looks for "Zalo".
 */
export function zaloUserAgent(platform: Platform, version = ZALO_VERSION[platform], language = "vi"): string {
  const tail = `Zalo ${platform}/${version} ZaloTheme/light ZaloLanguage/${language}`;
  return platform === "android"
    ? `Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 Mobile Safari/537.36 ${tail}`
    : `Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ${tail}`;
}

/**
 * Bridge actions, as `ZaloJavaScriptInterface.jsCall` receives them. common/call/index.js and
 * common/call/zaloNative.js turn the SDK's name (constants.js ACTION keys) into "action." + the
 * name lower-cased with "_" → "." (utils/common.js convertSDKActionToJumpAction).
 */
export const ACTION = {
  /** common/token.js jump(): the first call of every session; answers the OAuth cookies. */
  login: "action.jump.login",
  /** common/apis/general/getPhoneNumber.js: MP_GET_NUMBER, params {forceUpdate: true}. */
  phone: "action.mp.get.number",
  /** common/apis/general/openShareSheet.js: OPEN_SHARESHEET. */
  shareSheet: "action.open.sharesheet",
  /** common/apis/general/storage/nativeStorage.js, the asynchronous half: ZBROWSER_MPDS. */
  storage: "action.zbrowser.mpds",
  /** common/apis/general/openWebview.js: OPEN_INAPP (also Payment.createOrder's checkout page). */
  openWebview: "action.open.inapp",
  /** common/apis/general/authorize.js: MP_USER_AUTHORIZE, params {scopes, forceUpdate: true}. */
  authorize: "action.mp.user.authorize",
  /**
   * common/apis/general/openOutApp.js: OPEN_OUTAPP, params {url}; resolves with nothing on
   * error_code 0, rejects with the mapped code otherwise. constants.js OPEN_OUTAPP:
   * {requireAccessToken: true} (the call carries the access token), no haveCallback (no SDK
   * deadline), no versionLive, no errorList. apis/requestUpdateZalo.js opens ZALO_STORE_PAGE
   * with it.
   */
  openOutApp: "action.open.outapp",
  /**
   * common/apis/general/saveImageToGallery.js: SAVE_IMAGE_GALLERY, params {imageBase64Data} (or
   * {imageUrl}) and onProgress; resolves with nothing on error_code 0. constants.js: versionLive
   * iOS 408; errorList android -101/-102, iOS -10 → SAVE_IMAGE_FAIL (-2005), which is also how a
   * phone that refuses Zalo its photos answers.
   */
  saveImage: "action.save.image.gallery",
  /**
   * apis/openDocument.js → common/apis/general/openDocument.js: OPEN_DOCUMENT, params {url, title,
   * share, download, edit} ({timeout: false}: no SDK deadline); resolves with nothing on
   * error_code 0. apis/openDocument.js first asks isAPISupport(25091842, 666) (common/utils.js:
   * Android's and iOS's version codes; below them -1404 without a bridge call) and sends `share`
   * only on Android from 25111864. constants.js OPEN_DOCUMENT.errorList lists under `all` -10 and
   * -700 → INVALID_URL_FORMAT (-700), -701 → UNSUPPORTED_FILE_TYPE, -702 → DOWNLOAD_FAIL, -703 →
   * OPEN_DOCUMENT_FAIL; utils/response.js convertError reads only the platform's list, so the
   * host's code reaches the app as sent. Zalo's viewer fetches the URL itself.
   */
  openDocument: "action.open.document",
  /**
   * apis/downloadFile.js → common/apis/general/saveFile.js: SAVE_FILE, params {fileUrl} (from
   * `url`; `fileBase64Data` instead when given, checked ≤ 7e6 characters) and onProgress; resolves
   * with nothing on error_code 0. constants.js SAVE_FILE: versionLive iOS 628; errorList android
   * -101/-102, iOS -10 → SAVE_FILE_FAIL (-2007). Zalo downloads the URL itself.
   */
  saveFile: "action.save.file",
} as const;
export type KnownAction = (typeof ACTION)[keyof typeof ACTION];

/**
 * apis/requestUpdateZalo.js: inside Zalo (`isMp`) it opens Zalo's own store page with
 * common/apis/general/openOutApp.js, the App Store's when appEnv/getEnv.js says `platform.isIOS`,
 * Google Play's otherwise.
 */
export const ZALO_STORE_PAGE: Record<Platform, string> = {
  android: "https://play.google.com/store/apps/details?id=com.zing.zalo",
  iOS: "https://apps.apple.com/vn/app/zalo/id579523206",
};

/**
 * Actions the SDK sends without the JS token (constants.js ACTION[…].skipJump; call/zaloNative.js
 * passes "" and does not log in first). Every other action carries the zlink3rd cookie's value.
 */
export const SKIP_JUMP_ACTIONS = [
  "action.jump.login",
  "action.change.title.header",
  "action.webview.networktype",
  "action.create.options.menu",
  "action.change.actionbar.leftbutton.type",
  "action.window.close",
  "action.zbrowser.jsbridge",
  "action.change.actionbar.color",
  "action.change.autorotate",
  "action.change.actionbar",
  "action.mp.close.loadingview",
  "action.change.bottombar",
];

/** constants.js RESPONSE_CODE: the codes the SDK rejects with (AppError.code). */
export const SDK_CODE = {
  SUCCESS: 0,
  UNKNOWN_ERROR: -2000,
  UNAUTHORIZED: -1401,
  FORBIDDEN: -1403,
  CLIENT_NOT_SUPPORT: -1404,
  TIME_OUT: -1408,
  FAIL_LIMIT: -1409,
  DUPLICATE_REQUEST: -1410,
  DECODE_FAILED: -2001,
  USER_DENIED: -2002,
  USER_CANCEL: -2003,
  MPDS_ACTION_INVALID: -3000,
  MPDS_APPID_INVALID: -3006,
} as const;

/**
 * The host's own error codes and what the SDK makes of them (utils/response.js convertError): a
 * code in constants.js COMMON_NATIVE_ERROR_CODE[platform] first, then the action's
 * ACTION[…].errorList[platform]; any other code reaches the app unchanged.
 */
export type Outcome = "refuse" | "duplicate" | "timeout" | "notSupported" | "cancel";
export const HOST_CODE: Record<Outcome, Partial<Record<KnownAction | "*", Record<Platform, number>>>> = {
  // constants.js ACTION.MP_GET_NUMBER.errorList: android {-1, -101}, iOS {-1, -10} → USER_DENIED.
  refuse: { [ACTION.phone]: { android: -1, iOS: -1 } },
  // constants.js ACTION.MP_GET_NUMBER / MP_USER_AUTHORIZE errorList: -400 → DUPLICATE_REQUEST.
  duplicate: {
    [ACTION.phone]: { android: -400, iOS: -400 },
    [ACTION.authorize]: { android: -400, iOS: -400 },
  },
  // constants.js COMMON_NATIVE_ERROR_CODE: -14 → TIME_OUT on both platforms, for every action.
  timeout: { "*": { android: -14, iOS: -14 } },
  // constants.js COMMON_NATIVE_ERROR_CODE: -5 → CLIENT_NOT_SUPPORT (Zalo too old), every action;
  // ACTION.OPEN_SHARESHEET.errorList also maps -101 to it.
  notSupported: { "*": { android: -5, iOS: -5 } },
  // constants.js ACTION.MP_OPEN_PROFILE_PICKER / PICK_MEDIA: -101 → USER_CANCEL (not the app's APIs).
  cancel: {},
};

/** constants.js RESPONSE_CODE and ACTION.SAVE_FILE / OPEN_DOCUMENT errorList: the file actions' own codes. */
export const FILE_HOST_CODE = {
  /** SAVE_FILE's errorList: the host could not keep the file → SDK -2007 SAVE_FILE_FAIL. */
  saveFailed: { android: -101, iOS: -10 },
  /** OPEN_DOCUMENT's errorList (all): the viewer could not download the URL → SDK -702 DOWNLOAD_FAIL. */
  downloadFailed: { android: -702, iOS: -702 },
  /** OPEN_DOCUMENT's errorList (all): not a document the viewer shows → SDK -701 UNSUPPORTED_FILE_TYPE. */
  unsupported: { android: -701, iOS: -701 },
} satisfies Record<string, Record<Platform, number>>;

/** What the SDK maps each outcome to, as the app sees it (`error.code`). */
export const SDK_CODE_OF: Record<Outcome, number> = {
  refuse: SDK_CODE.USER_DENIED,
  duplicate: SDK_CODE.DUPLICATE_REQUEST,
  timeout: SDK_CODE.TIME_OUT,
  notSupported: SDK_CODE.CLIENT_NOT_SUPPORT,
  cancel: SDK_CODE.USER_CANCEL,
};

/** The host's code for `outcome` on `action`, or undefined when the SDK has no such mapping. */
export function hostCode(outcome: Outcome, action: string, platform: Platform): number | undefined {
  const table = HOST_CODE[outcome];
  return (table[action as KnownAction] ?? table["*"])?.[platform];
}

/**
 * nativeStorage's synchronous calls: `ZaloJavaScriptInterface.processActionMPDS(json)` returns a
 * JSON string `{error_code, data: {mpds_data}}` (common/apis/general/storage/nativeStorage.js
 * handleResult). The request is `{mpds_action, mpds_data, appId}`.
 */
export const MPDS = {
  get: "mpds.get",
  set: "mpds.set",
  remove: "mpds.remove.key",
  clear: "mpds.clear.appData",
  size: "mpds.get.size",
} as const;
/** constants.js STORAGE_LIMIT: 5 MB per mini app. */
export const MPDS_LIMIT_BYTES = 5 * 1048576;
/** constants.js ACTION.ZBROWSER_MPDS(_SYNC).errorList: the host's codes for a bad action / app id. */
export const MPDS_HOST_CODE = {
  actionInvalid: { android: -100, iOS: -10 },
  appIdInvalid: { android: -106, iOS: -101 },
} satisfies Record<string, Record<Platform, number>>;

/**
 * The OAuth cookies action.jump.login answers (constants.js COOKIE_NAME). common/token.js reads
 * `zoauth` (the code) and `zoauth_vrf` (the PKCE verifier) for h5.zalo.me/openapi/access_token,
 * and `zlink3rd` (the "JS token" every later jsCall carries as its first argument).
 */
export const COOKIE = {
  code: "h5.zdn.vn_zoauth",
  verifier: "h5.zdn.vn_zoauth_vrf",
  jsToken: "h5.zdn.vn_zlink3rd",
} as const;

/** constants.js APIS and PAYMENT_APIS: Zalo's HTTP endpoints the SDK calls from the page. */
export const ZALO_URL = {
  /** common/token.js loginZaloV4: POST form {app_id, code, code_verifier, grant_type}. */
  accessToken: "https://h5.zalo.me/openapi/access_token",
  /** common/token.js loginZaloV3: only without a zoauth_vrf cookie; the emulator always sends one. */
  accessTokenV3: "https://oauth.zaloapp.com/v3/access_token",
  /** common/apis/general/getUserInfo.js: GET, header access_token. */
  me: "https://graph.zalo.me/v2.0/me",
  /** common/apis/general/getSetting.js: GET, header authorization: Bearer <miniProgramConfig.jwt>. */
  authSettings: "https://h5.zalo.me/apis/users/auth-settings",
  /** common/utils.js sendLogData via utils/request.js: an XHR POST of every bridge answer's outcome. */
  log: "https://h5.zalo.me/log/async",
  /** common/apis/general/payment/createOrder.js: POST form, header authorization: Bearer <jwt>. */
  createOrder: "https://payment-mini.zalo.me/api/order/create-v2",
  /** common/apis/general/payment/checkTransaction.js: GET ?orderId=&transId=. */
  transaction: "https://payment-mini.zalo.me/api/transaction",
  /** constants.js PAYMENT_H5_URL: the checkout page createOrder opens with openWebview. */
  checkoutPage: "https://payment-mini.zalo.me/",
} as const;

/** types/enum.js Events: the names the host sends to window.zaloJSV2.zalo_h5_event_handler. */
export const EVENT = {
  AppPaused: "h5.event.paused",
  AppResumed: "h5.event.resumed",
  NetworkChanged: "h5.event.connection.changed",
  OnDataCallback: "h5.event.webview.result",
  WebviewClosed: "h5.event.webview.close",
  OpenApp: "h5.event.open.mp",
  AppClose: "h5.event.action.close",
  PaymentDone: "action.payment.done",
  PaymentClose: "action.payment.close",
} as const;
