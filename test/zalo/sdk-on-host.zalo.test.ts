// The emulator's own tests, and a record of what zmp-sdk 2.51.6 does on the bridge for the APIs the
// app uses or will use (openWebview, events, Payment, requestUpdateZalo): each calls the SDK module
// the app loaded, inside the emulated host, and looks at what reached the host.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reply, type Reply } from "../zalo-host/host";
import { ZALO_PEOPLE } from "../zalo-host/people";
import { ACTION, EVENT, PLATFORMS, SDK_CODE, ZALO_STORE_PAGE, ZALO_URL } from "../zalo-host/sdk";
import { APP_ID, startZaloStack, type Phone, type ZaloStack } from "../zalo-host/stack";
import { sdkUrl, type Settled } from "./support";

/** The zmp-sdk APIs the app loads (src/platform/sdk.ts; at run time, the page's module). */
type Sdk = (typeof import("../../src/platform/sdk"))["sdk"];

let stack: ZaloStack;
beforeAll(async () => {
  stack = await startZaloStack();
});
afterAll(() => stack?.stop());
afterEach(() => {
  expect(stack.violations()).toEqual([]);
});

const lan = ZALO_PEOPLE.lan;

/**
 * Runs `call(sdk)` in the page, on the zmp-sdk module the app loaded. `call` travels as source
 * text, so it may use only its argument and the page's globals.
 */
function run(page: Page, call: (sdk: Sdk) => unknown): Promise<Settled> {
  // Text, not a function: vitest rewrites a dynamic import() in this file's own code.
  return page.evaluate(`(async () => {
    const { sdk } = await import(${JSON.stringify(sdkUrl)});
    try {
      return { ok: true, value: await (${call.toString()})(sdk) };
    } catch (error) {
      return { ok: false, code: error?.code, message: error?.message };
    }
  })()`);
}

describe.each(PLATFORMS)("zmp-sdk inside the emulated host on %s", (platform) => {
  let phone: Phone;
  let page: Page;
  beforeAll(async () => {
    await stack.freshDatabase();
    phone = await stack.phone("lan", platform);
    page = await phone.open();
    await page.getByText(`Xin chào, ${lan.name}`, { exact: true }).waitFor();
  });
  afterAll(() => phone?.close());

  it("getPhoneNumber: the host's answers become the SDK's codes the app sees", async () => {
    const cases: [Reply, number][] = [
      [reply.refuse(), SDK_CODE.USER_DENIED],
      [reply.duplicate(), SDK_CODE.DUPLICATE_REQUEST],
      [reply.timeout(), SDK_CODE.TIME_OUT],
      [reply.notSupported(), SDK_CODE.CLIENT_NOT_SUPPORT],
      // A code the SDK has no mapping for reaches the app as is.
      [reply.fail(-1409, "Request limit exceeded"), SDK_CODE.FAIL_LIMIT],
      // Success without a token: getPhoneNumber.js rejects it as a Zalo too old for the API.
      [reply.answer({}), SDK_CODE.CLIENT_NOT_SUPPORT],
    ];
    for (const [i, [answer, code]] of cases.entries()) {
      // decorator.js allows 3 permission calls within a second of the first; wait that second out.
      if (i % 3 === 0) await page.waitForTimeout(1100);
      phone.host.on(ACTION.phone, answer);
      expect(await run(page, (sdk) => sdk.getPhoneNumber())).toMatchObject({ ok: false, code });
    }
    await page.waitForTimeout(1100);
    phone.host.on(ACTION.phone, reply.answer({ token: "emu-pt-direct" }));
    expect(await run(page, (sdk) => sdk.getPhoneNumber())).toEqual({
      ok: true,
      value: { token: "emu-pt-direct" },
    });
  });

  it("getPhoneNumber: the SDK itself refuses a fourth call within a second with -1409, before the bridge", async () => {
    await page.waitForTimeout(1100);
    phone.host.on(ACTION.phone, reply.refuse());
    const before = phone.host.calls(ACTION.phone).length;
    const results = await run(page, (sdk) =>
      Promise.all([1, 2, 3, 4].map(() => sdk.getPhoneNumber().catch((e: { code: number }) => e.code))),
    );
    expect(results).toEqual({ ok: true, value: [-2002, -2002, -2002, -1409] });
    expect(phone.host.calls(ACTION.phone).length - before).toBe(3);
  });

  it("a call the host never answers stays pending until the host answers it", async () => {
    await page.waitForTimeout(1100);
    phone.host.on(ACTION.phone, reply.never());
    const settled = run(page, (sdk) => sdk.getPhoneNumber());
    await expect.poll(() => phone.host.calls(ACTION.phone).at(-1)?.outcome).toBe("never");
    const late = await Promise.race([settled, page.waitForTimeout(1500).then(() => "still waiting")]);
    expect(late).toBe("still waiting"); // zmp-sdk sets no deadline on action.mp.get.number
    await phone.host.answerPending(ACTION.phone, reply.answer({ token: "emu-pt-late" }));
    expect(await settled).toEqual({ ok: true, value: { token: "emu-pt-late" } });
  });

  it("the app speaks Zalo's language (zLanguage) on a first start, without asking the bridge", async () => {
    const english = await stack.phone("lan", platform, { language: "en" });
    const englishPage = await english.open();
    await englishPage.getByText(`Hello, ${lan.name}`, { exact: true }).waitFor();
    expect(await englishPage.evaluate(() => document.documentElement.lang)).toBe("en");
    await english.close();
  });

  it("host events reach the SDK's listeners, which acknowledge them; a pause sends the SDK's log", async () => {
    await run(page, (sdk) => {
      const w = window as unknown as { heard: unknown[] };
      w.heard = [];
      sdk.events.on(sdk.EventName.AppResumed, (data: unknown) => w.heard.push(["resumed", data]));
    });
    await phone.host.emit(page, EVENT.AppResumed, { reason: "test" });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
      .toEqual([["resumed", { reason: "test" }]]);
    expect(phone.host.records).toContainEqual(
      expect.objectContaining({ kind: "event-ack", eventName: EVENT.AppResumed }),
    );

    const logs = phone.host.httpCalls(ZALO_URL.log).length;
    await phone.host.emit(page, EVENT.AppPaused);
    await expect.poll(() => phone.host.httpCalls(ZALO_URL.log).length).toBe(logs + 1);
    const form = new URLSearchParams(phone.host.httpCalls(ZALO_URL.log).at(-1)!.body);
    expect(form.get("appId")).toBe(APP_ID);
    expect(JSON.parse(form.get("data")!)).toContainEqual(expect.objectContaining({ action: ACTION.phone }));
  });

  it("openWebview opens a page in Zalo (action.open.inapp); its close arrives as WebviewClosed", async () => {
    const opened = await run(page, (sdk) => {
      const w = window as unknown as { webviewClosed: number };
      w.webviewClosed = 0;
      sdk.events.on(sdk.EventName.WebviewClosed, () => (w.webviewClosed += 1));
      return sdk.openWebview({ url: "https://oa.zalo.me/manage/oa", config: { style: "bottomSheet" } });
    });
    expect(opened).toEqual({ ok: true, value: undefined });
    expect(phone.host.calls(ACTION.openWebview).at(-1)!.params).toEqual({
      url: "https://oa.zalo.me/manage/oa?typeInapp=1",
      style: { modal_style: "bottom_sheet", left_button: "back" },
    });
    await phone.host.emit(page, EVENT.WebviewClosed);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { webviewClosed: number }).webviewClosed))
      .toBe(1);
  });

  it("requestUpdateZalo asks Zalo to open its store page (action.open.outapp) and resolves once it is open; a refusal rejects", async () => {
    const opened = phone.host.openedOutside().length;
    expect(await run(page, (sdk) => sdk.requestUpdateZalo())).toEqual({ ok: true, value: undefined });
    expect(phone.host.openedOutside().slice(opened)).toEqual([ZALO_STORE_PAGE[platform]]);
    expect(phone.host.calls(ACTION.openOutApp).at(-1)!.params).toEqual({ url: ZALO_STORE_PAGE[platform] });
    // No errorList of its own: only the codes every action shares (COMMON_NATIVE_ERROR_CODE).
    phone.host.on(ACTION.openOutApp, reply.notSupported());
    expect(await run(page, (sdk) => sdk.requestUpdateZalo())).toMatchObject({
      ok: false,
      code: SDK_CODE.CLIENT_NOT_SUPPORT,
    });
    phone.host.reset(ACTION.openOutApp);
    expect(phone.host.openedOutside().slice(opened)).toHaveLength(1);
  });

  it("Payment.createOrder: create-v2, the checkout page in a webview, then PaymentDone, checkTransaction and PaymentClose", async () => {
    const seen: { method: string; path: string; form: string; query: string; auth: string }[] = [];
    phone.host.payments = ({ method, url, form, headers }) => {
      seen.push({
        method,
        path: url.pathname,
        form: form.toString(),
        query: url.search,
        auth: headers.authorization ?? "",
      });
      return url.pathname === "/api/order/create-v2"
        ? {
            body: {
              err: 0,
              msg: "Success",
              data: { id: "zmp-order-1", jwt: "checkout-jwt", messageToken: "mt-1" },
            },
          }
        : { body: { err: 0, msg: "Success", data: { resultCode: 1, transId: "bank-7", amount: 200000 } } };
    };
    const order = await run(page, (sdk) => {
      const w = window as unknown as { payment: unknown[] };
      w.payment = [];
      sdk.events.on("action.payment.done", (data: unknown) => w.payment.push(["done", data]));
      sdk.events.on("action.payment.close", (data: unknown) => w.payment.push(["close", data]));
      return sdk.createOrder({
        amount: 200000,
        desc: "Nạp tiền ZCA",
        item: [{ id: "topup", amount: 200000 }],
        mac: "mac-from-the-server",
      });
    });
    expect(order).toEqual({ ok: true, value: { orderId: "zmp-order-1", messageToken: "mt-1" } });
    const create = new URLSearchParams(seen[0]!.form);
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: "/api/order/create-v2",
      auth: expect.stringMatching(/^Bearer emu-jwt-/),
    });
    expect([create.get("amount"), create.get("mac"), decodeURIComponent(create.get("desc")!)]).toEqual([
      "200000",
      "mac-from-the-server",
      "Nạp tiền ZCA",
    ]);
    const checkout = new URL((phone.host.calls(ACTION.openWebview).at(-1)!.params as { url: string }).url);
    expect(checkout.origin + checkout.pathname).toBe(ZALO_URL.checkoutPage.replace(/\/$/, "/"));
    expect(Object.fromEntries(checkout.searchParams)).toEqual({
      miniAppId: APP_ID,
      orderId: "zmp-order-1",
      token: "checkout-jwt",
      typeInapp: "1",
    });

    // The person pays (or not) and closes Zalo's checkout page.
    await phone.host.emit(page, EVENT.WebviewClosed);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { payment: unknown[] }).payment.length))
      .toBe(2);
    const payment = await page.evaluate(() => (window as unknown as { payment: unknown[] }).payment);
    expect(payment).toEqual([
      ["done", { orderId: "zmp-order-1" }],
      [
        "close",
        expect.objectContaining({ err: 0, resultCode: 1, transId: "bank-7", zmpOrderId: "zmp-order-1" }),
      ],
    ]);
    expect(seen[1]).toMatchObject({
      method: "GET",
      path: "/api/transaction",
      query: "?orderId=zmp-order-1&transId=",
    });
    phone.host.payments = null;
  });

  it("a failed action.jump.login leaves every later call waiting in that page; a reload logs in again", async () => {
    const other = await stack.phone("lan", platform);
    try {
      other.host.on(ACTION.login, reply.fail(-1, "jump error"));
      const failing = await other.open();
      await expect.poll(() => other.host.calls(ACTION.login)[0]?.outcome).toBe("failed -1");
      // common/token.js jump() stays "doing" after a failure: getAccessToken queues behind it forever.
      const token = run(failing, (sdk) => sdk.getAccessToken());
      token.catch(() => {}); // the reload below ends it
      expect(await Promise.race([token, failing.waitForTimeout(1500).then(() => "still waiting")])).toBe(
        "still waiting",
      );
      expect(other.host.calls(ACTION.login)).toHaveLength(1);
      other.host.reset(ACTION.login);
      await failing.reload();
      await failing.getByText(`Xin chào, ${lan.name}`, { exact: true }).waitFor();
      expect(other.host.calls(ACTION.login).map((c) => c.outcome)).toEqual(["failed -1", "answered"]);
    } finally {
      await other.close();
    }
  });

  it("an action the emulator does not know fails the test", async () => {
    phone.host.closeOnViolation = false;
    try {
      // What zmp-sdk's closeApp() sends (the app never calls it, so it is not in the app's chunk),
      // with the callback in the platform's own form: source text on Android, a function on iOS.
      await page.evaluate((android) => {
        const w = window as unknown as {
          ZaloJavaScriptInterface: { jsCall(...a: unknown[]): void };
          onNativeMessage?: unknown;
        };
        const callback = android ? 'window.onNativeMessage("probe", "action.window.close")' : () => {};
        w.ZaloJavaScriptInterface.jsCall("", "action.window.close", "", "{}", callback);
      }, platform === "android");
      await expect
        .poll(() =>
          phone.host.violations.some((v) => v.includes("unknown bridge action action.window.close")),
        )
        .toBe(true);
    } finally {
      phone.host.violations.length = 0;
      phone.host.closeOnViolation = true;
    }
  });

  it("a request to a host the emulator does not know is refused and fails the test", async () => {
    phone.host.closeOnViolation = false;
    try {
      const fetched = await page.evaluate(() =>
        fetch("https://analytics.example/collect").then(
          () => "answered",
          (error: Error) => error.name,
        ),
      );
      expect(fetched).toBe("TypeError");
      expect(phone.host.violations).toEqual([
        "request to a host the emulator does not know: GET https://analytics.example/collect",
      ]);
    } finally {
      phone.host.violations.length = 0;
      phone.host.closeOnViolation = true;
    }
  });
});

describe("the API's CORS rules, applied as Chromium would", () => {
  it("an API that does not allow the mini app's origin fails the test, not only the request", async () => {
    await stack.freshDatabase({ corsOrigins: ["https://h5.zalo.me"] });
    const phone = await stack.phone("lan", "android");
    phone.host.closeOnViolation = false;
    try {
      const page = await phone.open();
      await page.getByText("Chưa đăng nhập được").waitFor();
      expect(phone.host.violations).toEqual([
        expect.stringMatching(/^CORS would block POST \/api\/session from https:\/\/h5\.zdn\.vn: /),
      ]);
    } finally {
      phone.host.violations.length = 0;
      await phone.close();
    }
  });
});
