// Issue 27's notifications at 390×844: Bình turns the low-balance alert on in “Quản lý thông báo”
// and picks its recipients; a spend crosses the level; Em (Finance, in English) and Bình (in
// Vietnamese) each find it in “Thông báo”, sent on Zalo, and the ZNS stand-in shows the template
// each phone got.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strings } from "../../src/features/notifications/strings";
import { strings as wallet } from "../../src/features/wallet/strings";
import { screenshot, screenSettled, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const ACCOUNT = "zca-binh-minh";
const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")} đ`;
const shoot = (page: Page, name: string) => screenshot(page, `notifications-${name}`);

/**
 * A spend through dev mode's "Giả lập chi tiêu" on "Chi tiêu": the dev server plays Zalo's ZNS
 * service, a signed hold then a signed usage event over HTTP to the real routes.
 */
async function spend(page: Page, amount: number) {
  const t = wallet.vi.devSpend;
  await go(page, "wallet/spending", "binh", "vi");
  const card = page.getByRole("region", { name: t.title });
  await card.getByRole("textbox", { name: t.amount }).fill(String(amount));
  await card.getByRole("button", { name: t.send, exact: true }).click();
  await card.getByText(t.debited(vnd(amount))).waitFor();
}

const go = (page: Page, path: string, who: string, lang: "vi" | "en") =>
  page.goto(new URL(`accounts/${ACCOUNT}/${path}?as=${who}&lang=${lang}`, e2e.url).toString());

/** "Thông báo", reloaded until its newest notification has been sent on Zalo. */
async function inboxSent(page: Page, lang: "vi" | "en") {
  const t = strings[lang].inbox;
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.getByRole("heading", { name: t.title, level: 1 }).waitFor();
        return page.getByRole("listitem").first().getByText(t.delivery.sent).count();
      },
      { timeout: 15_000, interval: 700 },
    )
    .toBe(1);
}

describe("notifications", () => {
  it("an admin turns the low-balance alert on for two people; a spend crosses it; each gets one, in their language", async () => {
    const vi = strings.vi.settings;
    // Em opens the app in English first: the server keeps her language for her notifications.
    const em = await e2e.open(`accounts/${ACCOUNT}?as=em&lang=en`);
    await em.page
      .getByRole("button", { name: /^Inbox/ })
      .first()
      .waitFor();

    const binh = await e2e.open(`?as=binh&lang=vi`);
    await go(binh.page, "settings/notifications", "binh", "vi");
    const level = binh.page.getByRole("textbox", { name: vi.threshold });
    await level.fill("1.200.000");
    const lowBalance = binh.page.getByRole("region", { name: vi.kinds.lowBalance.title });
    await expect.poll(() => lowBalance.getByRole("checkbox", { name: /Đỗ Thị Em/ }).isChecked()).toBe(true);
    await lowBalance.getByRole("checkbox", { name: /Trần Thị Bình/ }).check();
    await binh.page.getByRole("button", { name: vi.save, exact: true }).click();
    await binh.page.getByText(vi.saved).waitFor();
    await shoot(binh.page, "settings-vi");

    // 1.250.000 đ → 1.150.000 đ: under 1.200.000 đ. Two more spends under it tell nobody again.
    await spend(binh.page, 100_000);
    await spend(binh.page, 10_000);
    await spend(binh.page, 10_000);

    await go(em.page, "inbox", "em", "en");
    await inboxSent(em.page, "en");
    const emRow = em.page.getByRole("listitem").first();
    await emRow
      .getByText("The balance is ₫1,150,000, below the alert level of ₫1,200,000. Top up.")
      .waitFor();
    expect(await em.page.getByRole("listitem").count()).toBe(1);
    await shoot(em.page, "inbox-en");

    await go(binh.page, "inbox", "binh", "vi");
    await inboxSent(binh.page, "vi");
    await binh.page
      .getByRole("listitem")
      .first()
      .getByText("Số dư còn 1.150.000 đ, dưới mức cảnh báo 1.200.000 đ. Hãy nạp thêm.")
      .waitFor();
    await shoot(binh.page, "inbox-vi");

    // Zalo got one message per person, each in its template and language.
    expect(e2e.zns.received.map((m) => [m.phone, m.templateId])).toEqual(
      expect.arrayContaining([
        ["84901000002", "dev-low-balance-vi"],
        ["84901000005", "dev-low-balance-en"],
      ]),
    );
    expect(e2e.zns.received).toHaveLength(2);

    // Em, Finance, sees member and asset notifications she may not change.
    await go(em.page, "settings/notifications", "em", "en");
    await em.page.getByRole("switch", { name: "Members" }).waitFor();
    expect(await em.page.getByRole("switch", { name: "Members" }).isDisabled()).toBe(true);
    await shoot(em.page, "settings-en");

    // The stand-in's phone page: each phone's messages, as Zalo shows them.
    for (const lang of ["vi", "en"] as const) {
      await binh.page.goto(`${e2e.zns.url}/dev/phone?lang=${lang}`);
      await binh.page.getByRole("heading", { name: "+84901000005" }).waitFor();
      await shoot(binh.page, `dev-phone-${lang}`);
    }
    await screenSettled(em.page);
    await binh.context.close();
    await em.context.close();
  });
});
