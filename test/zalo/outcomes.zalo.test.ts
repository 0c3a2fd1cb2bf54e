// What the person sees when Zalo says no, says "not now", or says nothing, inside the emulated host.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reply, type Reply } from "../zalo-host/host";
import { ZALO_PEOPLE } from "../zalo-host/people";
import { ACTION, EVENT, PLATFORMS, ZALO_STORE_PAGE, ZALO_URL } from "../zalo-host/sdk";
import { screenshot, startZaloStack, type Phone, type ZaloStack } from "../zalo-host/stack";
import { common } from "../../src/i18n/strings";
import { button, phoneButton, startCreating } from "./support";

let stack: ZaloStack;
beforeAll(async () => {
  stack = await startZaloStack();
});
// Each test meets Khánh for the first time: no phone shared yet.
beforeEach(async () => {
  await stack.freshDatabase();
});
afterAll(() => stack?.stop());
afterEach(() => {
  expect(stack.violations()).toEqual([]);
});

const khanh = ZALO_PEOPLE.khanh;
// -1408: the host could not show the prompt in time.
const PHONE_FAILED = common.vi.errors.zalo_timeout;
const PHONE_REFUSED =
  "Bạn chưa cho phép chia sẻ số điện thoại nên chưa thể tạo ZCA. Khi sẵn sàng, hãy bấm “Chia sẻ số điện thoại” rồi chọn “Cho phép”.";

/** Signs in on a new phone and opens step 2, where the app asks Zalo for the phone number. */
async function atPhoneStep(platform: (typeof PLATFORMS)[number]): Promise<{ phone: Phone; page: Page }> {
  const phone = await stack.phone("khanh", platform);
  const page = await phone.open();
  await startCreating(page);
  await phoneButton(page).waitFor();
  return { phone, page };
}

/** Asks for the phone once with Zalo answering `answer`; the sentence the app shows then. */
async function askPhone(phone: Phone, page: Page, answer: Reply): Promise<string> {
  phone.host.on(ACTION.phone, answer);
  await phoneButton(page).click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  return (await alert.innerText()).trim();
}

describe.each(PLATFORMS)("Zalo's answers to the phone prompt on %s", (platform) => {
  it("a prompt Zalo could not show (-1408, host timeout) says so, and the next tap shares the phone", async () => {
    const { phone, page } = await atPhoneStep(platform);
    expect(await askPhone(phone, page, reply.timeout())).toBe(PHONE_FAILED);
    await expect.poll(() => phoneButton(page).isEnabled()).toBe(true);
    await screenshot(page, `zalo-phone-failed-${platform}`);

    phone.host.reset(ACTION.phone);
    await page.waitForTimeout(1100); // zmp-sdk's own limit: 3 prompts a second
    await phoneButton(page).click();
    await page.getByText(`•••••••${khanh.phone.slice(-3)}`).waitFor();
    await expect.poll(() => page.getByRole("alert").count()).toBe(0);
    await phone.close();
  });
});

// Every SDK call through src/platform has a deadline and a meaning (issue 15 part 3). The
// sentences are checked by what they must not be (the network sentence, each other) and by the
// way forward they offer.
describe.each(PLATFORMS)("refusals, limits and silence on %s", (platform) => {
  const NETWORK = /kiểm tra mạng/;

  it("a refusal (-2002 USER_DENIED) says the person did not allow it, not that the network failed", async () => {
    const { phone, page } = await atPhoneStep(platform);
    expect(await askPhone(phone, page, reply.refuse())).toBe(PHONE_REFUSED);
    await expect.poll(() => phoneButton(page).isEnabled()).toBe(true);
    await screenshot(page, `zalo-phone-refused-${platform}`);
    await phone.close();
  });

  it("refused, duplicate (-1410), limit (-1409), too old (-1404) and failed each say something different", async () => {
    const { phone, page } = await atPhoneStep(platform);
    const said: { [outcome: string]: string } = {};
    const outcomes: [string, Reply][] = [
      ["refused", reply.refuse()],
      ["duplicate", reply.duplicate()],
      ["limit", reply.fail(-1409, "Request limit exceeded. Please try again later.")],
      ["tooOld", reply.notSupported()],
      ["failed", reply.timeout()],
    ];
    for (const [i, [outcome, answer]] of outcomes.entries()) {
      if (i % 3 === 0) await page.waitForTimeout(1100); // zmp-sdk's own limit: 3 prompts a second
      said[outcome] = await askPhone(phone, page, answer);
      await expect.poll(() => phoneButton(page).isEnabled()).toBe(true);
    }
    expect(new Set(Object.values(said)).size).toBe(outcomes.length);
    for (const outcome of ["refused", "duplicate", "limit", "tooOld"])
      expect(said[outcome]).not.toMatch(NETWORK);
    // -1404: this Zalo is too old for the prompt; the way forward is to update Zalo.
    expect(said.tooOld).toMatch(/cập nhật Zalo/i);
    await phone.close();
  });

  it("too old (-1404): “Cập nhật Zalo” asks Zalo to open its store page, and the app stays usable", async () => {
    const { phone, page } = await atPhoneStep(platform);
    expect(await askPhone(phone, page, reply.notSupported())).toMatch(/cập nhật Zalo/i);
    await button(page, "Cập nhật Zalo").click();
    // apis/requestUpdateZalo.js → common/apis/general/openOutApp.js: action.open.outapp {url},
    // Google Play's page of Zalo on Android, the App Store's on iOS.
    await expect.poll(() => phone.host.openedOutside()).toEqual([ZALO_STORE_PAGE[platform]]);
    const [open] = phone.host.calls(ACTION.openOutApp);
    expect(open!.params).toEqual({ url: ZALO_STORE_PAGE[platform] });
    // OPEN_OUTAPP needs the access token (constants.js requireAccessToken): the one Zalo gave.
    expect(stack.accounts.personOf(open!.accessToken)?.id).toBe(khanh.id);
    await screenshot(page, `zalo-phone-too-old-${platform}`);

    // Back from the store (Zalo resumes the mini app): the same step, no error screen, and the
    // phone can be shared once Zalo knows how.
    await phone.host.emit(page, EVENT.AppResumed);
    await page.getByText("Bước 2/6", { exact: true }).waitFor();
    expect(await page.getByText(common.vi.app.screenFailed).count()).toBe(0);
    await expect.poll(() => page.getByRole("alert").innerText()).toMatch(/cập nhật Zalo/i);
    phone.host.reset(ACTION.phone);
    await page.waitForTimeout(1100); // zmp-sdk's own limit: 3 prompts a second
    await phoneButton(page).click();
    await page.getByText(`•••••••${khanh.phone.slice(-3)}`).waitFor();
    await expect.poll(() => page.getByRole("alert").count()).toBe(0);

    // zmp-sdk read Zalo's answer as a success: its log of bridge outcomes, sent on pausing,
    // has action.open.outapp with error 0 and the page's address without its query.
    await phone.host.close(page);
    const logged = phone.host
      .httpCalls(ZALO_URL.log)
      .flatMap((c) => JSON.parse(new URLSearchParams(c.body).get("data")!));
    const store = new URL(ZALO_STORE_PAGE[platform]);
    expect(logged).toContainEqual({
      action: ACTION.openOutApp,
      error: 0,
      message: "Success",
      data: { url: `${store.origin}${store.pathname}` },
    });
    await phone.close();
  });

  it("a prompt Zalo never answers ends with a way forward, not an endless spinner", async () => {
    const { phone, page } = await atPhoneStep(platform);
    await phone.host.context.clock.install();
    phone.host.on(ACTION.phone, reply.never());
    await phoneButton(page).click();
    // The person may take a while at Zalo's own prompt; a phone token lives 2 minutes anyway.
    await phone.host.context.clock.fastForward("02:01");
    await page.getByRole("alert").waitFor();
    await expect.poll(() => page.locator(".zaui-btn-loading").count()).toBe(0);
    await screenshot(page, `zalo-phone-unanswered-${platform}`);
    await phone.close();
  });

  it("a login Zalo never answers says so within 15 s, and “Thử lại” signs in once Zalo answers", async () => {
    const phone = await stack.phone("khanh", platform);
    await phone.host.context.clock.install();
    phone.host.on(ACTION.login, reply.never());
    const page = await phone.open();
    await page.getByText("Đang đăng nhập bằng Zalo…").waitFor();
    await phone.host.context.clock.fastForward("00:15");
    await page.getByText("Chưa đăng nhập được").waitFor();
    await screenshot(page, `zalo-login-unanswered-${platform}`);

    // zmp-sdk stays "logging in" for the page's life once a jump.login went unanswered (or
    // failed): common/token.js jump() never leaves the DOING state, so the retry has to start a
    // fresh SDK (reload the mini app) for the new, answered login to count.
    phone.host.reset(ACTION.login);
    await button(page, "Thử lại").click();
    await page.getByText(`Xin chào, ${khanh.name}`, { exact: true }).waitFor();
    await phone.close();
  });

  it("a login Zalo refuses says so, and “Thử lại” signs in once Zalo answers", async () => {
    const phone = await stack.phone("khanh", platform);
    phone.host.on(ACTION.login, reply.fail(-1, "jump error"));
    const page = await phone.open();
    await page.getByText("Chưa đăng nhập được").waitFor({ timeout: 15_000 });
    phone.host.reset(ACTION.login);
    // A refusal is not retried as it was: the way forward is to sign in again.
    await button(page, /^(Thử lại|Đăng nhập lại)$/)
      .first()
      .click();
    await page.getByText(`Xin chào, ${khanh.name}`, { exact: true }).waitFor();
    await phone.close();
  });

  it("a Zalo too old for nativeStorage (-1404) still signs the person in", async () => {
    // apis/native-storage/*.js: isAPISupport(757, 625) — Android codes before the 24112000 format
    // count modulo 10000 (12100705 → 705). The API opens the session; only the storage refuses.
    const phone = await stack.phone("khanh", platform, { zaloVersion: platform === "iOS" ? 600 : 12100705 });
    const page = await phone.open();
    await page.getByText(`Xin chào, ${khanh.name}`, { exact: true }).waitFor();
    await phone.close();
  });

  it("Zalo's token endpoint out of reach says that Zalo could not be reached, and “Thử lại” works", async () => {
    const phone = await stack.phone("khanh", platform);
    phone.host.onHttp("accessToken", "abort");
    const page = await phone.open();
    await page.getByText("Chưa kết nối được với Zalo. Hãy kiểm tra mạng rồi thử lại.").waitFor();
    expect(phone.host.httpCalls(ZALO_URL.accessToken).at(-1)?.outcome).toBe("aborted");
    phone.host.onHttp("accessToken", null);
    await button(page, "Thử lại").click();
    await page.getByText(`Xin chào, ${khanh.name}`, { exact: true }).waitFor();
    await phone.close();
  });
});
