// The Zalo host emulator is written against zmp-sdk 2.51.6's source. This file fails when the
// installed package is another version, or when a fact the emulator relies on (test/zalo-host/
// sdk.ts) no longer holds in its source: then read node_modules/zmp-sdk/apis/ again and update
// the emulator before trusting the inside-Zalo suite.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACTION,
  COOKIE,
  EVENT,
  FILE_HOST_CODE,
  HOST_CODE,
  hostCode,
  MP_HOST,
  MP_PATH,
  MPDS_HOST_CODE,
  MPDS_LIMIT_BYTES,
  PLATFORMS,
  SDK_CODE,
  SDK_CODE_OF,
  SDK_VERSION,
  SKIP_JUMP_ACTIONS,
  ZALO_STORE_PAGE,
  ZALO_URL,
  ZALO_VERSION,
  zaloUserAgent,
  type Outcome,
} from "../zalo-host/sdk";

const SDK = "node_modules/zmp-sdk";
const source = (file: string) => readFileSync(join(SDK, "apis", file), "utf8");

/** Evaluates one of the SDK's import-free modules (constants.js, types/enum.js) and returns its exports. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's values, whose shape these tests check
function evaluate(file: string): { [name: string]: any } {
  const text = source(file);
  expect(text, `${file} now imports other modules`).not.toMatch(/^import|;import[\s{]/);
  const exported = /export\{([^}]*)\};?\s*$/.exec(text);
  if (!exported) throw new Error(`${file} has no export list at its end`);
  const names = exported[1]!.split(",").map((entry) => {
    const [local, as] = entry.split(" as ").map((s) => s.trim());
    return `${JSON.stringify(as ?? local)}: ${local}`;
  });
  return new Function("window", `${text.slice(0, exported.index)}\nreturn {${names.join(",")}};`)({});
}

const constants = evaluate("constants.js");
const enums = evaluate("types/enum.js");
/** "MP_GET_NUMBER" → "action.mp.get.number" (utils/common.js convertSDKActionToJumpAction). */
const bridgeName = (key: string) => `action.${key.replace(/_/g, ".").toLowerCase()}`;
const actionKey = (action: string) =>
  action
    .replace(/^action\./, "")
    .replace(/\./g, "_")
    .toUpperCase();

describe(`zmp-sdk ${SDK_VERSION}, as the Zalo host emulator reads it`, () => {
  it(`is the installed version (the emulator is re-read on any upgrade)`, () => {
    const pkg = JSON.parse(readFileSync(join(SDK, "package.json"), "utf8")) as { version: string };
    expect(pkg.version).toBe(SDK_VERSION);
    expect(source("package.json.js")).toContain(JSON.stringify(SDK_VERSION));
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
      packages: { [path: string]: { version: string } };
    };
    expect(lock.packages["node_modules/zmp-sdk"]?.version).toBe(SDK_VERSION);
  });

  it("takes its inside-Zalo path on h5.zdn.vn under /zapps, as the emulator serves the app", () => {
    expect([constants.mpDomain, constants.mpPath]).toEqual([MP_HOST, MP_PATH]);
    const env = source("appEnv/getEnv.js");
    expect(env).toContain("isMp:window.location.hostname.includes(i)&&");
    expect(env).toContain("window.location.pathname.startsWith(o)");
    expect(env).toContain("isMobile:/android|iphone|ios|ipad|ipod|iemobile/.test(i)");
    // The version code sits after "zalo", between the first "/" and the next space.
    expect(env).toContain('var o=i.split("zalo")[1];return o&&o.replace(" ","").split("/")[1]||""');
    for (const platform of PLATFORMS) {
      const ua = zaloUserAgent(platform).toLowerCase();
      const code = ua.split("zalo")[1]!.replace(" ", "").split("/")[1]!.trim();
      expect(Number(code)).toBe(ZALO_VERSION[platform]);
    }
  });

  it("keeps nativeStorage in Zalo's storage, and lets the bridge reach every action the app uses, at the emulated versions", () => {
    // common/utils.js getZaloVersionCode: ≥ 24112000 as is; older Android codes modulo 10000.
    expect(ZALO_VERSION.android).toBeGreaterThanOrEqual(24112000);
    for (const platform of PLATFORMS) {
      expect(ZALO_VERSION[platform]).toBeGreaterThanOrEqual(constants.ZALO_SUPPORT_STORAGE_VERSION[platform]);
    }
    for (const file of ["getItem", "setItem", "removeItem"]) {
      expect(source(`apis/native-storage/${file}.js`)).toContain("n(757,625)");
    }
    expect(ZALO_VERSION.iOS).toBeGreaterThanOrEqual(625);
    for (const action of Object.values(ACTION)) {
      const entry = constants.ACTION[actionKey(action)];
      expect(entry, `constants.js ACTION has ${actionKey(action)}`).toBeDefined();
      expect(ZALO_VERSION.iOS).toBeGreaterThanOrEqual(entry.versionLive?.iOS ?? 0);
    }
  });

  it("calls the bridge and reads its answers the way page-host.js and host.ts answer them", () => {
    const native = source("common/call/zaloNative.js");
    expect(native).toContain("ZaloJavaScriptInterface.jsCall(D,b,F,R,B)");
    expect(native).toContain(
      `B=T.platform.isIOS?window.onNativeMessage(I,b):'window.onNativeMessage("'.concat(I,'", "').concat(b,'")')`,
    );
    expect(native).toContain("error_code:n,error_message:l,data:c,action:");
    expect(source("common/apis/general/storage/nativeStorage.js")).toContain(
      "ZaloJavaScriptInterface.processActionMPDS(JSON.stringify(s))",
    );
    const emitter = source("common/eventEmitter.js");
    expect(emitter).toContain("window.zaloJSV2={zalo_h5_event_handler:function(e,t,n)");
    expect(emitter).toContain('ZaloJavaScriptInterface.jsH5EventCallback(e,t,n||"")');
    expect(source("utils/common.js")).toContain("r=decodeURIComponent(atob(n))");
    const token = source("common/token.js");
    expect(token).toContain("window.ZJSBridge.setJSToken&&window.ZJSBridge.setJSToken(i.value)");
    expect(token).toContain('f("JUMP_LOGIN",{},{success:function(t){var s=t.data;');
    // The only members of the native objects the SDK uses besides these are camera and status
    // bar ones, which the app does not need: the emulator reports them if they are ever used.
    const members = new Set<string>();
    for (const file of [
      "common/call/zaloNative.js",
      "common/apis/general/storage/nativeStorage.js",
      "common/eventEmitter.js",
      "common/token.js",
      "common/apis/general/view.js",
      "common/apis/general/checkZaloCameraPermission.js",
    ]) {
      for (const [, member] of source(file).matchAll(/(?:ZaloJavaScriptInterface|ZJSBridge)\.(\w+)/g)) {
        members.add(member!);
      }
    }
    expect([...members].sort()).toEqual([
      "checkCameraPermission",
      "getStatusBarHeight",
      "jsCall",
      "jsH5EventCallback",
      "processActionMPDS",
      "setJSToken",
      "setZAccSession",
    ]);
  });

  it("has the action names, cookies, URLs, events and limits the emulator answers", () => {
    expect(
      Object.keys(constants.ACTION)
        .filter((k) => constants.ACTION[k].skipJump)
        .map(bridgeName)
        .sort(),
    ).toEqual([...SKIP_JUMP_ACTIONS].sort());
    expect([
      constants.COOKIE_NAME.ZOAUTH,
      constants.COOKIE_NAME.ZOAUTH_VRF,
      constants.COOKIE_NAME.JS_TOKEN,
    ]).toEqual([COOKIE.code, COOKIE.verifier, COOKIE.jsToken]);
    expect(constants.APIS).toMatchObject({
      GET_ACCESS_TOKEN: ZALO_URL.accessToken,
      GET_ACCESS_TOKEN_V3: ZALO_URL.accessTokenV3,
      GET_USER_INFO: ZALO_URL.me,
      GET_AUTH_SETTING: ZALO_URL.authSettings,
      SEND_ACTION_LOG: ZALO_URL.log,
    });
    expect(constants.PAYMENT_APIS).toMatchObject({
      CREATE_ORDER: ZALO_URL.createOrder,
      GET_TRANSACTION: ZALO_URL.transaction,
    });
    expect(new URL(constants.PAYMENT_H5_URL).href).toBe(ZALO_URL.checkoutPage);
    expect(constants.STORAGE_LIMIT).toBe(MPDS_LIMIT_BYTES);
    for (const [name, value] of Object.entries(EVENT)) expect(enums.Events[name]).toBe(value);
    for (const [name, code] of Object.entries(SDK_CODE)) expect(constants.RESPONSE_CODE[name]).toBe(code);
  });

  it("opens Zalo's store page with action.open.outapp {url}, as the emulator answers and records it", () => {
    const update = source("apis/requestUpdateZalo.js");
    expect(update).toContain(
      `isIOS)?${JSON.stringify(ZALO_STORE_PAGE.iOS)}:${JSON.stringify(ZALO_STORE_PAGE.android)},[4,s(i)]`,
    );
    expect(update).toContain('import s from"../common/apis/general/openOutApp.js"');
    // Resolves with nothing on success (error_code 0), rejects with the mapped error otherwise.
    expect(source("common/apis/general/openOutApp.js")).toContain(
      'o("OPEN_OUTAPP",{url:n},{success:function(){r()},fail:function(n){s(n)}},{})',
    );
    expect(bridgeName("OPEN_OUTAPP")).toBe(ACTION.openOutApp);
    expect(constants.ACTION.OPEN_OUTAPP).toEqual({ requireAccessToken: true });
    // The SDK's log keeps the opened page's address without its query.
    expect(source("common/call/zaloNative.js")).toContain(
      '"action.open.outapp"===d.action){var b=new URL(null==_?void 0:_.url),T="".concat(b.protocol,"//").concat(b.host).concat(b.pathname);I.data={url:T}',
    );
  });

  it("has Zalo fetch a document or a file from its URL itself, as the emulator answers openDocument and downloadFile", () => {
    // openDocument: past isAPISupport(Android 25091842, iOS 666), OPEN_DOCUMENT with the URL.
    expect(source("apis/openDocument.js")).toContain("a(25091842,666)");
    expect(ZALO_VERSION.android).toBeGreaterThanOrEqual(25091842);
    expect(ZALO_VERSION.iOS).toBeGreaterThanOrEqual(666);
    expect(source("common/apis/general/openDocument.js")).toContain(
      'o("OPEN_DOCUMENT",{url:t,title:n,share:i,download:r,edit:s}',
    );
    expect(bridgeName("OPEN_DOCUMENT")).toBe(ACTION.openDocument);
    // downloadFile: SAVE_FILE with {fileUrl} (or {fileBase64Data}) and onProgress.
    const save = source("common/apis/general/saveFile.js");
    expect(save).toContain("n?c={fileBase64Data:n}:s&&(c={fileUrl:s})");
    expect(save).toContain('o("SAVE_FILE",r(e({},c),{onProgress:i})');
    expect(bridgeName("SAVE_FILE")).toBe(ACTION.saveFile);
    for (const platform of PLATFORMS) {
      const failed =
        constants.ACTION.SAVE_FILE.errorList[platform][String(FILE_HOST_CODE.saveFailed[platform])];
      expect(failed.mapTo.code).toBe(constants.RESPONSE_CODE.SAVE_FILE_FAIL);
    }
    // OPEN_DOCUMENT lists its codes under "all", which convertError never reads (it reads the
    // platform's list): the host's codes reach the app as sent, the same numbers as the SDK's own.
    expect(source("utils/response.js")).toContain("_[f])||void 0===l?void 0:l[String(r.error_code)]");
    const all = constants.ACTION.OPEN_DOCUMENT.errorList.all;
    expect(all[String(FILE_HOST_CODE.downloadFailed.android)].mapTo.code).toBe(
      FILE_HOST_CODE.downloadFailed.android,
    );
    expect(all[String(FILE_HOST_CODE.unsupported.android)].mapTo.code).toBe(
      FILE_HOST_CODE.unsupported.android,
    );
  });

  it("maps each host code of the emulator's table to the SDK code the tests expect", () => {
    // utils/response.js convertError: COMMON_NATIVE_ERROR_CODE[platform] first, then the action's
    // errorList[platform]; any other code unchanged.
    const convert = (action: string, platform: string, code: number): number =>
      constants.COMMON_NATIVE_ERROR_CODE[platform]?.[code]?.code ??
      constants.ACTION[actionKey(action)]?.errorList?.[platform]?.[String(code)]?.mapTo?.code ??
      code;
    for (const outcome of Object.keys(HOST_CODE) as Outcome[]) {
      for (const action of [...Object.values(ACTION), "action.any.other"]) {
        for (const platform of PLATFORMS) {
          const code = hostCode(outcome, action, platform);
          if (code !== undefined) expect(convert(action, platform, code)).toBe(SDK_CODE_OF[outcome]);
        }
      }
    }
    for (const platform of PLATFORMS) {
      const mpds = constants.ACTION.ZBROWSER_MPDS.errorList[platform];
      expect(mpds[String(MPDS_HOST_CODE.actionInvalid[platform])].mapTo.code).toBe(
        SDK_CODE.MPDS_ACTION_INVALID,
      );
      expect(mpds[String(MPDS_HOST_CODE.appIdInvalid[platform])].mapTo.code).toBe(
        SDK_CODE.MPDS_APPID_INVALID,
      );
    }
  });
});
