import type { Page } from "playwright-core";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oaAdmins, oas } from "../../server/db/schema";
import { countRows } from "../api/helpers/fixtures";
import { screenSettled, screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
// zmp-ui keeps the previous screen mounted while it slides away.

/** From Bình's ZCA home: "Cài đặt" → "Quản lý tài sản" → "Liên kết OA". */
async function openLinkOa(page: Page, shots = false) {
  await page.getByRole("button", { name: "Cài đặt" }).click();
  await section(page, "Thông tin tài khoản").waitFor();
  if (shots) await screenshot(page, "assets-1-settings");
  await page.getByRole("button", { name: /^Quản lý tài sản/ }).click();
  await page.getByRole("button", { name: /^Liên kết ứng dụng/ }).waitFor();
  if (shots) await screenshot(page, "assets-2-asset-management");
  await page.getByRole("button", { name: /^Liên kết OA/ }).click();
  await section(page, "Liên kết OA mới").waitFor();
}

describe("asset management: link an OA to Bình's ZCA", () => {
  it("links Bình Minh Nail, shows it on the ZCA home, then unlinks it", async () => {
    const { page, context } = await e2e.open("?as=binh");
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await openLinkOa(page, true);

    const linked = section(page, "OA đã liên kết");
    const fresh = section(page, "Liên kết OA mới");
    await linked.getByText("Bình Minh Spa").waitFor();
    await fresh.getByText("Chưa xác thực: chỉ OA đã xác thực mới liên kết được").waitFor();
    await expect.poll(() => fresh.getByRole("button", { name: /^Liên kết / }).count()).toBe(1);
    await screenshot(page, "assets-3-link-oa");

    await fresh.getByRole("button", { name: "Liên kết Bình Minh Nail" }).click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByText("Bình Minh Nail sẽ được liên kết với Cong ty TNHH Binh Minh.", { exact: false })
      .waitFor();
    await screenshot(page, "assets-4-confirm-link");
    await dialog.getByRole("button", { name: "Liên kết OA" }).click();

    await page.getByText("Đã liên kết Bình Minh Nail với Cong ty TNHH Binh Minh.").waitFor();
    await linked.getByText("Bình Minh Nail").waitFor();
    await linked
      .getByText(/^Trần Thị Bình liên kết ngày \d\d\/\d\d\/\d{4}$/)
      .last()
      .waitFor();
    await expect.poll(() => fresh.getByText("Bình Minh Nail").count()).toBe(0);
    await screenshot(page, "assets-5-linked");

    await page.goBack();
    await page.getByRole("button", { name: "Liên kết OA 2 OA đã liên kết" }).waitFor();
    await screenSettled(page);
    await page.goBack();
    await section(page, "Thông tin tài khoản").waitFor();
    await screenSettled(page);
    await page.goBack();
    await section(page, "Official Account đã liên kết").getByText("Bình Minh Nail").waitFor();
    await screenSettled(page);

    await openLinkOa(page);
    await linked.getByRole("button", { name: "Hủy liên kết Bình Minh Nail" }).click();
    await dialog
      .getByText("Bình Minh Nail sẽ không dùng số dư của Cong ty TNHH Binh Minh nữa.", { exact: false })
      .waitFor();
    await screenshot(page, "assets-6-confirm-unlink");
    e2e.setApi("down");
    await dialog.getByRole("button", { name: "Hủy liên kết" }).click();

    const alert = page.getByRole("alert");
    await alert.getByText("Chưa hủy liên kết được Bình Minh Nail.").waitFor();
    await linked.getByRole("button", { name: "Hủy liên kết Bình Minh Nail" }).waitFor();
    await screenshot(page, "assets-7-unlink-failed");
    e2e.setApi("up");
    await alert.getByRole("button", { name: "Thử lại" }).click();

    await page.getByText("Đã hủy liên kết Bình Minh Nail khỏi Cong ty TNHH Binh Minh.").waitFor();
    await fresh.getByRole("button", { name: "Liên kết Bình Minh Nail" }).waitFor();
    await expect.poll(() => linked.getByText("Bình Minh Nail").count()).toBe(0);
    await expect.poll(() => page.getByRole("alert").count()).toBe(0);
    await screenshot(page, "assets-8-unlinked");
    await context.close();
  });

  it("helps Bình when the OA she wants is missing", async () => {
    const { page, context } = await e2e.open("?as=binh");
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(e2e.url).origin,
    });
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await openLinkOa(page);

    await page.getByRole("button", { name: "Không thấy OA cần liên kết?" }).click();
    await page.getByText("Chỉ quản trị viên của một OA mới thấy OA đó ở đây.", { exact: false }).waitFor();
    const send = page.getByRole("button", { name: "Gửi lời nhờ qua Zalo" });
    await send.scrollIntoViewIfNeeded();
    await screenshot(page, "assets-9-missing-oa-help");

    await send.click();
    await page.getByRole("status").getByText("Đã sao chép lời nhắn.", { exact: false }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Chào bạn, mình là Trần Thị Bình.");
    expect(copied).toContain("Cong ty TNHH Binh Minh");
    await screenshot(page, "assets-10-help-message-copied");
    await context.close();
  });

  it("lets Bình search a long list of OAs by name, without typing the diacritics", async () => {
    const extra = ["Bình Minh Hair", "Bình Minh Café", "Tiệm hoa Bình Minh", "Đồ gỗ Bình Minh"];
    await e2e.database.db.insert(oas).values(
      extra.map((name, i) => ({
        id: `oa-extra-${i}`,
        name,
        verified: i !== 3,
        category: "Bán lẻ",
        followers: 50 * i,
      })),
    );
    await e2e.database.db
      .insert(oaAdmins)
      .values(extra.map((_, i) => ({ oaId: `oa-extra-${i}`, personId: "binh" })));

    const { page, context } = await e2e.open("?as=binh");
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await openLinkOa(page);
    const box = page.getByRole("textbox", { name: "Tìm OA theo tên" });
    await box.fill("do go");
    const fresh = section(page, "Liên kết OA mới");
    await fresh.getByText("Đồ gỗ Bình Minh").waitFor();
    await expect.poll(() => fresh.getByRole("listitem").count()).toBe(1);
    await screenshot(page, "assets-11-search");

    await box.fill("binh minh");
    await expect.poll(() => fresh.getByRole("listitem").count()).toBe(6);
    await box.fill("karaoke");
    await fresh.getByText("Không có OA nào có tên chứa “karaoke”.").waitFor();
    await context.close();
  });

  it("loads more of a list of a hundred OAs as Bình scrolls, and searches it on the server", async () => {
    const shops = Array.from({ length: 110 }, (_, i) => `Quán số ${String(i + 1).padStart(3, "0")}`);
    // Her OAs this ZCA does not hold, whatever the tests before this one added.
    const notHeld = await countRows(
      e2e.database.db,
      "oa_admins",
      sql`zalo_id = 'binh' AND oa_id NOT IN (SELECT oa_id FROM account_oas WHERE account_id = 'zca-binh-minh')`,
    );
    const expected = notHeld + shops.length;
    await e2e.database.db
      .insert(oas)
      .values(shops.map((name, i) => ({ id: `oa-shop-${i}`, name, verified: true, category: "Ẩm thực" })));
    await e2e.database.db
      .insert(oaAdmins)
      .values(shops.map((_, i) => ({ oaId: `oa-shop-${i}`, personId: "binh" })));

    const { page, context } = await e2e.open("?as=binh");
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await openLinkOa(page);
    const fresh = section(page, "Liên kết OA mới");
    const rows = fresh.getByRole("listitem");
    await rows.nth(40).waitFor();
    const firstPage = await rows.count();
    expect(firstPage).toBeLessThanOrEqual(50);
    await screenshot(page, "assets-12-long-list");

    await rows.last().scrollIntoViewIfNeeded();
    await expect.poll(() => rows.count()).toBeGreaterThan(firstPage);
    // Each time the end of the list comes into view, the next page is asked for.
    const scrolledCount = async () => {
      await rows.last().scrollIntoViewIfNeeded();
      return rows.count();
    };
    await expect.poll(scrolledCount, { timeout: 20_000 }).toBe(expected);
    await fresh.getByText("Quán số 110").waitFor();
    await expect.poll(() => fresh.getByRole("button", { name: "Tải thêm" }).count()).toBe(0);
    await screenshot(page, "assets-13-long-list-end");
    await context.close();

    // A fresh visit holds one page again: the search goes to the server.
    const again = await e2e.open("?as=binh&lang=en");
    await again.page.getByRole("button", { name: "Settings" }).click();
    await again.page.getByRole("button", { name: /^Asset management/ }).click();
    await again.page.getByRole("button", { name: /^Link OA/ }).click();
    const found = section(again.page, "Link a new OA");
    await again.page.getByRole("textbox", { name: "Search OAs by name" }).fill("quan so 107");
    await found.getByText("Quán số 107").waitFor();
    await expect.poll(() => found.getByRole("listitem").count()).toBe(1);
    await screenshot(again.page, "assets-14-long-list-search-en");
    await again.context.close();
  });
});

describe("asset management: apps of Bình's ZCA", () => {
  it("links and unlinks an app Bình administers, and creates one named after the ZCA", async () => {
    const { page, context } = await e2e.open("?as=binh");
    await page.getByRole("heading", { name: "Official Account đã liên kết" }).waitFor();
    await page.getByRole("button", { name: "Cài đặt" }).click();
    await page.getByRole("button", { name: /^Quản lý tài sản/ }).click();
    await page.getByRole("button", { name: "Liên kết ứng dụng 1 ứng dụng (App ID) đã liên kết" }).click();

    const linked = section(page, "Ứng dụng đã liên kết");
    const fresh = section(page, "Liên kết ứng dụng mới");
    await linked.getByText("Bình Minh Đặt lịch").waitFor();
    await page
      .getByText("khi ứng dụng xin quyền truy cập OA, họ chọn “Cho phép”", { exact: false })
      .waitFor();
    await screenshot(page, "apps-1-link-apps");

    await fresh.getByRole("button", { name: "Liên kết Bình Minh Chăm sóc khách hàng" }).click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByText("Bình Minh Chăm sóc khách hàng sẽ được liên kết với Cong ty TNHH Binh Minh.", {
        exact: false,
      })
      .waitFor();
    await screenshot(page, "apps-2-confirm-link");
    await dialog.getByRole("button", { name: "Liên kết ứng dụng" }).click();
    await page.getByText("Đã liên kết Bình Minh Chăm sóc khách hàng với Cong ty TNHH Binh Minh.").waitFor();
    await linked.getByText("Bình Minh Chăm sóc khách hàng").waitFor();
    await fresh.getByText("Mọi ứng dụng bạn quản trị đều đã được liên kết.").waitFor();
    await screenshot(page, "apps-3-linked");

    await linked.getByRole("button", { name: "Hủy liên kết Bình Minh Đặt lịch" }).click();
    await dialog.getByText("Bình Minh Đặt lịch sẽ không dùng số dư", { exact: false }).waitFor();
    await screenshot(page, "apps-4-confirm-unlink");
    await dialog.getByRole("button", { name: "Hủy liên kết" }).click();
    await page.getByText("Đã hủy liên kết Bình Minh Đặt lịch khỏi Cong ty TNHH Binh Minh.").waitFor();
    await fresh.getByRole("button", { name: "Liên kết Bình Minh Đặt lịch" }).waitFor();
    await dialog.waitFor({ state: "hidden" });

    await page.getByRole("button", { name: "Tạo ứng dụng" }).click();
    await dialog
      .getByText("Một ứng dụng mới tên “Cong ty TNHH Binh Minh” sẽ được tạo", { exact: false })
      .waitFor();
    await screenshot(page, "apps-5-confirm-create");
    await dialog.getByRole("button", { name: "Tạo ứng dụng" }).click();
    await page.getByText("Đã tạo và liên kết ứng dụng “Cong ty TNHH Binh Minh”.").waitFor();
    await linked.getByText("Cong ty TNHH Binh Minh", { exact: true }).waitFor();
    await screenshot(page, "apps-6-created");

    await page.goBack();
    await page.getByRole("button", { name: "Liên kết ứng dụng 2 ứng dụng (App ID) đã liên kết" }).waitFor();
    await context.close();
  });

  it("shows an Editor the apps without a control, in both languages", async () => {
    for (const lang of ["vi", "en"] as const) {
      const { page, context } = await e2e.open(`accounts/zca-binh-minh/assets/apps?as=giang&lang=${lang}`);
      await section(page, lang === "vi" ? "Ứng dụng đã liên kết" : "Linked apps").waitFor();
      expect(
        await page.getByRole("button", { name: lang === "vi" ? "Tạo ứng dụng" : "Create app" }).count(),
      ).toBe(0);
      expect(await page.getByRole("button", { name: /^(Hủy liên kết|Unlink)/ }).count()).toBe(0);
      await screenshot(page, `apps-7-editor-${lang}`);
      await context.close();
    }
  });
});
