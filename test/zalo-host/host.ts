import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { BrowserContext, Page, Route } from "playwright-core";
import type { ZaloAccounts, ZaloPerson } from "./people";
import {
  ACTION,
  COOKIE,
  EVENT,
  FILE_HOST_CODE,
  hostCode,
  MP_HOST,
  MP_PATH,
  MPDS,
  MPDS_HOST_CODE,
  MPDS_LIMIT_BYTES,
  SDK_CODE,
  SKIP_JUMP_ACTIONS,
  ZALO_URL,
  type Outcome,
  type Platform,
} from "./sdk";

/** How the host answers one bridge call. */
export type Reply =
  | { kind: "answer"; data?: unknown }
  /** One of the host's codes the SDK maps to a code of its own (sdk.ts HOST_CODE). */
  | { kind: "outcome"; outcome: Outcome }
  /** Any code, as is: the SDK passes a code it has no mapping for to the app unchanged. */
  | { kind: "fail"; code: number; message: string }
  /** The host keeps the call; `answerPending` answers it later, or nothing ever does. */
  | { kind: "never" }
  | { kind: "delay"; ms: number; then: Reply };

export const reply = {
  answer: (data?: unknown): Reply => ({ kind: "answer", data }),
  /** The person said no (action.mp.get.number: host code -1 → SDK -2002 USER_DENIED). */
  refuse: (): Reply => ({ kind: "outcome", outcome: "refuse" }),
  /** A second prompt while one is open (-400 → -1410 DUPLICATE_REQUEST). */
  duplicate: (): Reply => ({ kind: "outcome", outcome: "duplicate" }),
  /** The host gave up (-14 → -1408 TIME_OUT). */
  timeout: (): Reply => ({ kind: "outcome", outcome: "timeout" }),
  /** This Zalo is too old for the action (-5 → -1404 CLIENT_NOT_SUPPORT). */
  notSupported: (): Reply => ({ kind: "outcome", outcome: "notSupported" }),
  fail: (code: number, message = "Failed"): Reply => ({ kind: "fail", code, message }),
  never: (): Reply => ({ kind: "never" }),
  after: (ms: number, then: Reply): Reply => ({ kind: "delay", ms, then }),
};

/** A bridge call as the host received it. */
export interface BridgeCall {
  action: string;
  params: unknown;
  jsToken: string;
  accessToken: string;
  /** "function" on iOS; on Android the callback's source text. */
  callback: string;
  page: Page;
  /** What the host did: "answered", "failed <code>", "never", or "pending". */
  outcome: string;
}

export type Handler = (call: BridgeCall) => Reply | Promise<Reply>;

/** How the host answers one of Zalo's HTTP endpoints instead of the emulator's default. */
export type HttpReply = { status?: number; body: unknown } | "abort" | "hang";
export type ZaloEndpoint = "accessToken" | "authSettings" | "me" | "log";

export type HostRecord =
  | { kind: "jsCall"; action: string; params: unknown; outcome: string }
  | { kind: "mpds"; action: string; data: unknown; errorCode: number }
  | { kind: "http"; method: string; url: string; outcome: string; body?: string }
  | { kind: "event"; name: string; data: unknown }
  | { kind: "event-ack"; eventId: string; eventName: string }
  | { kind: "zjsbridge"; method: string; value: string };

/**
 * A file Zalo fetched by itself from a URL the app gave it (openDocument's viewer, downloadFile's
 * downloader), as any server would: no cookie, no session, nothing of the webview's.
 */
export interface FetchedFile {
  action: string;
  url: string;
  status: number;
  contentType: string;
  disposition: string;
  bytes: Buffer;
}

/**
 * The extension point for Zalo's Checkout SDK endpoints (payment-mini.zalo.me
 * /api/order/create-v2 and /api/transaction, common/apis/general/payment/). Until the wallet exists
 * nothing answers them and a call is a test failure.
 */
export type PaymentHandler = (request: {
  method: string;
  url: URL;
  form: URLSearchParams;
  headers: { [name: string]: string };
}) => HttpReply | Promise<HttpReply>;

export interface MiniProgramConfig {
  /** utils/common.js canUseAccessTokenByDefault: true skips the user-authorization check. */
  canUseAccessTokenByDefault: boolean;
  /** common/token.js verifyUserAuthorized: false makes getAccessToken ask for authorization. */
  userAuthorized: boolean;
  /** Bearer token of auth-settings, create-v2 and transaction (getSetting.js, payment/). */
  jwt: string;
  /**
   * call/zaloNative.js: before an action listed here the SDK reads the person's settings
   * (h5.zalo.me/apis/users/auth-settings) and refuses it with -1401 without scope.userInfo.
   */
  requiredAuthenList: string[];
  /** utils/common.js getDynamicAPIByAction: none, so every action takes its built-in path. */
  dynamicApis: unknown[];
}

export interface HostOptions {
  context: BrowserContext;
  platform: Platform;
  person: ZaloPerson;
  accounts: ZaloAccounts;
  appId: string;
  /** Origins served besides Zalo's: the mini app's own files and its API. */
  serve: {
    /** Answers a request for the mini app's host; false when the path is not in the package. */
    app: (route: Route, url: URL) => Promise<boolean>;
    api: {
      host: string;
      handle: (route: Route, violation: (message: string) => void) => Promise<void>;
      /** A request from Zalo's own side (its document viewer, its downloader), not the webview. */
      fetch: (url: string) => Promise<Response>;
    };
    /**
     * Zalo's OA authorization server (the local stand-in the API is configured with), which a
     * webview the app opens with openWebview loads its permission page from.
     */
    oaAuthorization?: { origin: string; handle: (route: Route) => Promise<void> };
  };
  language?: string;
  miniProgramConfig?: Partial<MiniProgramConfig>;
}

/** The channel page-host.js reaches Node by (a reserved name: nothing real answers it). */
const CHANNEL = "https://zalo-host.invalid";
const PAGE_HOST_SOURCE = readFileSync(new URL("./page-host.js", import.meta.url), "utf8");
const INSTALLED = Symbol("zalo host");

/**
 * One emulated phone: the Zalo app (on Android or iOS) signed in as `person`, with its webview
 * (the Playwright context), its native storage (kept across mini app pages, as Zalo keeps it), its
 * answers to zmp-sdk's bridge and to the SDK's HTTP calls, and a record of every call.
 */
export class ZaloHost {
  readonly platform: Platform;
  readonly person: ZaloPerson;
  readonly context: BrowserContext;
  readonly records: HostRecord[] = [];
  readonly bridgeCalls: BridgeCall[] = [];
  /** Every file Zalo fetched for openDocument or downloadFile, oldest first. */
  readonly fetchedFiles: FetchedFile[] = [];
  /** Everything the emulator refused to guess about; a test with any of these fails. */
  readonly violations: string[] = [];
  /** nativeStorage, per mini app id, on this phone. */
  readonly storage = new Map<string, Map<string, string>>();
  /** When false, a violation is only recorded (the emulator's own tests look at them). */
  closeOnViolation = true;
  payments: PaymentHandler | null = null;

  private readonly handlers = new Map<string, Handler>();
  private readonly http = new Map<ZaloEndpoint, HttpReply>();
  private readonly pending: { call: BridgeCall; id: number }[] = [];
  private readonly jsToken = `emu-js-${randomBytes(8).toString("hex")}`;
  private readonly config: MiniProgramConfig;
  private authSettings: { [scope: string]: boolean } = {
    "scope.userInfo": true,
    "scope.userPhonenumber": true,
  };
  private eventSeq = 0;
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly options: HostOptions) {
    this.platform = options.platform;
    this.person = options.person;
    this.context = options.context;
    this.config = {
      canUseAccessTokenByDefault: true,
      userAuthorized: true,
      jwt: `emu-jwt-${randomBytes(8).toString("hex")}`,
      requiredAuthenList: [ACTION.phone],
      dynamicApis: [],
      ...options.miniProgramConfig,
    };
  }

  /** Wires the host into its context: bridge objects in every page, and all network traffic. */
  async install(): Promise<void> {
    const context = this.context as BrowserContext & { [INSTALLED]?: true };
    if (context[INSTALLED]) throw new Error("This context already has a Zalo host");
    context[INSTALLED] = true;
    await context.exposeBinding("__zaloHostJsCall", ({ page }, call: RawCall) => this.onJsCall(page, call));
    await context.exposeBinding("__zaloHostNote", (_source, kind: string, detail: NoteDetail) =>
      this.onNote(kind, detail),
    );
    const config = { channel: CHANNEL, language: this.options.language ?? "vi", theme: "light" };
    await context.addInitScript({
      content: `const zaloHostConfig = ${JSON.stringify(config)};\n${PAGE_HOST_SOURCE}`,
    });
    await context.route("**/*", (route) => {
      const handled = this.route(route).finally(() => this.inflight.delete(handled));
      this.inflight.add(handled);
      return handled;
    });
  }

  /** Opens the mini app in a new webview, at `path` under /zapps/<appId>/, as Zalo opens it. */
  async open(path = ""): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`https://${MP_HOST}${MP_PATH}/${this.options.appId}/${path}`);
    return page;
  }

  /**
   * The person leaves the mini app: Zalo pauses it (the SDK then sends its log of bridge outcomes),
   * and closes it a moment later, once what the page sent meanwhile has been answered.
   */
  async close(page: Page): Promise<void> {
    await this.emit(page, EVENT.AppPaused).catch(() => {});
    await page.waitForTimeout(200);
    await Promise.allSettled(this.inflight);
    await page.close();
  }

  /** How to answer `action` from now on (replaces the default). */
  on(action: string, handler: Handler | Reply): void {
    this.handlers.set(action, typeof handler === "function" ? handler : () => handler);
  }

  /** Back to the emulator's own answer to `action`. */
  reset(action: string): void {
    this.handlers.delete(action);
  }

  /** How to answer one of Zalo's HTTP endpoints from now on; null restores the default. */
  onHttp(endpoint: ZaloEndpoint, answer: HttpReply | null): void {
    if (answer === null) this.http.delete(endpoint);
    else this.http.set(endpoint, answer);
  }

  /** What h5.zalo.me/apis/users/auth-settings says about the person (getSetting.js). */
  setAuthSettings(settings: { [scope: string]: boolean }): void {
    this.authSettings = settings;
  }

  /** Answers the oldest call to `action` the host kept (a `never` reply). */
  async answerPending(action: string, answer: Reply): Promise<void> {
    const index = this.pending.findIndex((p) => p.call.action === action);
    if (index < 0) throw new Error(`No pending ${action} call`);
    const [{ call, id }] = this.pending.splice(index, 1);
    await this.settle(call, id, answer);
  }

  /**
   * A host event, as Zalo sends it: `window.zaloJSV2.zalo_h5_event_handler(id, name, data)`
   * (common/eventEmitter.js). `data` travels the way the SDK's stringToData reads it back:
   * base64 of the URI-encoded JSON (utils/common.js stringifyData / stringToData).
   */
  async emit(page: Page, name: string, data?: unknown): Promise<void> {
    const id = `emu-event-${++this.eventSeq}`;
    const encoded =
      data === undefined ? "" : Buffer.from(encodeURIComponent(JSON.stringify(data))).toString("base64");
    this.records.push({ kind: "event", name, data });
    await page.evaluate(
      ([id, name, encoded]) => {
        const handler = (window as unknown as { zaloJSV2?: { zalo_h5_event_handler(...a: string[]): void } })
          .zaloJSV2;
        if (!handler) throw new Error("zmp-sdk is not loaded in this page: window.zaloJSV2 is missing");
        handler.zalo_h5_event_handler(id, name, encoded);
      },
      [id, name, encoded] as const,
    );
  }

  /** Bridge calls to `action` (all of them without one). */
  calls(action?: string): BridgeCall[] {
    return action ? this.bridgeCalls.filter((c) => c.action === action) : this.bridgeCalls;
  }

  /** The URLs Zalo opened outside itself (action.open.outapp, answered), oldest first. */
  openedOutside(): string[] {
    return this.calls(ACTION.openOutApp)
      .filter((c) => c.outcome === "answered")
      .map((c) => (c.params as { url: string }).url);
  }

  /** Zalo HTTP calls whose URL starts with `prefix`. */
  httpCalls(prefix = ""): Extract<HostRecord, { kind: "http" }>[] {
    return this.records.filter(
      (r): r is Extract<HostRecord, { kind: "http" }> => r.kind === "http" && r.url.startsWith(prefix),
    );
  }

  /** Fails the test run's current test: recorded, and the phone's pages closed so no wait hangs. */
  violation(message: string): void {
    this.violations.push(message);
    console.error(`[zalo host] ${message}`);
    if (this.closeOnViolation) {
      for (const page of this.context.pages()) void page.close().catch(() => {});
    }
  }

  // ---- the bridge ----------------------------------------------------------------------------

  private async onJsCall(page: Page, raw: RawCall): Promise<void> {
    let params: unknown = raw.params;
    try {
      params = raw.params ? JSON.parse(raw.params) : undefined;
    } catch {
      // kept as text
    }
    const call: BridgeCall = { ...raw, params, page, outcome: "pending" };
    this.bridgeCalls.push(call);
    const expected = this.platform === "iOS" ? "function" : `window.onNativeMessage("`;
    if (!call.callback.startsWith(expected)) {
      this.violation(
        `${call.action}: a ${this.platform} callback should be ${expected}…, got ${call.callback}`,
      );
    }
    // common/token.js: every action but the skipJump ones carries the JS token the login answered.
    if (!SKIP_JUMP_ACTIONS.includes(call.action) && call.jsToken !== this.jsToken) {
      this.violation(`${call.action} came without the JS token the host issued (${call.jsToken || "none"})`);
    }
    const handler = this.handlers.get(call.action) ?? this.defaultHandler(call.action);
    if (!handler) {
      this.violation(`unknown bridge action ${call.action} (${raw.params}): teach the emulator its answer`);
      // Answered all the same, as a Zalo too old for it would: the page never waits forever.
      return this.settle(call, raw.id, reply.notSupported());
    }
    await this.settle(call, raw.id, await handler(call));
  }

  private async settle(call: BridgeCall, id: number, answer: Reply): Promise<void> {
    if (answer.kind === "delay") {
      await new Promise((resolve) => setTimeout(resolve, answer.ms));
      return this.settle(call, id, answer.then);
    }
    if (answer.kind === "never") {
      call.outcome = "never";
      this.pending.push({ call, id });
      this.records.push({ kind: "jsCall", action: call.action, params: call.params, outcome: "never" });
      return;
    }
    let body: { error_code: number; error_message: string; data: unknown; action: string };
    if (answer.kind === "answer") {
      body = { error_code: 0, error_message: "Success", data: answer.data ?? {}, action: call.action };
    } else {
      const code =
        answer.kind === "fail" ? answer.code : hostCode(answer.outcome, call.action, this.platform);
      if (code === undefined) {
        this.violation(
          `zmp-sdk maps no host code to "${(answer as { outcome: string }).outcome}" for ${call.action}`,
        );
        return;
      }
      body = {
        error_code: code,
        error_message: answer.kind === "fail" ? answer.message : answer.outcome,
        data: {},
        action: call.action,
      };
    }
    call.outcome = body.error_code === 0 ? "answered" : `failed ${body.error_code}`;
    this.records.push({ kind: "jsCall", action: call.action, params: call.params, outcome: call.outcome });
    await call.page
      .evaluate(
        ([id, text]) =>
          (window as unknown as { __zaloHostDeliver(id: number, text: string): boolean }).__zaloHostDeliver(
            id,
            text,
          ),
        [id, JSON.stringify(body)] as const,
      )
      .catch(() => {}); // the page closed meanwhile: the answer has nowhere to go, as on a phone
  }

  private defaultHandler(action: string): Handler | undefined {
    switch (action) {
      // common/token.js jump(): data.miniProgramConfig and data.cookiesOAuthLogins [{name, value}].
      case ACTION.login:
        return () => {
          const { code, verifier } = this.options.accounts.issueCode(this.person, this.options.appId);
          return reply.answer({
            miniProgramConfig: this.config,
            cookiesOAuthLogins: [
              { name: COOKIE.code, value: code },
              { name: COOKIE.verifier, value: verifier },
              { name: COOKIE.jsToken, value: this.jsToken },
            ],
          });
        };
      // common/apis/general/getPhoneNumber.js: resolves {token: data.token}; no token → -1404.
      case ACTION.phone:
        return () => reply.answer({ token: this.options.accounts.issuePhoneToken(this.person) });
      // common/apis/general/openShareSheet.js: {status, shareType: share_type, numberOfUser:
      // uid_to_size}. Status 2: sent in a chat (index.d.ts OpenShareSheetReturns; 0 = cancelled).
      case ACTION.shareSheet:
        return () => reply.answer({ status: 2, share_type: 0, uid_to_size: 1 });
      // nativeStorage's asynchronous calls (get/set/remove with a promise): the same storage.
      case ACTION.storage:
        return (call) => {
          const answer = this.mpds(call.params as MpdsRequest);
          return answer.error_code === 0
            ? reply.answer(answer.data)
            : reply.fail(answer.error_code, answer.error_message);
        };
      // common/apis/general/openWebview.js: success means the page opened; the host later sends
      // h5.event.webview.close when the person closes it (a test emits it).
      case ACTION.openWebview:
        return () => reply.answer({});
      // common/apis/general/openOutApp.js (requestUpdateZalo's store page): OPEN_OUTAPP {url},
      // resolved with nothing on error_code 0. Zalo hands the URL to the phone (a browser, the
      // store) and the mini app stays open behind it; `openedOutside()` lists what was opened.
      case ACTION.openOutApp:
        return (call) => {
          const url = (call.params as { url?: unknown } | undefined)?.url;
          if (typeof url !== "string" || !URL.canParse(url)) {
            this.violation(`${call.action} without a URL to open: ${JSON.stringify(call.params)}`);
            return reply.notSupported();
          }
          return reply.answer({});
        };
      // common/apis/general/saveImageToGallery.js: the photo as a data URL (apis/saveImageToGallery.js
      // lets it through up to 7e6 characters); Zalo keeps it in the phone's gallery.
      case ACTION.saveImage:
        return (call) => {
          const image = (call.params as { imageBase64Data?: unknown } | undefined)?.imageBase64Data;
          if (typeof image !== "string" || !/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(image)) {
            this.violation(
              `${call.action} without an image to save: ${JSON.stringify(call.params).slice(0, 200)}`,
            );
            return reply.fail(-101, "Unable to save image");
          }
          return reply.answer({});
        };
      // apis/openDocument.js: Zalo's viewer downloads the URL itself, then shows it; only a PDF.
      case ACTION.openDocument:
        return async (call) => {
          const file = await this.fetchFile(call);
          if (!file) return reply.fail(-700, "Download failed. Please check your URL again.");
          if (file.status !== 200)
            return reply.fail(FILE_HOST_CODE.downloadFailed[this.platform], "Download failed");
          if (!file.contentType.startsWith("application/pdf")) {
            return reply.fail(FILE_HOST_CODE.unsupported[this.platform], "Unsupported file type");
          }
          return reply.answer({});
        };
      // apis/downloadFile.js: Zalo downloads {fileUrl} itself (or keeps {fileBase64Data}) on the phone.
      case ACTION.saveFile:
        return async (call) => {
          const params = call.params as { fileUrl?: unknown; fileBase64Data?: unknown } | undefined;
          if (typeof params?.fileBase64Data === "string") return reply.answer({});
          const file = await this.fetchFile(call, "fileUrl");
          return file?.status === 200
            ? reply.answer({})
            : reply.fail(FILE_HOST_CODE.saveFailed[this.platform], "Unable to save file");
        };
      // common/apis/general/authorize.js: resolves with data when it is not empty.
      case ACTION.authorize:
        return (call) => {
          const scopes = ((call.params as { scopes?: string[] })?.scopes ?? []) as string[];
          return reply.answer(Object.fromEntries(scopes.map((s) => [s, true])));
        };
      default:
        return undefined;
    }
  }

  /**
   * What Zalo's side gets from the URL a file action carries (`url`, or `fileUrl`), fetched as a
   * server fetches it: without the webview's cookies or the app's session. Only https URLs of the
   * API are fetched; any other is a violation (undefined).
   */
  private async fetchFile(call: BridgeCall, field = "url"): Promise<FetchedFile | undefined> {
    const url = (call.params as { [name: string]: unknown } | undefined)?.[field];
    if (typeof url !== "string" || !URL.canParse(url) || new URL(url).protocol !== "https:") {
      this.violation(
        `${call.action} without an https ${field}: ${JSON.stringify(call.params).slice(0, 200)}`,
      );
      return undefined;
    }
    if (new URL(url).hostname !== this.options.serve.api.host) {
      this.violation(`${call.action} asks Zalo to fetch ${url}, outside the app's API`);
      return undefined;
    }
    const response = await this.options.serve.api.fetch(url);
    const file: FetchedFile = {
      action: call.action,
      url,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      disposition: response.headers.get("content-disposition") ?? "",
      bytes: Buffer.from(await response.arrayBuffer()),
    };
    this.fetchedFiles.push(file);
    return file;
  }

  // ---- nativeStorage -------------------------------------------------------------------------

  private mpds(request: MpdsRequest): { error_code: number; error_message: string; data: unknown } {
    const ok = (data: unknown) => ({ error_code: 0, error_message: "Success", data });
    const fail = (codes: { android: number; iOS: number }, message: string) => ({
      error_code: codes[this.platform],
      error_message: message,
      data: {},
    });
    if (String(request?.appId) !== this.options.appId) {
      return fail(MPDS_HOST_CODE.appIdInvalid, `appId ${request?.appId} is not the open mini app`);
    }
    let store = this.storage.get(this.options.appId);
    if (!store) this.storage.set(this.options.appId, (store = new Map()));
    const data = request.mpds_data ?? {};
    switch (request.mpds_action) {
      case MPDS.get: {
        const map: { [key: string]: string } = {};
        for (const key of (data.keys as string[]) ?? []) {
          const value = store.get(key);
          if (value !== undefined) map[key] = value;
        }
        return ok({ mpds_data: { map } });
      }
      case MPDS.set: {
        const errorKeys: string[] = [];
        for (const [key, value] of Object.entries((data.map as { [key: string]: string }) ?? {})) {
          const size = sizeOf(store) - (store.get(key)?.length ?? 0) + key.length + String(value).length;
          if (size > MPDS_LIMIT_BYTES) errorKeys.push(key);
          else store.set(key, String(value));
        }
        return ok({ mpds_data: { error_keys: errorKeys } });
      }
      case MPDS.remove:
        for (const key of (data.keys as string[]) ?? []) store.delete(key);
        return ok({ mpds_data: { error_keys: [] } });
      case MPDS.clear:
        store.clear();
        return ok({});
      case MPDS.size:
        return ok({ mpds_data: { size: sizeOf(store) } });
      default:
        this.violation(`unknown nativeStorage action ${request.mpds_action}`);
        return fail(MPDS_HOST_CODE.actionInvalid, "unknown mpds_action");
    }
  }

  // ---- notes from the page -------------------------------------------------------------------

  private onNote(kind: string, detail: NoteDetail): void {
    if (kind === "unknown-member") {
      this.violation(`the page used ${detail.object}.${detail.member}, which the emulator does not provide`);
    } else if (kind === "event-ack") {
      this.records.push({
        kind: "event-ack",
        eventId: String(detail.eventId),
        eventName: String(detail.eventName),
      });
    } else if (kind === "zjsbridge") {
      this.records.push({ kind: "zjsbridge", method: String(detail.method), value: String(detail.value) });
    }
  }

  // ---- the network ---------------------------------------------------------------------------

  private async route(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const method = request.method();
    const record = (outcome: string, body?: string) =>
      this.records.push({ kind: "http", method, url: url.href, outcome, body });

    if (url.origin === CHANNEL) return this.channel(route, url);
    if (url.hostname === MP_HOST) {
      if (!(await this.options.serve.app(route, url)) && url.pathname !== "/favicon.ico") {
        this.violation(`the mini app asked its own host for ${url.pathname}, which is not in the package`);
      }
      return;
    }
    if (url.hostname === this.options.serve.api.host) {
      return this.options.serve.api.handle(route, (message) => this.violation(message));
    }
    if (url.origin === this.options.serve.oaAuthorization?.origin) {
      record("proxied");
      return this.options.serve.oaAuthorization.handle(route);
    }

    // Playwright answers CORS preflights of routed requests itself and does not check fulfilled
    // answers: what follows only has to look like Zalo's answers, allow-origin included.
    const cors = { "Access-Control-Allow-Origin": `https://${MP_HOST}`, Vary: "Origin" };
    const answer = async (endpoint: ZaloEndpoint | null, fallback: () => HttpReply | Promise<HttpReply>) => {
      const chosen = (endpoint && this.http.get(endpoint)) ?? (await fallback());
      if (chosen === "abort") {
        record("aborted", request.postData() ?? undefined);
        return route.abort("connectionrefused");
      }
      if (chosen === "hang") {
        record("hang", request.postData() ?? undefined);
        return; // never answered
      }
      record(String(chosen.status ?? 200), request.postData() ?? undefined);
      return route.fulfill({
        status: chosen.status ?? 200,
        headers: { ...cors, "Content-Type": "application/json; charset=utf-8" },
        body: JSON.stringify(chosen.body),
      });
    };
    const form = () => new URLSearchParams(request.postData() ?? "");
    const bearer = () => (request.headers().authorization ?? "").replace(/^Bearer /, "");

    switch (`${method} ${url.origin}${url.pathname}`) {
      // common/token.js loginZaloV4.
      case `POST ${ZALO_URL.accessToken}`:
        return answer("accessToken", () => {
          const tokens = this.options.accounts.exchange(form());
          return tokens
            ? { body: tokens }
            : { body: { error: -14002, error_name: "Invalid code", error_reason: "invalid_grant" } };
        });
      // common/apis/general/getSetting.js: {err, msg, data: {scope: granted}}.
      case `GET ${ZALO_URL.authSettings}`:
        return answer("authSettings", () =>
          bearer() === this.config.jwt
            ? { body: { err: 0, msg: "Success", data: this.authSettings } }
            : { body: { err: SDK_CODE.UNAUTHORIZED, msg: "Invalid jwt" } },
        );
      // common/apis/general/getUserInfo.js: Graph's profile, error ≠ 0 on a bad token.
      case `GET ${ZALO_URL.me}`:
        return answer("me", () => {
          const person = this.options.accounts.personOf(request.headers().access_token ?? "");
          return person
            ? {
                body: {
                  id: person.id,
                  name: person.name,
                  picture: { data: { url: person.avatar } },
                  is_sensitive: false,
                  error: 0,
                  message: "Success",
                },
              }
            : { body: { error: -216, message: "Access token is invalid" } };
        });
      // common/utils.js sendLogData: the SDK ignores the answer (its callback is empty).
      case `POST ${ZALO_URL.log}`:
        return answer("log", () => ({ body: { error: 0, message: "Success" } }));
      case `POST ${ZALO_URL.createOrder}`:
      case `GET ${ZALO_URL.transaction}`:
        if (!this.payments) {
          this.violation(
            `${method} ${url.href}: no payment handler (set host.payments; see docs/zalo-host.md)`,
          );
          record("aborted");
          return route.abort("connectionrefused");
        }
        return answer(null, () => this.payments!({ method, url, form: form(), headers: request.headers() }));
    }
    // Zalo's CDN: the zaui icon font (zmp-ui's CSS) is known and refused, as offline; avatars
    // (Graph's picture URLs, OA logos) get a drawn placeholder.
    if (url.hostname === "h5.zadn.vn" && url.pathname.startsWith("/static/fonts/")) {
      record("aborted");
      return route.abort("internetdisconnected");
    }
    if (/^s\d+-ava-talk\.zadn\.vn$/.test(url.hostname)) {
      record("200");
      return route.fulfill({ status: 200, contentType: "image/svg+xml", body: avatarSvg(url.pathname) });
    }
    record("aborted");
    this.violation(`request to a host the emulator does not know: ${method} ${url.href}`);
    return route.abort("blockedbyclient");
  }

  private async channel(route: Route, url: URL): Promise<void> {
    const headers = { "Access-Control-Allow-Origin": `https://${MP_HOST}` };
    if (url.pathname !== "/mpds") {
      this.violation(`page-host.js asked the channel for ${url.pathname}`);
      return route.fulfill({ status: 404, headers, body: "" });
    }
    let request: MpdsRequest;
    try {
      request = JSON.parse(route.request().postData() ?? "");
    } catch {
      this.violation(`processActionMPDS with a body that is not JSON: ${route.request().postData()}`);
      return route.fulfill({ status: 200, headers, body: "" });
    }
    const answer = this.mpds(request);
    this.records.push({
      kind: "mpds",
      action: request.mpds_action,
      data: request.mpds_data,
      errorCode: answer.error_code,
    });
    return route.fulfill({ status: 200, headers, contentType: "text/plain", body: JSON.stringify(answer) });
  }
}

interface RawCall {
  id: number;
  jsToken: string;
  action: string;
  accessToken: string;
  params: string;
  callback: string;
}
type NoteDetail = { [key: string]: unknown };
interface MpdsRequest {
  mpds_action: string;
  mpds_data?: { [key: string]: unknown };
  appId?: string;
}

function sizeOf(store: Map<string, string>): number {
  let size = 0;
  for (const [key, value] of store) size += key.length + value.length;
  return size;
}

/** A round avatar with the file name's first letter, for Zalo's avatar CDN. */
function avatarSvg(path: string): string {
  const name =
    path
      .split("/")
      .pop()
      ?.replace(/\.\w+$/, "") ?? "?";
  const hue = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><circle cx="60" cy="60" r="60" fill="hsl(${hue} 55% 52%)"/><text x="60" y="78" font-family="sans-serif" font-size="52" fill="#fff" text-anchor="middle">${name.charAt(0).toUpperCase()}</text></svg>`;
}
