import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strings as create } from "../../src/features/onboarding/strings";
import { businessOf, fillBusiness } from "./support/business";
import { screenshot, startE2e, type E2e } from "./support/harness";
import { vietnameseWords } from "./support/words";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

// An's business as he types it: its name, address and representative are his to write in Vietnamese.
const AN_BUSINESS = businessOf("Công ty TNHH Cà phê Sáng", "0399000014");
const AN_NAMES = [AN_BUSINESS.companyName, AN_BUSINESS.address, AN_BUSINESS.representative];

async function settled(page: Page, heading: string) {
  await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
}

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });

describe("English, complete", () => {
  it("walks An through home and every create step in English, then the same screens in Vietnamese", async () => {
    const steps: {
      heading: Record<"en" | "vi", string>;
      act?: (page: Page, lang: "en" | "vi") => Promise<void>;
    }[] = [
      { heading: { en: "What is a Zalo Cloud Account for?", vi: "Zalo Cloud Account dùng để làm gì?" } },
      {
        heading: { en: create.en.name.heading, vi: create.vi.name.heading },
        act: async (page, lang) => {
          await page
            .getByRole("textbox", { name: create[lang].name.label, exact: true })
            .fill("Cong ty TNHH Ca phe Sang");
          await fillBusiness(page, AN_BUSINESS, lang);
        },
      },
      {
        heading: { en: "Connect your business's OA", vi: "Kết nối OA của doanh nghiệp" },
        act: async (page) => {
          await page.getByRole("radio", { name: /^Cà phê Sáng/ }).check();
        },
      },
      {
        heading: { en: "Connect an app", vi: "Kết nối ứng dụng" },
        act: async (page, lang) => {
          await page.getByRole("radio", { name: create[lang].app.createTitle }).check();
        },
      },
      { heading: { en: "Terms & regulations", vi: "Điều khoản & quy định" } },
    ];

    for (const lang of ["en", "vi"] as const) {
      const { page, context } = await e2e.open(`?as=an&lang=${lang}`);
      const create = lang === "en" ? "Create a Zalo Cloud Account" : "Tạo tài khoản Zalo Cloud Account";
      await button(page, create).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await screenshot(page, `lang-${lang}-home`);
      if (lang === "en") expect(await vietnameseWords(page, AN_NAMES)).toEqual([]);
      await button(page, create).click();

      for (const [i, step] of steps.entries()) {
        await settled(page, step.heading[lang]);
        await page
          .getByText(lang === "en" ? `Step ${i + 1}/6` : `Bước ${i + 1}/6`, { exact: true })
          .waitFor();
        await step.act?.(page, lang);
        await screenshot(page, `lang-${lang}-create-${i + 1}`);
        if (lang === "en") expect(await vietnameseWords(page, AN_NAMES), step.heading.en).toEqual([]);
        const next = i === 0 ? { en: "Start", vi: "Bắt đầu" } : { en: "Continue", vi: "Tiếp tục" };
        if (i < steps.length - 1) await button(page, next[lang]).click();
      }
      // The terms come from the server in the same language.
      await page
        .getByRole("heading", {
          name:
            lang === "en"
              ? "Terms & regulations of Zalo Cloud Account"
              : "Điều khoản & quy định sử dụng Zalo Cloud Account",
        })
        .waitFor();
      await context.close();
    }
  });

  it("shows Bình's Liên kết OA in both languages, English without a Vietnamese word", async () => {
    for (const lang of ["en", "vi"] as const) {
      const { page, context } = await e2e.open(`accounts/zca-binh-minh/assets/oas?as=binh&lang=${lang}`);
      await settled(page, lang === "en" ? "Link a new OA" : "Liên kết OA mới");
      await page
        .getByText(lang === "en" ? "Not verified: only a verified OA can be linked" : /Chưa xác thực/)
        .waitFor();
      await screenshot(page, `lang-${lang}-link-oa`);
      if (lang === "en") expect(await vietnameseWords(page, AN_NAMES)).toEqual([]);
      await context.close();
    }
  });

  it("shows members, roles and apps in both languages, English without a Vietnamese word", async () => {
    const screens: { path: string; as: string; heading: Record<"en" | "vi", string>; name: string }[] = [
      {
        path: "",
        as: "em",
        heading: { en: "ZCAs you belong to", vi: "ZCA bạn tham gia" },
        name: "home-member",
      },
      { path: "members", as: "binh", heading: { en: "Members (3)", vi: "Thành viên (3)" }, name: "members" },
      { path: "members/add", as: "binh", heading: { en: "Role", vi: "Vai trò" }, name: "add-member" },
      {
        path: "members/em",
        as: "binh",
        heading: { en: "Change the role", vi: "Đổi vai trò" },
        name: "member",
      },
      {
        path: "members",
        as: "giang",
        heading: { en: "Members (3)", vi: "Thành viên (3)" },
        name: "members-editor",
      },
      { path: "members/roles", as: "giang", heading: { en: "Permission", vi: "Quyền" }, name: "roles" },
      {
        path: "members/super-admin",
        as: "binh",
        heading: { en: "Change the Super Admin", vi: "Đổi quản trị viên cấp cao" },
        name: "super-admin",
      },
      {
        path: "assets/apps",
        as: "binh",
        heading: { en: "Link a new app", vi: "Liên kết ứng dụng mới" },
        name: "link-apps",
      },
    ];
    for (const lang of ["en", "vi"] as const) {
      for (const screen of screens) {
        const path = screen.path ? `accounts/zca-binh-minh/${screen.path}` : "";
        const { page, context } = await e2e.open(`${path}?as=${screen.as}&lang=${lang}`);
        await page
          .getByText(screen.heading[lang], { exact: true })
          .or(page.getByRole("heading", { name: screen.heading[lang], exact: true }))
          .first()
          .waitFor();
        await expect.poll(() => page.locator(".zaui-routes-item").count()).toBe(1);
        await screenshot(page, `lang-${lang}-${screen.name}`);
        if (lang === "en") expect(await vietnameseWords(page), screen.name).toEqual([]);
        await context.close();
      }
    }
  });

  it("keeps the language of a ?lang= visit through a reload mid-wizard", async () => {
    const { page, context } = await e2e.open("?as=an&lang=en");
    await button(page, "Create a Zalo Cloud Account").click();
    await settled(page, create.en.start.heading);
    await button(page, "Start").click();
    await settled(page, create.en.name.heading);
    expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
    await page.reload();
    await settled(page, create.en.name.heading);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await context.close();
  });

  it("remembers the language chosen in Settings on this device, until a ?lang= visit picks another", async () => {
    const { page, context } = await e2e.open("accounts/zca-binh-minh/settings?as=binh");
    await settled(page, "Thông tin tài khoản");
    await page.getByRole("radio", { name: "English" }).check();
    await settled(page, "Account details");
    await expect.poll(() => page.getByRole("radio", { name: "English" }).isChecked()).toBe(true);
    await screenshot(page, "lang-en-settings");

    await page.reload();
    await settled(page, "Account details");

    await page.goto(new URL("accounts/zca-binh-minh/settings?lang=vi", e2e.url).toString());
    await settled(page, "Thông tin tài khoản");
    await page.goto(new URL("accounts/zca-binh-minh/settings", e2e.url).toString());
    await settled(page, "Thông tin tài khoản");
    await context.close();
  });
});
