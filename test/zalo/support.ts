import { readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { ZALO_WWW } from "../zalo-host/build";
import { ACTION, EVENT, MP_HOST, MP_PATH } from "../zalo-host/sdk";
import { APP_ID, SCREENSHOTS, type Phone } from "../zalo-host/stack";

export const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });
export const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** Waits for create step `n` with its heading, once zmp-ui has removed the screen sliding away. */
export async function onStep(page: Page, n: number, heading: string): Promise<void> {
  await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
  await page.getByText(`Bước ${n}/6`, { exact: true }).waitFor();
}

/** The first two create steps: start, then share the phone when Zalo has not given it yet. */
export async function startCreating(page: Page): Promise<void> {
  await button(page, "Tạo tài khoản Zalo Cloud Account").click();
  await onStep(page, 1, "Zalo Cloud Account dùng để làm gì?");
  // One header, the app's, whose title stops before Zalo's "···" and close buttons.
  const header = page.locator(".zaui-header");
  expect(await header.evaluate((element) => getComputedStyle(element).paddingRight)).toBe("100px");
  await button(page, "Bắt đầu").click();
  await onStep(page, 2, "Đặt tên và nhập thông tin doanh nghiệp");
}

export const phoneButton = (page: Page, lang: "vi" | "en" = "vi") =>
  button(page, lang === "vi" ? "Chia sẻ số điện thoại" : "Share phone number");

/**
 * "Thêm OA từ Zalo" as a person does it inside Zalo: the app opens the API's link in a webview
 * (openWebview), which sets the grant's cookie in it and goes on to Zalo's permission page; the
 * person allows the app for `oaName`, Zalo sends them back to the API, which asks them to confirm
 * (the cookie must still be there), they close the webview, and Zalo tells the app (WebviewClosed).
 * The webview is a page of the phone's context: it shares the phone's cookies, as Zalo's does.
 */
export async function addOaFromZalo(phone: Phone, page: Page, label: string, oaName: string, shot?: string) {
  const opened = phone.host.calls(ACTION.openWebview).length;
  await button(page, label).click();
  await expect.poll(() => phone.host.calls(ACTION.openWebview).length).toBe(opened + 1);
  const { url } = phone.host.calls(ACTION.openWebview).at(-1)!.params as { url: string };
  const webview = await phone.host.context.newPage();
  await webview.goto(url);
  await webview.getByText(oaName, { exact: true }).waitFor();
  if (shot) await webview.screenshot({ path: `${SCREENSHOTS}/${shot}-permission.png` });
  await webview
    .getByRole("listitem")
    .filter({ hasText: oaName })
    .getByRole("link", { name: /^(Cho phép|Allow)$/ })
    .click();
  await webview.waitForURL(/\/api\/oa-grants\/callback/);
  const confirm = webview.getByRole("button", { name: /^(Xác nhận|Confirm)$/ });
  await confirm.waitFor();
  if (shot) await webview.screenshot({ path: `${SCREENSHOTS}/${shot}-confirm.png` });
  await confirm.click();
  await webview.waitForURL(/\/api\/oa-grants\/confirm/);
  await webview.getByRole("button").waitFor();
  if (shot) await webview.screenshot({ path: `${SCREENSHOTS}/${shot}-callback.png` });
  await webview.close();
  await phone.host.emit(page, EVENT.WebviewClosed);
  await page.getByText(new RegExp(`^(Đã thêm OA|The OA) “${oaName}”`)).waitFor();
}

/**
 * The zmp-sdk APIs the app itself loaded (src/platform/sdk.ts, its lazy chunk in the build), for
 * tests that call them directly: `await import(sdkUrl)` in the page gives the same instance.
 */
export const sdkUrl = (() => {
  const chunk = readdirSync(`${ZALO_WWW}/assets`).find((f) => /^sdk\.[\w-]+\.module\.js$/.test(f));
  return `https://${MP_HOST}${MP_PATH}/${APP_ID}/assets/${chunk}`;
})();

/** Resolves with what an SDK call did: its value, or the error the app would catch. */
export type Settled = { ok: true; value: unknown } | { ok: false; code: unknown; message: unknown };
