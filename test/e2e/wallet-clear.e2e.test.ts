// What an owner notices on the wallet's screens at 390×844, in both languages: a tap that lands
// where it was aimed, snackbars that leave the primary action free, and the VietQR code kept as a
// photo for a banking app on the same phone.
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strings as notificationStrings } from "../../src/features/notifications/strings";
import { strings } from "../../src/features/wallet/strings";
import { screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const LANGS = ["vi", "en"] as const;
type Lang = (typeof LANGS)[number];

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });
const settled = (page: Page) => expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not on screen");
  return found;
}
type Box = Awaited<ReturnType<typeof box>>;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Bình on the top-up form, in `lang`. */
async function openTopup(lang: Lang) {
  const w = strings[lang];
  const { page, context } = await e2e.open(`?as=binh&lang=${lang}`, (c) =>
    c.grantPermissions(["clipboard-read", "clipboard-write"], { origin: e2e.url }),
  );
  await button(page, w.topup.title).click();
  const amount = page.getByRole("textbox", { name: w.topup.amount });
  await amount.waitFor();
  await settled(page);
  return { page, context, amount };
}

/** From the top-up form: a transfer of 500.000 đ, on its screen. */
async function openTransfer(lang: Lang) {
  const w = strings[lang];
  const opened = await openTopup(lang);
  const { page, amount } = opened;
  await amount.fill("500000");
  await page.getByRole("radio", { name: new RegExp(`^${w.topup.methods.bank_transfer.name}`) }).check();
  await button(page, w.topup.seeTransfer).click();
  await page.getByRole("img", { name: /VietQR/ }).waitFor();
  await settled(page);
  return opened;
}

describe.each(LANGS)("the wallet, clear to use, in %s", (lang) => {
  const w = strings[lang];

  it("one tap on “Chuyển khoản nhanh” after an amount over the online limit chooses it", async () => {
    const { page, context, amount } = await openTopup(lang);
    await amount.pressSequentially("250000001");
    await expect.poll(() => amount.inputValue()).toBe(lang === "vi" ? "250.000.001" : "250,000,001");
    // One real mouse click, the field still focused: its press leaves the field.
    const transfer = page.getByRole("radio", { name: new RegExp(`^${w.topup.methods.bank_transfer.name}`) });
    await transfer.click();
    await expect.poll(() => transfer.isChecked()).toBe(true);
    await button(page, w.topup.seeTransfer).click();
    await page.getByRole("img", { name: /VietQR/ }).waitFor();
    await context.close();
  });

  it("says the amount is over the online limit once the field is left", async () => {
    const { page, context, amount } = await openTopup(lang);
    await amount.pressSequentially("250000001");
    await page.keyboard.press("Tab");
    const error = page.getByText(w.topup.methods.bank_transfer.name, { exact: false }).first();
    await error.waitFor();
    await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, `wallet-clear-${lang}-topup-over-limit`);
    await context.close();
  });

  it("a snackbar on the transfer screen stays clear of “Tôi đã chuyển khoản”", async () => {
    const { page, context } = await openTransfer(lang);
    await page.getByRole("button", { name: w.transfer.copyWhat(w.transfer.accountNumber) }).click();
    const snackbar = page.locator(".zaui-snackbar-bottom-visible");
    await snackbar.getByText(w.transfer.copied(w.transfer.accountNumber)).waitFor();
    const done = button(page, w.transfer.done);
    const simulate = button(page, w.transfer.simulate);
    for (const action of [done, simulate])
      expect(overlap(await box(snackbar), await box(action))).toBe(false);
    expect((await box(snackbar)).y).toBeGreaterThan(0);
    await screenshot(page, `wallet-clear-${lang}-transfer-snackbar`);
    await context.close();
  });

  it("“Lưu mã QR” downloads the code's PNG in a browser and says so", async () => {
    const { page, context } = await openTransfer(lang);
    const save = button(page, w.transfer.saveQr);
    await save.scrollIntoViewIfNeeded();
    await screenshot(page, `wallet-clear-${lang}-transfer-save-share`);
    const [download] = await Promise.all([page.waitForEvent("download"), save.click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = await readFile((await download.path())!);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    await page.getByRole("status").filter({ hasText: w.transfer.saved.downloaded }).waitFor();
    await button(page, w.transfer.shareQr).click();
    await page.getByRole("status").filter({ hasText: w.transfer.shared.unavailable }).waitFor();
    await screenshot(page, `wallet-clear-${lang}-transfer-share-unavailable`);
    await context.close();
  });

  it("the notifications' “Lưu” snackbar stays clear of the button", async () => {
    const n = notificationStrings[lang].settings;
    const { page, context } = await e2e.open(`?as=binh&lang=${lang}`);
    await page.goto(
      new URL(`accounts/zca-binh-minh/settings/notifications?as=binh&lang=${lang}`, e2e.url).toString(),
    );
    const threshold = page.getByRole("textbox", { name: n.threshold });
    await threshold.fill(lang === "vi" ? "2.000.000" : "2,000,000");
    const save = button(page, n.save);
    await save.click();
    const snackbar = page.locator(".zaui-snackbar-bottom-visible");
    await snackbar.getByText(n.saved).waitFor();
    expect(overlap(await box(snackbar), await box(save))).toBe(false);
    await page.goto(
      new URL(`accounts/zca-binh-minh/wallet/history?as=binh&lang=${lang}`, e2e.url).toString(),
    );
    await page.getByRole("list", { name: w.history.title }).getByRole("listitem").first().waitFor();
    await screenshot(page, `wallet-clear-${lang}-history`);
    await context.close();
  });
});
