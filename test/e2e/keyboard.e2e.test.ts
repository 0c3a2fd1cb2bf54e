import { eq } from "drizzle-orm";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountApps, accountOas, accounts } from "../../server/db/schema";
import { strings as create } from "../../src/features/onboarding/strings";
import { businessOf } from "./support/business";
import { screenSettled, screenshot, startE2e, type E2e } from "./support/harness";
import { BUSINESS_FIELDS } from "../../src/domain/business";
import { businessStrings } from "../../src/i18n/business-strings";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const t = create.vi;

/** What has the keyboard focus, as a person hears it: its role and its name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body";
    const input = el as HTMLInputElement;
    const labelled = el.getAttribute("aria-labelledby");
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled.split(" ")[0]!)?.textContent : null) ??
      input.labels?.[0]?.textContent ??
      el.textContent ??
      "";
    const role = el.getAttribute("role") ?? (el.tagName === "INPUT" ? input.type : el.tagName.toLowerCase());
    return `${role}: ${name.replace(/\s+/g, " ").trim()}`;
  });
}

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a person would, and answers every
 * stop on the way; fails, naming those stops, if it takes more than `most` presses.
 */
async function tabTo(page: Page, target: Locator, most = 25, key = "Tab"): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(key);
    if (await hasFocus(target)) return stops;
    stops.push(await focused(page));
  }
  throw new Error(`${key} never reached the target; it stopped on: ${stops.join(" | ")}`);
}

/** Waits for step `n` alone on screen (zmp-ui has removed the screen sliding away). */
async function onStep(page: Page, n: number, heading: string) {
  await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  await screenSettled(page);
  await page.getByText(t.stepOf(n, 6), { exact: true }).waitFor();
}

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
const radio = (page: Page, name: string | RegExp) => page.getByRole("radio", { name });

describe("creating a ZCA with the keyboard alone", () => {
  it("An signs in, walks the six steps with Tab, Shift+Tab, arrows, Space and Enter, and has his ZCA", async () => {
    const { page, context } = await e2e.open("");
    // Dev mode's sign-in: the seeded people, one button each.
    await page.getByRole("heading", { name: "Chọn người dùng thử" }).waitFor();
    await tabTo(page, button(page, "Nguyễn Văn An"));
    await page.keyboard.press("Enter");

    const start = button(page, "Tạo tài khoản Zalo Cloud Account");
    await start.waitFor();
    await tabTo(page, start);
    await page.keyboard.press("Enter");

    await onStep(page, 1, t.start.heading);
    await tabTo(page, button(page, t.start.action));
    await page.keyboard.press("Enter");

    // Step 2: each field in turn, typed; Tab goes from one to the next.
    await onStep(page, 2, t.name.heading);
    await tabTo(page, page.getByRole("textbox", { name: t.name.label, exact: true }));
    await page.keyboard.type("Banh mi Phim");
    const details = businessOf("Công ty TNHH Bánh mì Phím", "0399000060");
    for (const field of BUSINESS_FIELDS) {
      const box = page.getByRole("textbox", { name: businessStrings.vi.labels[field], exact: true });
      await tabTo(page, box, 4);
      // An's Zalo phone is filled in already.
      if (field !== "phone") await page.keyboard.type(details[field]);
    }
    await tabTo(page, button(page, t.next));
    await page.keyboard.press("Enter");

    // Step 3: the OAs are one Tab stop; the first that can be chosen takes the focus, never the
    // unverified one, and arrows move and choose.
    await onStep(page, 3, t.oa.heading);
    const coffee = radio(page, /^Cà phê Sáng/);
    const bakery = radio(page, /^Tiệm bánh An Nhiên/);
    await coffee.waitFor();
    const before = await tabTo(page, coffee);
    expect(before.filter((stop) => stop.startsWith("radio"))).toEqual([]);
    await page.keyboard.press("ArrowDown");
    expect(await hasFocus(bakery)).toBe(true);
    expect(await bakery.isChecked()).toBe(true);
    await page.keyboard.press("ArrowDown"); // past An Nhiên Studio, which cannot be chosen
    expect(await hasFocus(coffee)).toBe(true);
    expect(await coffee.isChecked()).toBe(true);
    await screenshot(page, "keyboard-3-oa");
    // One Tab leaves the group: no other OA is a stop.
    const after = await tabTo(page, button(page, t.next));
    expect(after.filter((stop) => stop.startsWith("radio"))).toEqual([]);
    // Shift+Tab comes back to the chosen OA.
    await tabTo(page, coffee, 5, "Shift+Tab");
    await tabTo(page, button(page, t.next));
    await page.keyboard.press("Enter");

    // Step 4: create, An's app, the App ID way and skip are one group; Tab leaves it for the App ID.
    await onStep(page, 4, t.app.heading);
    const createApp = radio(page, t.app.createTitle);
    await tabTo(page, createApp);
    await page.keyboard.press("ArrowDown");
    expect(await radio(page, "An Nhiên POS").isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");
    expect(await createApp.isChecked()).toBe(true);
    await page.getByText(t.app.choice.create("Banh mi Phim")).waitFor();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("text: App ID");
    await screenshot(page, "keyboard-4-app");
    await tabTo(page, button(page, t.next));
    await page.keyboard.press("Enter");

    // Step 5: Space agrees; the next stop is "Hoàn thành".
    await onStep(page, 5, t.terms.heading);
    const agree = page.getByRole("checkbox", { name: t.terms.agree });
    await tabTo(page, agree, 40);
    await page.keyboard.press("Space");
    expect(await agree.isChecked()).toBe(true);
    await screenshot(page, "keyboard-5-terms");
    await page.keyboard.press("Tab");
    expect(await hasFocus(button(page, t.terms.action))).toBe(true);
    await page.keyboard.press("Enter");

    await onStep(page, 6, t.done.heading);
    await page
      .getByRole("definition")
      .filter({ hasText: /^Cà phê Sáng$/ })
      .waitFor();
    const [created] = await e2e.database.db.select().from(accounts).where(eq(accounts.superAdminId, "an"));
    expect(created?.name).toBe("Banh mi Phim");
    const [oa] = await e2e.database.db.select().from(accountOas).where(eq(accountOas.accountId, created!.id));
    expect(oa?.oaId).toBe("oa-sang-coffee");
    expect(await e2e.database.db.$count(accountApps, eq(accountApps.accountId, created!.id))).toBe(1);

    await tabTo(page, button(page, t.done.open));
    await page.keyboard.press("Enter");
    await page.getByText("Số dư", { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/accounts/${created!.id}$`));
    await context.close();
  });
});
