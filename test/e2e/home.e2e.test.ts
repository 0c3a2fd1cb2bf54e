import type { Frame, Page } from "playwright-core";
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
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("vi");
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

  it("leaves room for Zalo's buttons at the top right in zmp-cli's simulator, which shows the app in a frame", async () => {
    const { page, context } = await e2e.open("?as=an");
    // The create screen's header, once the home screen's has gone with the page transition.
    const headerPadding = async (frame: Page | Frame) => {
      const header = frame.locator(".zaui-header", { hasText: "Tạo Zalo Cloud Account" });
      await expect.poll(() => frame.locator(".zaui-header").count()).toBe(1);
      return header.evaluate((element) => getComputedStyle(element).paddingRight);
    };
    await page.getByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" }).click();
    expect(await headerPadding(page)).toBe("12px");

    await page.setContent(
      `<iframe src="${e2e.url}?as=an" style="width:390px;height:844px;border:0"></iframe>`,
    );
    const app = page.frames().find((frame) => frame !== page.mainFrame())!;
    await app.getByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" }).click();
    expect(await headerPadding(app)).toBe("100px");
    await context.close();
  });
});
