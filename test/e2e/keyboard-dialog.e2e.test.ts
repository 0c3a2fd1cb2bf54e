// Issue 25: a confirm dialog with the keyboard alone. Bình, the Super Admin, unlinks her OA from
// "Liên kết OA": Tab to the row's button, Enter opens the confirm with focus on its safe choice,
// Tab stays inside, Escape cancels and gives focus back, Enter on the confirm unlinks.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenSettled, screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

/** What has focus, as a screen reader names it: its role and its text or label. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return "(nothing)";
    const name = element.getAttribute("aria-label") ?? element.textContent ?? "";
    const inDialog = element.closest('[role="dialog"]') ? "dialog › " : "";
    return `${inDialog}${element.tagName.toLowerCase()} ${name.trim()}`;
  });
}

/** Presses Tab until `name` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)) === name) return;
  }
  throw new Error(`${name} never got focus in ${limit} presses of Tab`);
}

describe("a confirm dialog, with the keyboard alone", () => {
  it("Bình unlinks Bình Minh Spa: Escape cancels back to the button, Enter on the confirm unlinks", async () => {
    const { page, context } = await e2e.open("accounts/zca-binh-minh/assets/oas?as=binh");
    const linked = page.getByRole("region", { name: "OA đã liên kết", exact: true });
    await linked.getByRole("button", { name: "Hủy liên kết Bình Minh Spa" }).waitFor();
    await screenSettled(page);

    const opener = "button Hủy liên kết Bình Minh Spa";
    await tabTo(page, opener);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Hủy liên kết OA?" });
    await dialog.waitFor();
    await expect.poll(() => focused(page)).toBe("dialog › button Giữ liên kết");
    await screenshot(page, "keyboard-1-confirm-open");

    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("dialog › button Hủy liên kết");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("dialog › button Giữ liên kết");
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("dialog › button Hủy liên kết");

    await page.keyboard.press("Escape");
    await expect.poll(() => focused(page)).toBe(opener);
    await dialog.waitFor({ state: "detached" });
    await linked.getByText("Bình Minh Spa").waitFor();

    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("dialog › button Giữ liên kết");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText("Đã hủy liên kết Bình Minh Spa khỏi Cong ty TNHH Binh Minh.").waitFor();
    await expect.poll(() => linked.getByText("Bình Minh Spa").count()).toBe(0);
    await page
      .getByRole("region", { name: "Liên kết OA mới", exact: true })
      .getByRole("button", { name: "Liên kết Bình Minh Spa" })
      .waitFor();
    await screenshot(page, "keyboard-2-unlinked");
    await context.close();
  });
});
