import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PHONE_CONTEXT } from "../../scripts/chromium";
import { businessOf, fillBusiness } from "./support/business";
import { screenshot, startE2e, type E2e } from "./support/harness";

// "Thêm OA từ Zalo" in dev mode: the same path as in production, with the local stand-in playing
// Zalo's permission page, code exchange and OA API.
let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });

/**
 * Taps the button, and is the person in the page that opens: our link sends them on to Zalo's
 * permission page, where they allow `oaName`; Zalo sends them back to the API, which asks them to
 * confirm. Both pages speak the grant's language, the one the app speaks.
 */
async function authorizeOnZalo(
  context: BrowserContext,
  page: Page,
  label: string,
  oaName: string,
  shot: string,
  lang: "vi" | "en" = "vi",
) {
  const { allow, confirm } =
    lang === "vi" ? { allow: "Cho phép", confirm: "Xác nhận" } : { allow: "Allow", confirm: "Confirm" };
  const [zalo] = await Promise.all([context.waitForEvent("page"), button(page, label).click()]);
  await zalo.waitForLoadState();
  await zalo.getByText(oaName).waitFor();
  expect(await zalo.evaluate(() => document.documentElement.lang)).toBe(lang);
  await zalo.screenshot({ path: `test/e2e/screenshots/${shot}-permission.png` });
  await zalo.getByRole("listitem").filter({ hasText: oaName }).getByRole("link", { name: allow }).click();
  await zalo.waitForURL(/\/api\/oa-grants\/callback/);
  await zalo.getByRole("button", { name: confirm }).waitFor();
  await zalo.screenshot({ path: `test/e2e/screenshots/${shot}-confirm.png` });
  await zalo.getByRole("button", { name: confirm }).click();
  await zalo.waitForURL(/\/api\/oa-grants\/confirm/);
  await zalo.screenshot({ path: `test/e2e/screenshots/${shot}-callback.png` });
  return zalo;
}

describe("adding an OA from Zalo", () => {
  it("lets Châu, who administers no OA here, add hers on step 3 and choose it", async () => {
    const { page, context } = await e2e.open("?as=chau");
    await button(page, "Tạo tài khoản Zalo Cloud Account").click();
    await button(page, "Bắt đầu").click();
    await page.getByRole("textbox", { name: "Tên tài khoản ZCA" }).fill("Hoa tuoi Minh Chau");
    await fillBusiness(page, businessOf("Hộ kinh doanh Hoa tươi Minh Châu", "0399000039"));
    await button(page, "Tiếp tục").click();
    await page.getByRole("heading", { name: "Bạn chưa là quản trị viên của OA nào" }).waitFor();
    await screenshot(page, "grant-1-none");

    const zalo = await authorizeOnZalo(context, page, "Thêm OA từ Zalo", "Hoa tươi Minh Châu", "grant-vi");
    await zalo.getByText("Đã thêm OA “Hoa tươi Minh Châu” vào danh sách OA của bạn.").waitFor();
    await zalo.close();

    // The OA she has just added is chosen for her.
    const added = page.getByRole("radio", { name: /^Hoa tươi Minh Châu/ });
    await added.waitFor();
    await page.getByText("Đã thêm OA “Hoa tươi Minh Châu”.").waitFor();
    await expect.poll(() => added.isChecked()).toBe(true);
    await screenshot(page, "grant-2-added");
    await expect.poll(() => button(page, "Tiếp tục").isDisabled()).toBe(false);
    await context.close();
  });

  it("lets Bình add an OA in English from Liên kết OA, showing why Zalo's record keeps it from linking", async () => {
    const { page, context } = await e2e.open("accounts/zca-binh-minh/assets/oas?as=binh&lang=en");
    await page.getByRole("heading", { name: "Link a new OA" }).waitFor();
    const zalo = await authorizeOnZalo(
      context,
      page,
      "Add an OA from Zalo",
      "Bình Minh Hair Salon",
      "grant-en",
      "en",
    );
    await zalo.getByText("The OA “Bình Minh Hair Salon” was added to your OAs.").waitFor();
    await zalo.close();

    const row = page.getByRole("listitem").filter({ hasText: "Bình Minh Hair Salon" });
    await row.getByText("Linked to another ZCA").waitFor();
    await screenshot(page, "grant-3-listed-en");
    expect(await row.getByRole("button").count()).toBe(0);
    await context.close();
  });

  it("says so when the person refuses on Zalo's page", async () => {
    const { page, context } = await e2e.open("accounts/zca-binh-minh/assets/oas?as=binh");
    await page.getByRole("heading", { name: "Liên kết OA mới" }).waitFor();
    const [zalo] = await Promise.all([context.waitForEvent("page"), button(page, "Thêm OA từ Zalo").click()]);
    await zalo.getByRole("link", { name: "Từ chối" }).click();
    await zalo.waitForURL(/\/api\/oa-grants\/callback/);
    await zalo.close();
    await page.getByText("Bạn chưa cho phép trên Zalo nên chưa có OA nào được thêm.").waitFor();
    await screenshot(page, "grant-4-refused");
    await context.close();
  });

  it("keeps the grant's cookie in the browser that opened the link: HttpOnly, Secure on http://localhost, scoped to the grant pages", async () => {
    const { page, context } = await e2e.open("accounts/zca-binh-minh/assets/oas?as=binh");
    await page.getByRole("heading", { name: "Liên kết OA mới" }).waitFor();
    const [zalo] = await Promise.all([context.waitForEvent("page"), button(page, "Thêm OA từ Zalo").click()]);
    await zalo.getByRole("link", { name: "Từ chối" }).waitFor();
    const [cookie, ...others] = await context.cookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({
      name: expect.stringMatching(/^zca_grant-/),
      domain: "localhost",
      path: "/api/oa-grants",
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
    });
    await context.close();
  });

  it("gives An's OA to nobody when Bình forwards Zalo's page to him, and tells An so in his language", async () => {
    const binh = await e2e.open("accounts/zca-binh-minh/assets/oas?as=binh");
    await binh.page.getByRole("heading", { name: "Liên kết OA mới" }).waitFor();
    const [permission] = await Promise.all([
      binh.context.waitForEvent("page"),
      button(binh.page, "Thêm OA từ Zalo").click(),
    ]);
    await permission.getByRole("link", { name: "Từ chối" }).waitFor();
    // Bình copies the address of Zalo's page and sends it to An, who is signed in to Zalo as
    // himself (the stand-in learns who is looking from dev_person) and reads English.
    const forwarded = new URL(permission.url());
    forwarded.searchParams.set("dev_person", "an");
    const an = await e2e.browser.newContext({ ...PHONE_CONTEXT, locale: "en-US" });
    const anPage = await an.newPage();
    await anPage.goto(forwarded.toString());
    await anPage
      .getByRole("listitem")
      .filter({ hasText: "Bánh mì An Nhiên" })
      .getByRole("link", { name: "Cho phép" })
      .click();
    await anPage.waitForURL(/\/api\/oa-grants\/callback/);
    await anPage.getByText("Someone else started this authorization link").waitFor();
    await anPage.getByText("no OA was given to anyone").waitFor();
    await anPage.screenshot({ path: "test/e2e/screenshots/grant-5-other-browser.png" });
    expect(await anPage.getByRole("button", { name: "Confirm" }).count()).toBe(0);
    await an.close();

    await permission.close();
    await binh.page
      .getByText(
        "Trang cấp quyền đã được mở trên một thiết bị hoặc trình duyệt khác nên không có OA nào được thêm.",
        {
          exact: false,
        },
      )
      .waitFor();
    await binh.page.reload();
    await binh.page.getByRole("heading", { name: "Liên kết OA mới" }).waitFor();
    expect(await binh.page.getByText("Bánh mì An Nhiên").count()).toBe(0);
    await binh.context.close();
  });
});
