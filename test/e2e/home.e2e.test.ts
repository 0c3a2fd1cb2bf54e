import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

describe("home screen", () => {
  it("signs An in from ?as=an and greets her by name in Vietnamese", async () => {
    const { page, context } = await e2e.open("?as=an");
    await page.getByText("Xin chào, Nguyễn Văn An").waitFor();
    await page.getByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    const avatar = page.locator("section.profile img");
    expect(await avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await screenshot(page, "home-an");
    await context.close();
  });

  it("offers the seeded people when no one is chosen, and signs in the one picked", async () => {
    const { page, context } = await e2e.open();
    await page.getByRole("button", { name: "Lê Minh Châu" }).click();
    await page.getByText("Xin chào, Lê Minh Châu").waitFor();
    await screenshot(page, "home-chau");
    await context.close();
  });
});
