// The wallet as Bình uses it at 390×844, in both languages: topping up through the dev checkout
// (the dev server sends Zalo's signed callback to the real route) and by transfer (the bank's
// signed notice), the result of each, history, spending, invoices and the low-balance alert.
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookSignature } from "../../server/payments/webhook-signature";
import { DEV_API_USAGE_SECRET } from "../support/dev-api";
import { screenshot, startE2e, type E2e } from "./support/harness";
import { vietnameseWords } from "./support/words";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const LANGS = ["vi", "en"] as const;
type Lang = (typeof LANGS)[number];

const WORDS = {
  vi: {
    topUp: "Nạp tiền",
    amount: "Số tiền nạp",
    invoice: "Xuất hóa đơn",
    pay: (amount: string) => `Thanh toán ${amount}`,
    bank: "Chuyển khoản nhanh",
    seeTransfer: "Xem thông tin chuyển khoản",
    sheet: "Thanh toán thử",
    outcomes: {
      pay: "Thanh toán thành công",
      fail: "Thanh toán thất bại",
      cancel: "Đóng, không thanh toán",
      pay_late: "Thành công, Zalo báo chậm",
    },
    succeeded: "Nạp tiền thành công",
    failed: "Nạp tiền không thành công",
    notPaid: "Bạn chưa thanh toán",
    again: "Nạp lại",
    failedRow: "Không thành công",
    checking: "Đang chờ Zalo xác nhận thanh toán…",
    waited: "Ngân hàng chưa báo tiền về",
    backHome: "Về trang ZCA",
    history: "Lịch sử giao dịch",
    spending: "Chi tiêu",
    invoices: "Hóa đơn",
    online: "Nạp tiền trực tuyến qua Zalo",
    byTransfer: "Nạp tiền bằng chuyển khoản",
    copyAccount: "Sao chép số tài khoản",
    copied: "Đã sao chép số tài khoản.",
    qr: /^Mã VietQR chuyển/,
    simulate: "Giả lập chuyển khoản (chế độ phát triển)",
    transferred: "Tôi đã chuyển khoản",
    settings: "Cài đặt",
    alerts: "Quản lý thông báo",
    threshold: "Báo khi số dư dưới (đ)",
    save: "Lưu",
    lowBalance: /Số dư đang thấp hơn mức cảnh báo/,
  },
  en: {
    topUp: "Top up",
    amount: "Amount",
    invoice: "Issue an invoice",
    pay: (amount: string) => `Pay ${amount}`,
    bank: "Fast bank transfer",
    seeTransfer: "See the transfer details",
    sheet: "Test payment",
    outcomes: {
      pay: "Pay",
      fail: "Payment fails",
      cancel: "Close without paying",
      pay_late: "Pay, Zalo reports late",
    },
    succeeded: "Top-up succeeded",
    failed: "The top-up failed",
    notPaid: "You have not paid",
    again: "Top up again",
    failedRow: "Failed",
    checking: "Waiting for Zalo to confirm the payment…",
    waited: "The bank has not reported the money yet",
    backHome: "Back to the ZCA",
    history: "History",
    spending: "Spending",
    invoices: "Invoices",
    online: "Online top-up via Zalo",
    byTransfer: "Top-up by bank transfer",
    copyAccount: "Copy the account number",
    copied: "Account number copied.",
    qr: /^VietQR code to transfer/,
    simulate: "Simulate the transfer (dev mode)",
    transferred: "I have made the transfer",
    settings: "Settings",
    alerts: "Notifications",
    threshold: "Alert when the balance is below (₫)",
    save: "Save",
    lowBalance: /The balance is below the alert level/,
  },
};

const money = (lang: Lang, amount: number) =>
  lang === "vi" ? `${amount.toLocaleString("vi-VN")} đ` : `₫${amount.toLocaleString("en-US")}`;
const button = (page: Page | Locator, name: string | RegExp) =>
  page.getByRole("button", { name, exact: true });
/** zmp-ui keeps the previous screen mounted while it slides away: wait until one is left. */
const settled = (page: Page) => expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);

async function openHome(lang: Lang, prepare?: (context: BrowserContext) => Promise<void>) {
  const { page, context } = await e2e.open(`?as=binh&lang=${lang}`, prepare);
  await button(page, WORDS[lang].topUp).waitFor();
  return { page, context };
}

/** The balance on the ZCA's home, as a number. */
async function balance(page: Page): Promise<number> {
  return Number((await page.locator(".balance").last().innerText()).replace(/\D/g, ""));
}

async function shoot(page: Page, lang: Lang, name: string) {
  await settled(page);
  await screenshot(page, `wallet-${lang}-${name}`);
  if (lang === "en") expect(await vietnameseWords(page, ["HDDN", "NAP ZCA"]), name).toEqual([]);
}

/** From the ZCA's home: "Nạp tiền", an amount, a method, then "Thanh toán" (or the transfer). */
async function startTopup(page: Page, lang: Lang, amount: number, method: "online" | "bank" = "online") {
  const w = WORDS[lang];
  await button(page, w.topUp).click();
  const field = page.getByRole("textbox", { name: w.amount });
  await field.fill(String(amount));
  if (method === "bank") {
    await page.getByRole("radio", { name: new RegExp(`^${w.bank}`) }).check();
    await button(page, w.seeTransfer).click();
  } else {
    await button(page, w.pay(money(lang, amount))).click();
  }
}

async function payInSheet(page: Page, lang: Lang, outcome: keyof (typeof WORDS)["vi"]["outcomes"]) {
  const sheet = page.getByRole("dialog", { name: WORDS[lang].sheet });
  await sheet.waitFor();
  await sheet.getByRole("button", { name: WORDS[lang].outcomes[outcome], exact: true }).click();
}

describe.each(LANGS)("the wallet in %s", (lang) => {
  const w = WORDS[lang];

  it("Bình tops up 200.000 đ through the dev checkout; balance and history change", async () => {
    const { page, context } = await openHome(lang);
    const before = await balance(page);
    // Bình's seeded balance (1.250.000 đ) is under her alert's 1.500.000 đ until the first top-up.
    await expect.poll(() => page.getByText(w.lowBalance).isVisible()).toBe(before < 1_500_000);
    await shoot(page, lang, "1-home");

    await button(page, w.topUp).click();
    const field = page.getByRole("textbox", { name: w.amount });
    await field.pressSequentially("20000");
    await expect.poll(() => field.inputValue()).toBe(lang === "vi" ? "20.000" : "20,000");
    await field.blur();
    await page
      .getByText(lang === "vi" ? "Số tiền nạp tối thiểu là 50.000 đ." : "The smallest top-up is ₫50,000.")
      .waitFor();
    await shoot(page, lang, "2-topup-amount-too-small");

    await button(page, lang === "vi" ? "200.000" : "200,000").click();
    await expect.poll(() => field.inputValue()).toBe(lang === "vi" ? "200.000" : "200,000");
    await page.getByRole("switch", { name: w.invoice }).check();
    await page.getByText("ketoan@binhminh.example.vn").scrollIntoViewIfNeeded();
    await shoot(page, lang, "3-topup-invoice");

    await button(page, w.pay(money(lang, 200_000))).click();
    await page.getByRole("dialog", { name: w.sheet }).waitFor();
    await shoot(page, lang, "4-checkout-sheet");
    await payInSheet(page, lang, "pay");

    await page.getByRole("heading", { name: w.succeeded }).waitFor();
    await page
      .getByRole("status")
      .getByText(money(lang, before + 200_000), { exact: false })
      .waitFor();
    await shoot(page, lang, "5-result-succeeded");

    await button(page, w.backHome).click();
    await expect.poll(() => balance(page)).toBe(before + 200_000);
    await button(page, w.history).click();
    const first = page
      .getByRole("list", { name: lang === "vi" ? "Lịch sử giao dịch" : "Transaction history" })
      .getByRole("listitem")
      .first();
    await first.getByText(w.online).waitFor();
    await first.getByText(`+${money(lang, 200_000)}`).waitFor();
    await first.getByText(money(lang, before + 200_000), { exact: false }).waitFor();
    await shoot(page, lang, "6-history");
    await context.close();
  });

  it("Bình pays by transfer with the VietQR code; the simulated bank notice lands", async () => {
    const { page, context } = await openHome(lang, (c) =>
      c.grantPermissions(["clipboard-read", "clipboard-write"], { origin: e2e.url }),
    );
    const before = await balance(page);
    await startTopup(page, lang, 500_000, "bank");

    await page.getByRole("img", { name: w.qr }).waitFor();
    await shoot(page, lang, "7-transfer-qr");
    await button(page, w.copyAccount).click();
    await page.getByText(w.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^96\d{10}$/);
    await page.mouse.wheel(0, 600);
    await shoot(page, lang, "8-transfer-details");

    await button(page, w.simulate).click();
    await page.getByRole("heading", { name: w.succeeded }).waitFor();
    await button(page, w.backHome).click();
    await expect.poll(() => balance(page)).toBe(before + 500_000);
    await button(page, w.history).click();
    await page.getByText(w.byTransfer).first().waitFor();
    await context.close();
  });

  it("shows a failed, an unpaid and a late-confirmed payment as the server tells them", async () => {
    const { page, context } = await openHome(lang);
    const before = await balance(page);

    await startTopup(page, lang, 50_000);
    await payInSheet(page, lang, "fail");
    await page.getByRole("heading", { name: w.failed }).waitFor();
    await shoot(page, lang, "9-result-failed");
    await button(page, w.backHome).click();

    await startTopup(page, lang, 50_000);
    await payInSheet(page, lang, "cancel");
    await page.getByRole("heading", { name: w.notPaid }).waitFor();
    await shoot(page, lang, "10-result-not-paid");

    // "Nạp lại": the same amount, as a new top-up.
    await button(page, w.again).click();
    const field = page.getByRole("textbox", { name: w.amount });
    await expect.poll(() => field.inputValue()).toBe(lang === "vi" ? "50.000" : "50,000");
    await button(page, w.pay(money(lang, 50_000))).click();
    await payInSheet(page, lang, "pay_late");
    await page.getByRole("heading", { name: w.checking }).waitFor();
    await shoot(page, lang, "11-result-pending");
    // The dev server sends Zalo's callback 3 s late; the screen follows the server until then.
    await page.getByRole("heading", { name: w.succeeded }).waitFor({ timeout: 15_000 });
    await button(page, w.backHome).click();
    await expect.poll(() => balance(page)).toBe(before + 50_000);

    // The sheet closed unpaid was settled from Checkout's answer: failed, not "Chờ thanh toán".
    await button(page, w.history).click();
    const rows = page
      .getByRole("list", { name: lang === "vi" ? "Lịch sử giao dịch" : "Transaction history" })
      .getByRole("listitem");
    await rows.nth(1).getByText(w.failedRow, { exact: true }).waitFor();
    await context.close();
  });

  it("says the bank has not reported a transfer yet once the wait is over, with a way to leave", async () => {
    const { page, context } = await openHome(lang, (c) => c.clock.install());
    await startTopup(page, lang, 300_000, "bank");
    await button(page, w.transferred).click();
    await page.getByRole("heading", { name: /ngân hàng báo tiền về|bank to report/ }).waitFor();
    await page.clock.fastForward(61_000);
    await page.getByRole("heading", { name: w.waited }).waitFor();
    await shoot(page, lang, "12-result-still-waiting");
    await button(page, w.backHome).waitFor();
    await context.close();
  });

  it("draws spending by month, OA and app, and lists the ZCA's invoices", async () => {
    const { page, context } = await openHome(lang);
    await button(page, w.spending).click();
    const months = page.locator(".month");
    await expect.poll(() => months.count()).toBe(6);
    await page
      .getByRole("region", { name: lang === "vi" ? "Theo ứng dụng" : "By app" })
      .getByText("Bình Minh Đặt lịch")
      .waitFor();
    await shoot(page, lang, "13-spending");
    await page.goBack();
    await settled(page);

    // One invoice per credit this file made: the 200.000 đ with "Xuất hóa đơn" to the invoice
    // details' email, the transfer and the late-confirmed one to the ZCA's own; the failed and the
    // unpaid have none. The en run lists the vi run's too.
    await button(page, w.invoices).click();
    const rows = page
      .getByRole("list", { name: lang === "vi" ? "Hóa đơn điện tử" : "E-invoices" })
      .getByRole("listitem");
    const runs = lang === "vi" ? 1 : 2;
    await expect.poll(() => rows.count()).toBe(3 * runs);
    const credits = [
      [200_000, "ketoan@binhminh.example.vn"],
      [500_000, "lienhe@binhminh.example"],
      [50_000, "lienhe@binhminh.example"],
    ] as const;
    for (const [amount, email] of credits) {
      const row = rows.filter({ hasText: money(lang, amount) }).filter({ hasText: email });
      await expect.poll(() => row.count(), { message: `${amount} to ${email}` }).toBe(runs);
    }
    await shoot(page, lang, "14-invoices");
    await context.close();
  });
});

describe("the low-balance alert", () => {
  it("is set in Settings → Quản lý thông báo; the warning on home follows it", async () => {
    for (const lang of LANGS) {
      const w = WORDS[lang];
      const { page, context } = await openHome(lang);
      await button(page, w.settings).click();
      await page.getByRole("button", { name: new RegExp(`^${w.alerts}`) }).click();
      const threshold = page.getByRole("textbox", { name: w.threshold });
      await threshold.waitFor();
      await shoot(page, lang, "15-alerts");
      if (lang === "vi") {
        // Bình's top-ups above took her balance over her 1.500.000 đ: no warning until it is raised.
        await threshold.fill("100000000");
        await button(page, w.save).click();
        await page.getByText("Đã lưu cài đặt thông báo.").waitFor();
      }
      await page.goBack();
      await settled(page);
      await page.goBack();
      await page.getByText(w.lowBalance).waitFor();
      await shoot(page, lang, "16-home-low-balance");
      await context.close();
    }
  });
});

// Em is Bình's Tài chính viên and Giang her Biên tập viên (server/seed/directory.ts).
describe("roles", () => {
  it("Em, Finance, tops up 200.000 đ through the dev checkout and sees it in the history", async () => {
    const { page, context } = await e2e.open("?as=em");
    await page.getByRole("button", { name: /Cong ty TNHH Binh Minh/ }).click();
    await button(page, "Nạp tiền").waitFor();
    const before = await balance(page);
    await startTopup(page, "vi", 200_000);
    await payInSheet(page, "vi", "pay");
    await page.getByRole("heading", { name: "Nạp tiền thành công" }).waitFor();
    await button(page, "Về trang ZCA").click();
    await expect.poll(() => balance(page)).toBe(before + 200_000);
    await context.close();
  });

  it("Giang, Editor, sees the balance and its warning but no “Nạp tiền” and no wallet records", async () => {
    const { page, context } = await e2e.open("?as=giang");
    await page.getByRole("button", { name: /Cong ty TNHH Binh Minh/ }).click();
    await page.getByText("Số dư", { exact: true }).waitFor();
    await page.getByText(WORDS.vi.lowBalance).waitFor();
    expect(await button(page, "Nạp tiền").count()).toBe(0);
    expect(await button(page, "Lịch sử giao dịch").count()).toBe(0);
    await page.goto(new URL("accounts/zca-binh-minh/wallet/topup?as=giang", e2e.url).toString());
    await page
      .getByText("Chỉ Quản trị viên cấp cao, Quản trị viên và Tài chính viên được nạp tiền vào ZCA.")
      .waitFor();
    await context.close();
  });
});

// Zalo's services charge the balance through the signed usage routes (issue 27): what a hold
// reserves shows on home as held, and dev mode's "Giả lập chi tiêu" plays a charge over HTTP.
describe("spending that really happens", () => {
  const HELD = 300_000;
  const SPENT = 50_000;
  /** A hold as Zalo's ZNS service places it, signed with the dev API's usage key. */
  async function holdForZns(holdId: string) {
    const body = JSON.stringify({
      holdId,
      accountId: "zca-binh-minh",
      kind: "zns",
      amount: HELD,
      appId: "1864203957731480522",
      expiresAt: new Date(Date.now() + 2 * 60 * 60_000).toISOString(),
    });
    const timestamp = String(Date.now());
    const res = await fetch(new URL("/api/usage/holds", e2e.url), {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Timestamp": timestamp,
        "X-Signature": webhookSignature(DEV_API_USAGE_SECRET, timestamp, body),
      },
      body,
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }

  it.each(LANGS)("in %s: home says what is held; the dev simulator debits and refuses", async (lang) => {
    const spend = {
      vi: {
        held: (available: number, held: number) =>
          `Khả dụng ${money("vi", available)} · Đang giữ ${money("vi", held)}`,
        card: "Giả lập chi tiêu (chế độ phát triển)",
        amount: "Số tiền",
        send: "Gửi chi tiêu giả lập",
        debited: `Đã trừ ${money("vi", SPENT)} khỏi số dư.`,
        refused: "Bị từ chối: số dư khả dụng không đủ.",
      },
      en: {
        held: (available: number, held: number) =>
          `Available ${money("en", available)} · On hold ${money("en", held)}`,
        card: "Simulate spending (dev mode)",
        amount: "Amount",
        send: "Send the simulated spending",
        debited: `${money("en", SPENT)} was taken from the balance.`,
        refused: "Refused: the available balance is not enough.",
      },
    }[lang];
    const held = HELD * (lang === "vi" ? 1 : 2);
    await holdForZns(`e2e-hold-${lang}`);
    const { page, context } = await openHome(lang);
    const before = await balance(page);
    await page.getByText(spend.held(before - held, held)).waitFor();
    await shoot(page, lang, "17-home-held");

    await button(page, WORDS[lang].spending).click();
    const card = page.getByRole("region", { name: spend.card });
    await button(card, spend.send).click();
    await card.getByText(spend.debited).waitFor();
    await card.scrollIntoViewIfNeeded();
    await shoot(page, lang, "18-dev-spend-debited");

    const amount = card.getByRole("textbox", { name: spend.amount });
    await amount.fill(String(before));
    await button(card, spend.send).click();
    await card.getByText(spend.refused).waitFor();
    await shoot(page, lang, "19-dev-spend-refused");

    await page.goBack();
    await expect.poll(() => balance(page)).toBe(before - SPENT);
    await context.close();
  });
});
