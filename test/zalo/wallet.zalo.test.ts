// Topping up inside Zalo: the app hands the server's signed order to the real zmp-sdk's
// createOrder, the emulated Zalo opens its checkout page and, when it closes, the SDK emits
// PaymentDone, calls checkTransaction and emits PaymentClose. The balance moves only when Zalo's
// signed callback reaches the API, never because of what the phone saw.
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accountOas, accounts, oas, topups } from "../../server/db/schema";
import { callbackMacs } from "../../server/payments/checkout-mac";
import { reply, type PaymentHandler } from "../zalo-host/host";
import { ZALO_PEOPLE } from "../zalo-host/people";
import { ACTION, EVENT, PLATFORMS, ZALO_URL } from "../zalo-host/sdk";
import { screenshot, startZaloStack, type Phone, type ZaloStack } from "../zalo-host/stack";
import { seedAccountOf } from "../zalo-host/seed";
import { button } from "./support";

let stack: ZaloStack;
beforeAll(async () => {
  stack = await startZaloStack();
});
afterAll(() => stack?.stop());
afterEach(() => {
  expect(stack.violations()).toEqual([]);
});

const ACCOUNT = { id: "zca-ngo-lan", name: "Công ty TNHH Ngô Lan" };

/**
 * Zalo Checkout's servers: create-v2 makes order `orderId`; the transaction look-up the SDK makes
 * after the page closes answers `resultCode` (1 paid, -2 closed without choosing a method).
 */
function checkoutServers(orderId: string, resultCode: number) {
  const orders: URLSearchParams[] = [];
  const handler: PaymentHandler = ({ url, form }) => {
    if (url.pathname === "/api/order/create-v2") {
      orders.push(form);
      return {
        body: { err: 0, msg: "Success", data: { id: orderId, jwt: `jwt-${orderId}`, messageToken: "mt" } },
      };
    }
    return { body: { err: 0, msg: "Success", data: { orderId, transId: `trans-${orderId}`, resultCode } } };
  };
  return { orders, handler };
}

async function balance(): Promise<number> {
  const [row] = await stack.database.db.select().from(accounts).where(eq(accounts.id, ACCOUNT.id));
  return row!.balance;
}

/** Zalo's callback for a top-up, signed with the stack's Checkout key as Zalo signs it. */
function zaloCallback(topup: { amount: number; checkoutOrderId: string | null; id: string }) {
  const data = {
    appId: stack.payments.appId,
    orderId: topup.checkoutOrderId!,
    transId: `trans-${topup.checkoutOrderId}`,
    amount: topup.amount,
    description: `Nap tien ZCA ${topup.amount}`,
    resultCode: 1,
    message: "Giao dịch thành công",
    extradata: encodeURIComponent(JSON.stringify({ topupId: topup.id })),
    method: "ZALOPAY",
  };
  return { data, ...callbackMacs(stack.payments.checkoutKey, data) };
}

async function startTopup(page: Page, amount: string, label: string) {
  await button(page, "Nạp tiền").click();
  await page.getByRole("textbox", { name: "Số tiền nạp" }).fill(amount);
  await button(page, `Thanh toán ${label}`).click();
}

describe.each(PLATFORMS)("topping up inside Zalo on %s", (platform) => {
  let phone: Phone;
  let page: Page;
  beforeAll(async () => {
    await stack.freshDatabase();
    await seedAccountOf(stack.database.db, "lan", ACCOUNT);
    phone = await stack.phone("lan", platform);
    page = await phone.open();
    await page.getByText("Số dư", { exact: true }).waitFor();
  });
  afterAll(() => phone?.close());

  it("pays through Zalo Checkout; the balance moves when Zalo's signed callback reaches the API", async () => {
    const checkout = checkoutServers("zmp-order-7", 1);
    phone.host.payments = checkout.handler;
    await startTopup(page, "200000", "200.000 đ");

    // Zalo's checkout page is open; the result screen waits beneath it.
    await page.getByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" }).waitFor();
    const [topup] = await stack.database.db.select().from(topups).where(eq(topups.accountId, ACCOUNT.id));
    const [order] = checkout.orders;
    expect(order!.get("amount")).toBe("200000");
    expect(JSON.parse(decodeURIComponent(order!.get("item")!))).toEqual([{ id: topup!.id, amount: 200_000 }]);
    expect(JSON.parse(decodeURIComponent(order!.get("extradata")!))).toEqual({ topupId: topup!.id });
    expect(order!.get("mac")).toMatch(/^[0-9a-f]{64}$/);
    const opened = new URL((phone.host.calls(ACTION.openWebview).at(-1)!.params as { url: string }).url);
    expect(opened.origin + opened.pathname).toBe(ZALO_URL.checkoutPage.replace(/\/$/, "/"));
    await expect
      .poll(
        async () =>
          (await stack.database.db.select().from(topups).where(eq(topups.id, topup!.id)))[0]!.checkoutOrderId,
      )
      .toBe("zmp-order-7");

    // The person pays and closes Zalo's page: PaymentDone, checkTransaction (paid), PaymentClose.
    await phone.host.emit(page, EVENT.WebviewClosed);
    await page.getByRole("heading", { name: "Đang chờ Zalo xác nhận thanh toán…" }).waitFor();
    expect(phone.host.httpCalls(ZALO_URL.transaction)).toHaveLength(1);
    expect(await balance()).toBe(0);
    await screenshot(page, `zalo-wallet-confirming-${platform}`);

    // Zalo's server sends its signed callback to the API.
    const [pending] = await stack.database.db.select().from(topups).where(eq(topups.id, topup!.id));
    const answer = await stack.serverToApi("/api/payments/checkout/callback", zaloCallback(pending!));
    expect(await answer.json()).toMatchObject({ returnCode: 1 });
    await page.getByRole("heading", { name: "Nạp tiền thành công" }).waitFor();
    await page.getByText("Số dư hiện tại: 200.000 đ").waitFor();
    expect(await balance()).toBe(200_000);
    await screenshot(page, `zalo-wallet-succeeded-${platform}`);

    await button(page, "Về trang ZCA").click();
    await page.locator(".balance").getByText("200.000 đ").waitFor();
    phone.host.payments = null;
  });

  it("says the person has not paid when Zalo's page closes without a payment, crediting nothing", async () => {
    const checkout = checkoutServers("zmp-order-8", -2);
    phone.host.payments = checkout.handler;
    await startTopup(page, "50000", "50.000 đ");
    await page.getByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" }).waitFor();
    await phone.host.emit(page, EVENT.WebviewClosed);
    await page.getByRole("heading", { name: "Bạn chưa thanh toán" }).waitFor();
    expect(await balance()).toBe(200_000);
    await button(page, "Về trang ZCA").click();
    phone.host.payments = null;
  });

  it("asks for the ZCA again when Zalo resumes the mini app: an OA linked meanwhile shows", async () => {
    await page.locator(".balance-card").waitFor();
    // Linked from another phone while this one had the mini app in the background.
    const oa = { id: `oa-linked-meanwhile-${platform}`, name: "Tiệm trà Sen", verified: true };
    await stack.database.db.insert(oas).values(oa);
    await stack.database.db
      .insert(accountOas)
      .values({ oaId: oa.id, accountId: ACCOUNT.id, linkedBy: ZALO_PEOPLE.lan.id });
    await phone.host.emit(page, EVENT.AppPaused);
    expect(await page.getByText(oa.name, { exact: true }).count()).toBe(0);
    await phone.host.emit(page, EVENT.AppResumed);
    await page.getByText(oa.name, { exact: true }).waitFor();
  });

  it("keeps the transfer's VietQR code in the phone's photos through Zalo, and says when it cannot", async () => {
    await button(page, "Nạp tiền").click();
    await page.getByRole("textbox", { name: "Số tiền nạp" }).fill("300000");
    await page.getByRole("radio", { name: /^Chuyển khoản nhanh/ }).check();
    await button(page, "Xem thông tin chuyển khoản").click();
    await page.getByRole("img", { name: /^Mã VietQR/ }).waitFor();
    await button(page, "Lưu mã QR").click();
    await page.getByRole("status").filter({ hasText: "Đã lưu mã QR vào thư viện ảnh." }).waitFor();
    const [saved] = phone.host.calls(ACTION.saveImage);
    expect((saved!.params as { imageBase64Data: string }).imageBase64Data).toMatch(
      /^data:image\/png;base64,/,
    );
    await screenshot(page, `zalo-wallet-qr-saved-${platform}`);

    // A phone that cannot save it (or refuses Zalo its photos) answers SAVE_IMAGE_FAIL.
    phone.host.on(ACTION.saveImage, reply.fail(platform === "android" ? -101 : -10, "Unable to save image"));
    await button(page, "Lưu mã QR").click();
    await page.getByRole("status").filter({ hasText: "Chưa lưu được mã QR." }).waitFor();
    phone.host.reset(ACTION.saveImage);
  });
});
