import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accountApps, accountOas, accounts, apps, oaAdmins } from "../../server/db/schema";
import { businessOf, fillBusiness } from "../e2e/support/business";
import { reply } from "../zalo-host/host";
import { subscriberDigits, ZALO_PEOPLE } from "../zalo-host/people";
import { ACTION, EVENT, MPDS, PLATFORMS, ZALO_URL } from "../zalo-host/sdk";
import { APP_ID, screenshot, startZaloStack, type Phone, type ZaloStack } from "../zalo-host/stack";
import { addOaFromZalo, button, onStep, phoneButton, section, startCreating } from "./support";

let stack: ZaloStack;
beforeAll(async () => {
  stack = await startZaloStack();
});
afterAll(() => stack?.stop());
afterEach(() => {
  expect(stack.violations()).toEqual([]);
});

const hoa = ZALO_PEOPLE.hoa;
const ACCOUNT_NAME = "Cong ty TNHH Hoa Huong Duong";
const DECLARED_APP_ID = "2960514738291046";
const HOA_BUSINESS = businessOf("Công ty TNHH Hoa Hướng Dương", "0399000046", {
  representative: "Đỗ Thị Hoa",
  email: "lienhe@huongduong.example",
});
const agreement = (page: Page) =>
  page.getByRole("checkbox", { name: "Tôi đã đọc và đồng ý với Điều khoản & quy định" });

describe.each(PLATFORMS)("creating a ZCA inside Zalo on %s", (platform) => {
  let phone: Phone;
  let page: Page;
  // Nothing is seeded in AUTH_MODE=zalo: Hoa proves which OAs she administers through Zalo's OA
  // authorization, in a webview the app opens.
  beforeAll(async () => {
    await stack.freshDatabase();
    phone = await stack.phone("hoa", platform);
  });
  afterAll(() => phone?.close());

  it("walks the six steps as a new Zalo person, with the mini app closed and reopened on step 4, declaring her app by its App ID", async () => {
    page = await phone.open();
    await startCreating(page);
    await phoneButton(page).click();
    await page.getByText(`•••••••${hoa.phone.slice(-3)}`).waitFor();
    await page.getByRole("textbox", { name: "Tên tài khoản ZCA" }).fill(ACCOUNT_NAME);
    await fillBusiness(page, { ...HOA_BUSINESS, phone: hoa.phone });
    await button(page, "Tiếp tục").click();

    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    await page.getByRole("heading", { name: "Bạn chưa là quản trị viên của OA nào" }).waitFor();
    await addOaFromZalo(phone, page, "Thêm OA từ Zalo", "Tiệm hoa Hướng Dương", `zalo-grant-${platform}`);
    await addOaFromZalo(phone, page, "Thêm OA từ Zalo", "Blog Hướng Dương");
    await expect.poll(() => page.getByRole("radio", { name: /^Blog Hướng Dương/ }).isDisabled()).toBe(true);
    await screenshot(page, `zalo-grant-listed-${platform}`);
    await page.getByRole("radio", { name: /^Tiệm hoa Hướng Dương/ }).check();
    await button(page, "Tiếp tục").click();
    await onStep(page, 4, "Kết nối ứng dụng");
    await page.getByRole("radio", { name: "Tạo ứng dụng mới" }).check();
    await page.getByText(`Bạn chọn: tạo ứng dụng mới “${ACCOUNT_NAME}”.`).waitFor();

    // The person leaves Zalo's mini app and comes back: a new webview, the same phone.
    const { host } = phone;
    const signIns = stack.apiCalls.filter((c) => c.path === "/api/session").length;
    await host.close(page);
    expect(JSON.parse(host.storage.get(APP_ID)!.get(`zca.onboarding.${hoa.id}`)!)).toMatchObject({
      state: { step: "app", name: ACCOUNT_NAME, oaId: "oa-huong-duong" },
    });
    page = await phone.open();
    await button(page, "Tạo tài khoản Zalo Cloud Account").click();
    await onStep(page, 4, "Kết nối ứng dụng");
    await page
      .getByText(`hệ thống tạo một ứng dụng mang tên ZCA: “${ACCOUNT_NAME}”`, { exact: false })
      .waitFor();
    // Both the session and the draft came back from Zalo's nativeStorage, not a new sign-in.
    expect(stack.apiCalls.filter((c) => c.path === "/api/session")).toHaveLength(signIns);
    expect(host.records).toContainEqual(
      expect.objectContaining({
        kind: "mpds",
        action: MPDS.get,
        data: { keys: [`zca.onboarding.${hoa.id}`] },
      }),
    );

    // No Zalo API lists Hoa's apps: she connects hers by its App ID instead, on her word.
    expect(await page.getByRole("heading", { name: "Kết nối ứng dụng có sẵn" }).count()).toBe(0);
    await page.getByRole("textbox", { name: "App ID", exact: true }).fill(DECLARED_APP_ID);
    await page.getByText(`Bạn chọn: kết nối ứng dụng có App ID ${DECLARED_APP_ID} (bạn khai báo).`).waitFor();
    await screenshot(page, `zalo-declare-app-${platform}`);

    await button(page, "Tiếp tục").click();
    await onStep(page, 5, "Điều khoản & quy định");
    await agreement(page).check();
    await button(page, "Hoàn thành").click();
    await onStep(page, 6, "Đã tạo Zalo Cloud Account");
    await page
      .getByRole("definition")
      .filter({ hasText: /^Tiệm hoa Hướng Dương$/ })
      .waitFor();
    await page
      .getByRole("definition")
      .filter({ hasText: `App ID ${DECLARED_APP_ID} (bạn khai báo)` })
      .waitFor();
    await screenshot(page, `zalo-done-${platform}`);

    const [account] = await stack.database.db
      .select()
      .from(accounts)
      .where(eq(accounts.superAdminId, hoa.id));
    expect(account?.name).toBe(ACCOUNT_NAME);
    expect(subscriberDigits(account?.superAdminPhone)).toBe(subscriberDigits(hoa.phone));
    const links = await stack.database.db
      .select()
      .from(accountOas)
      .where(eq(accountOas.accountId, account!.id));
    expect(links.map((l) => l.oaId)).toEqual(["oa-huong-duong"]);
    const [app] = await stack.database.db
      .select({ id: accountApps.appId, declaredBy: apps.declaredBy })
      .from(accountApps)
      .innerJoin(apps, eq(apps.id, accountApps.appId))
      .where(eq(accountApps.accountId, account!.id));
    expect(app).toEqual({ id: DECLARED_APP_ID, declaredBy: hoa.id });
  });

  it("links a second OA from Cài đặt → Quản lý tài sản → Liên kết OA", async () => {
    await button(page, "Mở tài khoản ZCA").click();
    await page.getByText("Số dư", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Cài đặt" }).click();
    await section(page, "Thông tin tài khoản").waitFor();
    await page.getByRole("button", { name: /^Quản lý tài sản/ }).click();
    await page.getByRole("button", { name: /^Liên kết ứng dụng/ }).waitFor();
    await page.getByRole("button", { name: /^Liên kết OA/ }).click();

    const fresh = section(page, "Liên kết OA mới");
    await addOaFromZalo(phone, page, "Thêm OA từ Zalo", "Cà phê Hướng Dương");
    await fresh.getByRole("button", { name: "Liên kết Cà phê Hướng Dương" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Liên kết OA" }).click();
    await page.getByText(`Đã liên kết Cà phê Hướng Dương với ${ACCOUNT_NAME}.`).waitFor();
    await section(page, "OA đã liên kết").getByText("Cà phê Hướng Dương").waitFor();
    await screenshot(page, `zalo-oa-linked-${platform}`);

    const [account] = await stack.database.db
      .select()
      .from(accounts)
      .where(eq(accounts.superAdminId, hoa.id));
    const links = await stack.database.db
      .select()
      .from(accountOas)
      .where(eq(accountOas.accountId, account!.id));
    expect(links.map((l) => l.oaId).sort()).toEqual(["oa-huong-duong", "oa-huong-duong-cafe"]);
    expect(links.find((l) => l.oaId === "oa-huong-duong-cafe")?.linkedBy).toBe(hoa.id);
    // Nothing in this flow needed Zalo again after sign-in: no new login exchange, no new prompt.
    expect(phone.host.httpCalls(ZALO_URL.accessToken)).toHaveLength(1);
    expect(phone.host.calls(ACTION.phone)).toHaveLength(1);
  });
});

describe("adding an OA from Zalo in English", () => {
  it("answers Zalo's redirect with a page in the person's language", async () => {
    await stack.freshDatabase();
    const phone = await stack.phone("hoa", "android", { language: "en" });
    const page = await phone.open();
    await button(page, "Create a Zalo Cloud Account").click();
    await button(page, "Start").click();
    await phoneButton(page, "en").click();
    await page.getByText(`•••••••${hoa.phone.slice(-3)}`).waitFor();
    await page.getByRole("textbox", { name: "ZCA name" }).fill("Hoa Huong Duong");
    await fillBusiness(page, { ...HOA_BUSINESS, phone: hoa.phone }, "en");
    await button(page, "Continue").click();
    await page.getByRole("heading", { name: "You are not an admin of any OA" }).waitFor();
    await addOaFromZalo(phone, page, "Add an OA from Zalo", "Tiệm hoa Hướng Dương", "zalo-grant-en");
    await page.getByRole("radio", { name: /^Tiệm hoa Hướng Dương/ }).waitFor();
    await phone.close();
  });
});

describe.each(PLATFORMS)("asking an OA's admin through Zalo's share sheet on %s", (platform) => {
  let phone: Phone;
  let page: Page;
  const minh = ZALO_PEOPLE.minh;
  beforeAll(async () => {
    await stack.freshDatabase();
    phone = await stack.phone("minh", platform);
  });
  afterAll(() => phone?.close());

  it("sends the ready request with openShareSheet and says Zalo opened", async () => {
    page = await phone.open();
    await startCreating(page);
    await phoneButton(page).click();
    await page.getByText(`•••••••${minh.phone.slice(-3)}`).waitFor();
    await page.getByRole("textbox", { name: "Tên tài khoản ZCA" }).fill("Ho kinh doanh Truong Minh");
    await fillBusiness(page, businessOf("Hộ kinh doanh Trương Minh", "0399000053", { phone: minh.phone }));
    await button(page, "Tiếp tục").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");
    await page.getByRole("heading", { name: "Bạn chưa là quản trị viên của OA nào" }).waitFor();

    await button(page, "Gửi lời nhờ qua Zalo").click();
    await page.getByRole("status").getByText("Đã mở Zalo để bạn chọn người nhận.").waitFor();
    await screenshot(page, `zalo-admin-request-sent-${platform}`);

    const [share] = phone.host.calls(ACTION.shareSheet);
    // common/apis/general/openShareSheet.js: type 22 (ShareSheetType.text), the text, no link parsing.
    expect(share!.params).toEqual({
      type: 22,
      text: expect.stringContaining(`Chào bạn, mình là ${minh.name}.`),
      autoParseLink: 0,
    });
    expect((share!.params as { text: string }).text).toContain("“Ho kinh doanh Truong Minh”");
    // OPEN_SHARESHEET needs the access token (constants.js requireAccessToken): the one Zalo gave.
    const tokens = phone.host.httpCalls(ZALO_URL.accessToken);
    expect(tokens).toHaveLength(1);
    expect(share!.accessToken).toMatch(/^emu-at-/);
    expect(stack.accounts.personOf(share!.accessToken)?.id).toBe(minh.id);
  });

  it("says the request was not sent when the person closes the share sheet", async () => {
    phone.host.on(ACTION.shareSheet, reply.answer({ status: 0, share_type: 0, uid_to_size: 0 }));
    await button(page, "Gửi lời nhờ qua Zalo").click();
    await page.getByRole("status").getByText("Bạn chưa gửi lời nhắn.").waitFor();
    expect(phone.host.calls(ACTION.shareSheet)).toHaveLength(2);
  });
});

describe("a Zalo permission page forwarded to another phone", () => {
  it("gives Hoa's OA to nobody when she allows it on the page Minh sent her, and tells both", async () => {
    await stack.freshDatabase();
    const minhPhone = await stack.phone("minh", "android");
    const hoaPhone = await stack.phone("hoa", "iOS");
    const page = await minhPhone.open();
    await startCreating(page);
    await phoneButton(page).click();
    await page.getByText(`•••••••${ZALO_PEOPLE.minh.phone.slice(-3)}`).waitFor();
    await page.getByRole("textbox", { name: "Tên tài khoản ZCA" }).fill("Ho kinh doanh Truong Minh");
    await fillBusiness(
      page,
      businessOf("Hộ kinh doanh Trương Minh", "0399000053", { phone: ZALO_PEOPLE.minh.phone }),
    );
    await button(page, "Tiếp tục").click();
    await onStep(page, 3, "Kết nối OA của doanh nghiệp");

    // Minh's webview opens the app's link (his cookie) and reaches Zalo's page; he sends its
    // address to Hoa, who is signed in to Zalo as herself on her phone.
    await button(page, "Thêm OA từ Zalo").click();
    await expect.poll(() => minhPhone.host.calls(ACTION.openWebview).length).toBe(1);
    const { url } = minhPhone.host.calls(ACTION.openWebview)[0]!.params as { url: string };
    const minhWebview = await minhPhone.host.context.newPage();
    await minhWebview.goto(url);
    await minhWebview.getByRole("link", { name: "Từ chối" }).waitFor();
    const forwarded = new URL(minhWebview.url());
    forwarded.searchParams.set("dev_person", hoa.id);
    const hoaWebview = await hoaPhone.host.context.newPage();
    await hoaWebview.goto(forwarded.toString());
    await hoaWebview
      .getByRole("listitem")
      .filter({ hasText: "Tiệm hoa Hướng Dương" })
      .getByRole("link", { name: "Cho phép" })
      .click();
    await hoaWebview.waitForURL(/\/api\/oa-grants\/callback/);
    await hoaWebview.getByText(/do người khác bắt đầu .* không có OA nào được cấp cho ai/).waitFor();
    await hoaWebview.screenshot({ path: "test/e2e/screenshots/zalo-grant-forwarded.png" });
    expect(await stack.database.db.select().from(accountOas)).toEqual([]);
    expect(await stack.database.db.$count(oaAdmins)).toBe(0);

    await minhWebview.close();
    await minhPhone.host.emit(page, EVENT.WebviewClosed);
    await page.getByText(/^Trang cấp quyền đã được mở trên một thiết bị hoặc trình duyệt khác/).waitFor();
    await Promise.all([minhPhone.close(), hoaPhone.close()]);
  });
});
