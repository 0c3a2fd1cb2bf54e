import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountApps, accountOas, accounts } from "../../server/db/schema";
import { screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

/** Waits for step `n` with its heading, once zmp-ui has removed the screen sliding away. */
async function onStep(page: Page, n: number, heading: string) {
  await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
  await page.getByText(`Bước ${n}/6`, { exact: true }).waitFor();
}

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });
const agreement = (page: Page) =>
  page.getByRole("checkbox", { name: "Tôi đã đọc và đồng ý với Điều khoản & quy định" });

async function accountsOf(personId: string) {
  return e2e.database.db.select().from(accounts).where(eq(accounts.superAdminId, personId));
}

describe("creating a ZCA (Flow A)", () => {
  it("An walks all six steps, survives a lost response, and ends on her new ZCA", async () => {
    const { page, context } = await e2e.open("?as=an");
    await button(page, "Tạo tài khoản Zalo Cloud Account").click();

    await onStep(page, 1, "Zalo Cloud Account dùng để làm gì?");
    await page.getByText("Gửi Tin chủ động đến người quan tâm OA").waitFor();
    await screenshot(page, "create-1-start");
    await button(page, "Bắt đầu").click();

    await onStep(page, 2, "Đăng nhập và đặt tên");
    await page.getByText("Nguyễn Văn An").waitFor();
    const name = page.getByRole("textbox", { name: "Tên tài khoản ZCA" });
    await name.fill("<b>");
    await button(page, "Tiếp tục").click();
    await page
      .getByRole("alert")
      .getByText(/Hãy bỏ các ký tự/)
      .waitFor();
    await screenshot(page, "create-2-name-invalid");
    await name.fill("Công ty TNHH Cà phê Sáng");
    await screenshot(page, "create-2-name");
    await button(page, "Tiếp tục").click();

    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    const studio = page.getByRole("button", { name: /^An Nhiên Studio/ });
    await studio.getByText("OA phải xác thực mới có thể kết nối").waitFor();
    expect(await studio.getAttribute("aria-disabled")).toBe("true");
    expect(await button(page, "Tiếp tục").isDisabled()).toBe(true);
    await page.getByRole("button", { name: /^Cà phê Sáng/ }).click();
    await screenshot(page, "create-3-oa");
    await button(page, "Tiếp tục").click();

    await onStep(page, 4, "Kết nối ứng dụng");
    await page.getByText("Chưa chọn ứng dụng: bấm “Tiếp tục” để bỏ qua bước này.").waitFor();
    await button(page, "Tạo ứng dụng").click();
    await page.getByText("Bạn chọn: tạo ứng dụng mới “Công ty TNHH Cà phê Sáng”.").waitFor();
    await screenshot(page, "create-4-app");
    await button(page, "Tiếp tục").click();

    await onStep(page, 5, "Điều khoản & quy định");
    await page.getByRole("heading", { name: "Điều khoản & quy định sử dụng Zalo Cloud Account" }).waitFor();
    expect(await button(page, "Hoàn thành").isDisabled()).toBe(true);
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
    expect(await agreement(page).isChecked()).toBe(true);
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

    await button(page, "Mở tài khoản ZCA").click();
    await page.getByText("Số dư", { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/accounts/${created[0]!.id}$`));
    await screenshot(page, "create-7-new-zca");
    await context.close();
  });

  it("takes Bình, whose phone owns a ZCA, to it with the sentence why (R1)", async () => {
    const { page, context } = await e2e.open("create?as=binh");
    await page.getByText(/mỗi số điện thoại chỉ sở hữu một ZCA/).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/accounts\/zca-binh-minh$/);
    expect(await button(page, "Bắt đầu").count()).toBe(0);
    await screenshot(page, "create-r1-binh");
    await context.close();
  });

  it("resumes Dũng's draft after reopening and reloading on step 4, with his name and OA", async () => {
    const { page, context } = await e2e.open("create?as=dung");
    await button(page, "Bắt đầu").click();
    await onStep(page, 2, "Đăng nhập và đặt tên");
    await page.getByRole("textbox", { name: "Tên tài khoản ZCA" }).fill("Hộ kinh doanh Phạm Dũng");
    await button(page, "Tiếp tục").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    await page.getByRole("button", { name: /^Tiệm bánh An Nhiên/ }).click();
    await button(page, "Tiếp tục").click();
    await onStep(page, 4, "Kết nối ứng dụng");

    // Reopening the mini app starts at home; "Tạo tài khoản" goes back to where Dũng left.
    await page.goto(e2e.url);
    await button(page, "Tạo tài khoản Zalo Cloud Account").click();
    await onStep(page, 4, "Kết nối ứng dụng");
    await page.reload();
    await onStep(page, 4, "Kết nối ứng dụng");
    await page.getByText(/hệ thống tạo một ứng dụng mang tên ZCA: “Hộ kinh doanh Phạm Dũng”/).waitFor();
    await screenshot(page, "create-reload-step4");

    await button(page, "Quay lại").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    expect(await page.getByRole("button", { name: /^Tiệm bánh An Nhiên/ }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await button(page, "Tiếp tục").click();
    await onStep(page, 4, "Kết nối ứng dụng");
    await button(page, "Tiếp tục").click();
    await onStep(page, 5, "Điều khoản & quy định");
    await agreement(page).check();
    await button(page, "Hoàn thành").click();
    await onStep(page, 6, "Đã tạo Zalo Cloud Account");
    await page.getByText("Chưa kết nối ứng dụng").waitFor();

    const created = await accountsOf("dung");
    expect(created.map((a) => a.name)).toEqual(["Hộ kinh doanh Phạm Dũng"]);
    await context.close();
  });

  it("shows Châu, who administers no OA, what to do instead of an empty list", async () => {
    const { page, context } = await e2e.open("create?as=chau");
    await button(page, "Bắt đầu").click();
    await onStep(page, 2, "Đăng nhập và đặt tên");
    await page.getByRole("textbox", { name: "Tên tài khoản ZCA" }).fill("Cửa hàng Minh Châu");
    await button(page, "Tiếp tục").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    await page.getByRole("heading", { name: "Bạn chưa là admin của OA nào" }).waitFor();
    await page.getByText(/Nhờ admin của OA doanh nghiệp cấp quyền admin cho tài khoản Zalo/).waitFor();
    await button(page, "Thêm OA từ Zalo").waitFor();
    await button(page, "Tải lại danh sách OA").waitFor();
    expect(await button(page, "Tiếp tục").count()).toBe(0);
    await screenshot(page, "create-chau-no-oa");
    await context.close();
  });
});
