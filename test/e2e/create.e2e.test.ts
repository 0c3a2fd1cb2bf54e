import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountApps, accountBusiness, accountOas, accounts, apps } from "../../server/db/schema";
import type { Lang } from "../../src/domain/languages";
import { strings as create } from "../../src/features/onboarding/strings";
import { businessStrings } from "../../src/i18n/business-strings";
import { businessOf, detailBox, fillBusiness } from "./support/business";
import { screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

/** Waits for step `n` with its heading, once zmp-ui has removed the screen sliding away: one screen, one h1. */
async function onStep(page: Page, n: number, heading: string) {
  await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
  await page.getByText(`Bước ${n}/6`, { exact: true }).waitFor();
}

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });
const agreement = (page: Page) =>
  page.getByRole("checkbox", { name: "Tôi đã đọc và đồng ý với Điều khoản & quy định" });

async function accountsOf(personId: string) {
  return e2e.database.db.select().from(accounts).where(eq(accounts.superAdminId, personId));
}

const STEP_2 = create.vi.name.heading;
const APP_ID = "3471892056612345678";
const CHAU_BUSINESS = businessOf("Cửa hàng Minh Châu", "0399000039", {
  representative: "Lê Minh Châu",
  phone: "0901 000 003",
});
const nameBox = (page: Page, lang: Lang = "vi") =>
  page.getByRole("textbox", { name: create[lang].name.label, exact: true });
/** The problem said beside a field: the alert its input is described by. */
async function problemBeside(page: Page, input: ReturnType<Page["getByRole"]>): Promise<string | null> {
  const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
  for (const id of ids) {
    const alert = page.locator(`[id="${id}"][role="alert"]`);
    if ((await alert.count()) > 0) return alert.textContent();
  }
  return null;
}

describe("creating a ZCA (Flow A)", () => {
  it("An walks all six steps, survives a lost response, and ends on her new ZCA", async () => {
    const { page, context } = await e2e.open("?as=an");
    await button(page, "Tạo tài khoản Zalo Cloud Account").click();

    await onStep(page, 1, "Zalo Cloud Account dùng để làm gì?");
    await page.getByText("Gửi Tin chủ động đến người quan tâm OA").waitFor();
    await screenshot(page, "create-1-start");
    await button(page, "Bắt đầu").click();

    await onStep(page, 2, STEP_2);
    await page.getByText("Nguyễn Văn An").waitFor();
    // An types his company's name as he writes it, with its diacritics.
    await nameBox(page).fill("Công ty TNHH Cà phê Sáng");
    await detailBox(page, "companyName").focus();
    await expect.poll(() => problemBeside(page, nameBox(page))).toBe("Tên ZCA phải viết không dấu.");
    await screenshot(page, "create-2-name-diacritics");
    await button(page, "Dùng tên không dấu “Cong ty TNHH Ca phe Sang”").click();
    await expect.poll(() => nameBox(page).inputValue()).toBe("Cong ty TNHH Ca phe Sang");
    await expect.poll(() => problemBeside(page, nameBox(page))).toBeNull();

    // His details, with one digit of the tax code mistyped: the field says so once he leaves it.
    await fillBusiness(page, businessOf("Công ty TNHH Cà phê Sáng", "0399000015"));
    await detailBox(page, "email").focus();
    await expect
      .poll(() => problemBeside(page, detailBox(page, "taxCode")))
      .toMatch(/^Chữ số kiểm tra không khớp/);
    await detailBox(page, "taxCode").fill("0399000014");
    await expect.poll(() => problemBeside(page, detailBox(page, "taxCode"))).toBeNull();
    await button(page, "Tiếp tục").click();

    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    const studio = page.getByRole("radio", { name: /^An Nhiên Studio.*OA phải xác thực mới có thể kết nối/ });
    await expect.poll(() => studio.isDisabled()).toBe(true);
    expect(await button(page, "Tiếp tục").isDisabled()).toBe(true);
    await page.getByRole("radio", { name: /^Cà phê Sáng/ }).check();
    await screenshot(page, "create-3-oa");
    await button(page, "Tiếp tục").click();

    await onStep(page, 4, "Kết nối ứng dụng");
    await page.getByText("Chưa chọn ứng dụng: bấm “Tiếp tục” để bỏ qua bước này.").waitFor();
    await page.getByRole("radio", { name: "Tạo ứng dụng mới" }).check();
    await page.getByText("Bạn chọn: tạo ứng dụng mới “Cong ty TNHH Ca phe Sang”.").waitFor();
    await screenshot(page, "create-4-app");
    await button(page, "Tiếp tục").click();

    await onStep(page, 5, "Điều khoản & quy định");
    await page.getByRole("heading", { name: "Điều khoản & quy định sử dụng Zalo Cloud Account" }).waitFor();
    expect(await button(page, "Hoàn thành").isDisabled()).toBe(true);
    const summary = page.getByRole("region", { name: "Bạn sắp tạo" });
    await summary.getByText("Không thể đổi sau khi tạo").waitFor();
    await summary.getByText("0399000014").waitFor();
    await screenshot(page, "create-5-terms");
    await agreement(page).check();

    // The first answer never arrives, though the server did create the ZCA.
    let lost = false;
    await page.route("**/api/accounts", async (route) => {
      if (route.request().method() !== "POST" || lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await button(page, "Hoàn thành").click();
    await page.getByText(/Không kết nối được máy chủ/).waitFor();
    await expect.poll(() => agreement(page).isChecked()).toBe(true);
    await screenshot(page, "create-5-terms-retry");
    await button(page, "Thử lại").click();

    await onStep(page, 6, "Đã tạo Zalo Cloud Account");
    await page
      .getByRole("definition")
      .filter({ hasText: /^Cà phê Sáng$/ })
      .waitFor();
    await screenshot(page, "create-6-done");

    const created = await accountsOf("an");
    expect(created).toHaveLength(1);
    const [oa] = await e2e.database.db
      .select()
      .from(accountOas)
      .where(eq(accountOas.accountId, created[0]!.id));
    expect(oa?.oaId).toBe("oa-sang-coffee");
    expect(await e2e.database.db.$count(accountApps, eq(accountApps.accountId, created[0]!.id))).toBe(1);
    expect(created[0]!.name).toBe("Cong ty TNHH Ca phe Sang");
    const [business] = await e2e.database.db
      .select()
      .from(accountBusiness)
      .where(eq(accountBusiness.accountId, created[0]!.id));
    expect(business).toMatchObject({
      companyName: "Công ty TNHH Cà phê Sáng",
      taxCode: "0399000014",
      phone: "+84901000001",
    });

    await button(page, "Mở tài khoản ZCA").click();
    await page.getByText("Số dư", { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/accounts/${created[0]!.id}$`));
    await screenshot(page, "create-7-new-zca");

    // Cài đặt → Thông tin tài khoản: the name that cannot change, and the business's details.
    await button(page, "Cài đặt").click();
    await page.getByRole("heading", { name: "Thông tin tài khoản" }).waitFor();
    const details = page.getByRole("region", { name: "Thông tin doanh nghiệp" });
    await details.getByText("Công ty TNHH Cà phê Sáng").waitFor();
    await details.getByText("0901 000 001").waitFor();
    await details.getByText("0399000014").waitFor();
    await screenshot(page, "create-8-settings");

    // The Super Admin corrects the contact email; the name is not offered.
    await button(page, "Sửa thông tin doanh nghiệp").click();
    await page.getByText(/Tên ZCA “Cong ty TNHH Ca phe Sang” không thể thay đổi/).waitFor();
    await screenshot(page, "create-9-edit-business");
    await detailBox(page, "email").fill("ketoan@caphesang.example");
    await button(page, "Lưu thông tin").click();
    await page.getByRole("status").getByText("Đã lưu thông tin doanh nghiệp.").waitFor();
    await details.getByText("ketoan@caphesang.example").waitFor();
    await screenshot(page, "create-9-edit-saved");
    const [edited] = await e2e.database.db
      .select()
      .from(accountBusiness)
      .where(eq(accountBusiness.accountId, created[0]!.id));
    expect(edited?.email).toBe("ketoan@caphesang.example");
    await context.close();
  });

  it.each(["vi", "en"] as const)(
    "shows step 2 in %s empty, with every problem beside its field, and filled",
    async (lang) => {
      const t = create[lang];
      const { page, context } = await e2e.open(`create/name?as=chau&lang=${lang}`);
      await page.getByRole("heading", { name: t.name.heading, exact: true }).waitFor();
      await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
      await page.getByText(t.stepOf(2, 6), { exact: true }).waitFor();
      const details = page.getByRole("region", { name: businessStrings[lang].title });
      await screenshot(page, `create-2-${lang}-empty`);
      await details.scrollIntoViewIfNeeded();
      await screenshot(page, `create-2-${lang}-empty-details`);

      await button(page, t.next).click();
      await expect.poll(() => problemBeside(page, nameBox(page, lang))).toBe(t.name.problems.required);
      await expect.poll(() => page.getByRole("alert").count()).toBe(6); // the name and five details (the phone is Châu's)
      await screenshot(page, `create-2-${lang}-errors`);
      await details.scrollIntoViewIfNeeded();
      await screenshot(page, `create-2-${lang}-errors-details`);

      await nameBox(page, lang).fill("Cửa hàng Minh Châu & Co");
      await detailBox(page, "companyName", lang).focus();
      await nameBox(page, lang).evaluate((input) => input.scrollIntoView({ block: "center" }));
      await screenshot(page, `create-2-${lang}-name-suggestion`);
      await button(page, t.name.suggest("Cua hang Minh Chau & Co")).click();
      await expect
        .poll(() => problemBeside(page, nameBox(page, lang)))
        .toBe(`${t.name.problems.special_characters} ${t.name.remove(["&"])}`);
      await screenshot(page, `create-2-${lang}-name-special`);
      await nameBox(page, lang).fill("Cua hang Minh Chau");
      await fillBusiness(page, CHAU_BUSINESS, lang);
      await expect.poll(() => page.getByRole("alert").count()).toBe(0);
      await screenshot(page, `create-2-${lang}-filled`);
      await details.scrollIntoViewIfNeeded();
      await screenshot(page, `create-2-${lang}-filled-details`);
      // The whole step at once, to read it as a reviewer would.
      await page.setViewportSize({ width: 390, height: 2000 });
      await screenshot(page, `create-2-${lang}-filled-full`);
      await context.close();
    },
  );

  it("takes Bình, whose phone owns a ZCA, to it with the sentence why (R1)", async () => {
    const { page, context } = await e2e.open("create?as=binh");
    await page.getByText(/mỗi số điện thoại chỉ sở hữu một ZCA/).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/accounts\/zca-binh-minh$/);
    expect(await button(page, "Bắt đầu").count()).toBe(0);
    await screenshot(page, "create-r1-binh");
    await context.close();
  });

  it("resumes Dũng's draft after reopening and reloading on step 4, where he declares his app by its App ID", async () => {
    const { page, context } = await e2e.open("create?as=dung");
    await button(page, "Bắt đầu").click();
    await onStep(page, 2, STEP_2);
    await nameBox(page).fill("Pham Dung Bakery");
    await fillBusiness(
      page,
      businessOf("Công ty TNHH Bánh Phạm Dũng", "0399000021", {
        representative: "Phạm Văn Dũng",
        phone: "0901 000 004",
      }),
    );
    await button(page, "Tiếp tục").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    await page.getByRole("radio", { name: /^Tiệm bánh An Nhiên/ }).check();
    await button(page, "Tiếp tục").click();
    await onStep(page, 4, "Kết nối ứng dụng");

    // Reopening the mini app starts at home; "Tạo tài khoản" goes back to where Dũng left.
    await page.goto(e2e.url);
    await button(page, "Tạo tài khoản Zalo Cloud Account").click();
    await onStep(page, 4, "Kết nối ứng dụng");
    await page.reload();
    await onStep(page, 4, "Kết nối ứng dụng");
    await page.getByText(/hệ thống tạo một ứng dụng mang tên ZCA: “Pham Dung Bakery”/).waitFor();
    await screenshot(page, "create-reload-step4");

    await button(page, "Quay lại").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    await expect.poll(() => page.getByRole("radio", { name: /^Tiệm bánh An Nhiên/ }).isChecked()).toBe(true);
    await button(page, "Tiếp tục").click();
    await onStep(page, 4, "Kết nối ứng dụng");

    // Dũng's app is in no list Zalo gives us: he connects it by its App ID, on his word.
    const appIdBox = () => page.getByRole("textbox", { name: "App ID", exact: true }).last();
    await appIdBox().fill("3471-8920");
    await button(page, "Tiếp tục").click();
    await expect
      .poll(() => problemBeside(page, appIdBox()))
      .toBe("App ID chỉ gồm chữ số. Hãy sao chép đúng App ID từ developers.zalo.me.");
    await onStep(page, 4, "Kết nối ứng dụng");
    await screenshot(page, "create-declare-vi-problem");
    await appIdBox().fill("3471 8920 5661 2345 678");
    await page.getByText(`Bạn chọn: kết nối ứng dụng có App ID ${APP_ID} (bạn khai báo).`).waitFor();
    await screenshot(page, "create-declare-vi-step4");

    // The same step in English after a reload: what he typed is kept.
    await page.goto(new URL("create/app?lang=en", e2e.url).toString());
    await page.getByRole("heading", { name: create.en.app.heading, exact: true }).waitFor();
    await expect.poll(() => appIdBox().inputValue()).toBe("3471 8920 5661 2345 678");
    await page.getByText(create.en.app.choice.declare(APP_ID)).waitFor();
    await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
    await screenshot(page, "create-declare-en-step4");
    await button(page, "Continue").click();
    await page.getByRole("heading", { name: create.en.terms.heading, exact: true }).waitFor();
    await page
      .getByRole("definition")
      .filter({ hasText: `App ID ${APP_ID} (declared by you)` })
      .waitFor();
    await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
    await screenshot(page, "create-declare-en-terms");

    await page.goto(new URL("create/terms?lang=vi", e2e.url).toString());
    await onStep(page, 5, "Điều khoản & quy định");
    await page
      .getByRole("definition")
      .filter({ hasText: `App ID ${APP_ID} (bạn khai báo)` })
      .waitFor();
    await screenshot(page, "create-declare-vi-terms");
    await agreement(page).check();
    await button(page, "Hoàn thành").click();
    await onStep(page, 6, "Đã tạo Zalo Cloud Account");
    await page
      .getByRole("definition")
      .filter({ hasText: `App ID ${APP_ID} (bạn khai báo)` })
      .waitFor();
    await screenshot(page, "create-declare-vi-done");

    const created = await accountsOf("dung");
    expect(created.map((a) => a.name)).toEqual(["Pham Dung Bakery"]);
    const [app] = await e2e.database.db.select().from(apps).where(eq(apps.id, APP_ID));
    expect(app).toMatchObject({ name: `App ID ${APP_ID}`, declaredBy: "dung" });
    expect(
      (await e2e.database.db.select().from(accountApps).where(eq(accountApps.appId, APP_ID)))[0]?.accountId,
    ).toBe(created[0]!.id);

    // Liên kết ứng dụng says who declared it, so nobody takes it for an app Zalo confirmed.
    for (const [lang, sentence] of [
      ["vi", "Khai báo bởi Phạm Văn Dũng, chưa được Zalo xác nhận"],
      ["en", "Declared by Phạm Văn Dũng, not confirmed by Zalo"],
    ] as const) {
      await page.goto(new URL(`accounts/${created[0]!.id}/assets/apps?lang=${lang}`, e2e.url).toString());
      await page.getByText(sentence).waitFor();
      await appIdBox().waitFor();
      await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
      await screenshot(page, `apps-declared-${lang}`);
    }
    await context.close();
  });

  it("shows Châu, who administers no OA, what to do instead of an empty list", async () => {
    const { page, context } = await e2e.open("create?as=chau");
    await button(page, "Bắt đầu").click();
    await onStep(page, 2, STEP_2);
    await nameBox(page).fill("Cua hang Minh Chau");
    await fillBusiness(page, CHAU_BUSINESS);
    await button(page, "Tiếp tục").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    await page.getByRole("heading", { name: "Bạn chưa là quản trị viên của OA nào" }).waitFor();
    await page
      .getByText(/Nhờ quản trị viên của OA doanh nghiệp thêm tài khoản Zalo của bạn làm quản trị viên/)
      .waitFor();
    await button(page, "Thêm OA từ Zalo").waitFor();
    await button(page, "Tải lại danh sách OA").waitFor();
    expect(await button(page, "Tiếp tục").count()).toBe(0);
    await screenshot(page, "create-chau-no-oa");
    await context.close();
  });
});
