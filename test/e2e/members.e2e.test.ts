import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, ROLES } from "../../src/domain/permissions";
import { screenSettled, screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const ACCOUNT = "Cong ty TNHH Binh Minh";
const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
// zmp-ui keeps the previous screen mounted while it slides away: act on the screen on top.
const top = (page: Page) => page.locator(".zaui-routes-item").last();

/** From a ZCA's home: "Cài đặt" → "Quản lý thành viên". */
async function openMembers(page: Page) {
  await page.getByRole("button", { name: "Cài đặt" }).click();
  await section(page, "Thông tin tài khoản").waitFor();
  await page.getByRole("button", { name: /^Quản lý thành viên/ }).click();
  await page.getByRole("heading", { name: /^Thành viên \(\d+\)$/ }).waitFor();
  await screenSettled(page);
}

describe("members of Bình's ZCA", () => {
  it("Bình adds Châu as Admin by her phone; Châu signs in and sees the ZCA with her role", async () => {
    const { page, context } = await e2e.open("?as=binh");
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await openMembers(page);
    const list = section(page, "Thành viên (3)");
    await list.getByRole("button", { name: /^Đỗ Thị Em/ }).waitFor();
    await list.getByText("Trần Thị Bình thêm ngày 20/05/2024").waitFor();
    await screenshot(page, "members-1-list");

    await page.getByRole("button", { name: "Thêm thành viên" }).click();
    await page.getByRole("textbox", { name: "Số điện thoại Zalo" }).fill("0901 000 003");
    await page.getByRole("radio", { name: "Quản trị viên" }).check();
    await page
      .getByText("Quản lý thành viên, liên kết tài sản (OA, ứng dụng)", { exact: false })
      .first()
      .waitFor();
    await screenshot(page, "members-2-add");
    await top(page).getByRole("button", { name: "Thêm thành viên" }).click();

    await page.getByText(`Đã thêm Lê Minh Châu vào ${ACCOUNT} với vai trò Quản trị viên.`).waitFor();
    await section(page, "Thành viên (4)")
      .getByRole("button", { name: /^Lê Minh Châu/ })
      .waitFor();
    await screenshot(page, "members-3-added");
    await context.close();

    const chau = await e2e.open("?as=chau");
    const account = chau.page.getByRole("button", { name: `${ACCOUNT} Quản trị viên` });
    await account.waitFor();
    // R1 is about the Super Admin's phone: Châu may still create a ZCA of her own.
    await chau.page.getByRole("button", { name: "Tạo ZCA cho doanh nghiệp của bạn" }).waitFor();
    await screenshot(chau.page, "members-4-chau-home");
    await account.click();
    await chau.page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await top(chau.page).getByText("Quản trị viên", { exact: true }).waitFor();
    await screenshot(chau.page, "members-5-chau-zca");
    await chau.context.close();
  });

  it("explains a number no Zalo account has, and a number that is not a phone number", async () => {
    const { page, context } = await e2e.open("accounts/zca-binh-minh/members/add?as=binh");
    const phone = page.getByRole("textbox", { name: "Số điện thoại Zalo" });
    await phone.fill("12345");
    await page.getByRole("radio", { name: "Biên tập viên" }).check();
    await top(page).getByRole("button", { name: "Thêm thành viên" }).click();
    await page.getByText("Số điện thoại chưa đúng.", { exact: false }).waitFor();
    await screenshot(page, "members-6-bad-number");

    await phone.fill("0909 999 999");
    await top(page).getByRole("button", { name: "Thêm thành viên" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("Chưa thêm được thành viên.").waitFor();
    await alert.getByText("Số điện thoại này chưa có tài khoản Zalo.", { exact: false }).waitFor();
    expect(await alert.getByRole("button", { name: "Thử lại" }).count()).toBe(0);
    await screenshot(page, "members-7-not-on-zalo");
    await context.close();
  });

  it("Giang, an Editor, only looks; Bình makes her an Admin and she links Bình Minh Nail", async () => {
    const giang = await e2e.open("accounts/zca-binh-minh/assets/oas?as=giang");
    await section(giang.page, "OA đã liên kết").waitFor();
    await giang.page.getByText("Vai trò của bạn (Biên tập viên) chỉ được xem.", { exact: false }).waitFor();
    expect(await giang.page.getByRole("button", { name: /^Hủy liên kết/ }).count()).toBe(0);
    expect(await section(giang.page, "Liên kết OA mới").count()).toBe(0);
    await screenshot(giang.page, "members-8-editor-link-oa");
    await giang.context.close();

    const { page, context } = await e2e.open("?as=binh");
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await openMembers(page);
    await page.getByRole("button", { name: /^Vũ Hoàng Giang/ }).click();
    await page.getByRole("radio", { name: "Quản trị viên" }).check();
    await screenshot(page, "members-9-member");
    await page.getByRole("button", { name: "Lưu vai trò" }).click();
    const dialog = page.getByRole("dialog", { name: "Đổi vai trò?" });
    await dialog.getByText(`Vũ Hoàng Giang sẽ là Quản trị viên của ${ACCOUNT}.`).waitFor();
    await screenshot(page, "members-10-confirm-role");
    await dialog.getByRole("button", { name: "Đổi vai trò" }).click();
    await page.getByText("Vũ Hoàng Giang giờ là Quản trị viên.").waitFor();
    await context.close();

    const admin = await e2e.open("accounts/zca-binh-minh/assets/oas?as=giang");
    const fresh = section(admin.page, "Liên kết OA mới");
    await fresh.getByRole("button", { name: "Liên kết Bình Minh Nail" }).click();
    await admin.page.getByRole("dialog").getByRole("button", { name: "Liên kết OA" }).click();
    await admin.page.getByText(`Đã liên kết Bình Minh Nail với ${ACCOUNT}.`).waitFor();
    await section(admin.page, "OA đã liên kết")
      .getByText("Vũ Hoàng Giang liên kết ngày", { exact: false })
      .waitFor();
    await screenshot(admin.page, "members-11-giang-linked");
    await admin.context.close();
  });

  it("Em, Finance, sees the members but no control to change them", async () => {
    const { page, context } = await e2e.open("?as=em");
    await page.getByRole("button", { name: `${ACCOUNT} Tài chính viên` }).click();
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await openMembers(page);
    await page.getByText("Vai trò của bạn (Tài chính viên) chỉ được xem.", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Thêm thành viên" }).count()).toBe(0);
    expect(await section(page, "Thành viên (4)").getByRole("button").count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Đổi quản trị viên cấp cao/ }).count()).toBe(0);
    await screenshot(page, "members-12-finance-view");

    await page.getByRole("button", { name: /^Quyền của các vai trò/ }).click();
    const table = page.getByRole("table");
    await table.waitFor();
    // The matrix as a table, one column per role: Finance may top up, an Editor may not.
    const row = table.getByRole("row", { name: /^Nạp tiền/ });
    const cells = await row.locator("td .sr-only").allInnerTexts();
    expect(cells).toEqual(ROLES.map((role) => (can(role, "wallet.use") ? "Được" : "Không")));
    await screenshot(page, "members-13-roles");
    await context.close();
  });

  it("explains how the Super Admin is changed, with the request ready to copy", async () => {
    const { page, context } = await e2e.open("accounts/zca-binh-minh/members/super-admin?as=binh");
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(e2e.url).origin,
    });
    await page.getByText("Zalo phản hồi trong vòng 48 giờ làm việc.").waitFor();
    await screenshot(page, "members-14-super-admin");
    await page.getByRole("button", { name: "Sao chép hoặc chia sẻ nội dung" }).click();
    await page.getByRole("status").getByText("Đã sao chép nội dung.", { exact: false }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Yêu cầu thay đổi quyền quản trị viên cấp cao zca-binh-minh");
    expect(copied).toContain(`Zalo Cloud Account “${ACCOUNT}”`);
    await screenshot(page, "members-15-super-admin-copied");
    await context.close();
  });
});
