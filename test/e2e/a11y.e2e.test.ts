// axe-core on every screen of src/routes.ts, and on the states between them a person meets (the
// person picker, the Checkout sheet, each top-up result, the transfer screen, a confirm dialog),
// in Vietnamese and English. It fails on any serious or critical violation and on the moderate
// rules the app holds itself to; A11Y_REPORT=1 lists them without failing. Either way it prints
// the table per screen × language (and writes it to A11Y_TABLE when that names a file).
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/domain/languages";
import { strings as membersStrings } from "../../src/features/members/strings";
import { strings as onboardingStrings } from "../../src/features/onboarding/strings";
import { roleStrings } from "../../src/i18n/role-strings";
import { businessOf } from "./support/business";
import { screenSettled, screenshot, startE2e, type E2e } from "./support/harness";

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
/** Moderate (or minor) rules that fail the test as well as every serious or critical one. */
const HELD_RULES = ["meta-viewport", "page-has-heading-one", "region", "landmark-one-main"];
const REPORT_ONLY = process.env.A11Y_REPORT === "1";
const LANGS: Lang[] = ["vi", "en"];

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}
interface Scan {
  screen: string;
  lang: Lang;
  violations: Violation[];
}
const scans: Scan[] = [];

const isSerious = (v: Violation) => v.impact === "serious" || v.impact === "critical";
const blocks = (v: Violation) => isSerious(v) || HELD_RULES.includes(v.id);

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  const table = axeTable(scans);
  console.log(`\n${table}`);
  if (process.env.A11Y_TABLE) await writeFile(process.env.A11Y_TABLE, `${table}\n`);
  await e2e?.stop();
});

/** One row per screen × language: serious and critical violations, and the held moderate rules. */
function axeTable(all: Scan[]): string {
  const rows = all.map(({ screen, lang, violations }) => {
    const serious = violations.filter(isSerious);
    const count = serious.reduce((sum, v) => sum + v.targets.length, 0);
    const ids = serious.map((v) => `${v.id} (${v.targets.length})`).join(", ") || "–";
    const held = violations.filter((v) => !isSerious(v) && HELD_RULES.includes(v.id));
    return `| ${screen} | ${lang} | ${count} | ${ids} | ${held.map((v) => v.id).join(", ") || "–"} |`;
  });
  return [
    "| Screen | Lang | Serious + critical (nodes) | Serious/critical rules (nodes) | Held moderate rules |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

async function axe(page: Page, screen: string, lang: Lang): Promise<void> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, TAGS);
  scans.push({ screen, lang, violations });
}

/** What the scans of one language found that the app does not allow, named for the person fixing it. */
function problemsIn(lang: Lang): string[] {
  return scans
    .filter((s) => s.lang === lang)
    .flatMap((s) =>
      s.violations.filter(blocks).map((v) => `${s.screen} (${s.lang}): ${v.id}: ${v.targets.join(" | ")}`),
    );
}

async function openContext(lang: Lang, prepare?: (context: BrowserContext) => Promise<void>) {
  const { page, context } = await e2e.open(`?lang=${lang}`, async (c) => {
    await c.addInitScript({ path: AXE_SOURCE });
    await prepare?.(c);
  });
  return { page, context };
}

/** The screen shown once the previous one has gone and its own loading screen with it. */
async function shown(page: Page): Promise<void> {
  await expect.poll(() => page.locator(".zaui-routes-item:not([data-a11y-left])").count()).toBe(1);
  await screenSettled(page);
  await expect.poll(() => page.locator(".loading-screen, [aria-busy='true']").count()).toBe(0);
}

/** Opens `path` (relative to the app) as the app's own links do, without loading the app again. */
async function go(page: Page, path: string): Promise<void> {
  const url = new URL(path, e2e.url);
  await page.evaluate((href) => {
    document.querySelectorAll(".zaui-routes-item").forEach((item) => item.setAttribute("data-a11y-left", ""));
    const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx }, "", href);
    dispatchEvent(new PopStateEvent("popstate", { state: history.state }));
  }, url.pathname + url.search);
  await shown(page);
}

/** Loads the app afresh at `path`, signed in as `as`. */
async function load(page: Page, path: string, as: string, lang: Lang): Promise<void> {
  await page.goto(new URL(`${path}?as=${as}&lang=${lang}`, e2e.url).toString());
  await shown(page);
}

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });

/** A draft complete up to the terms, so each of the create flow's steps opens. */
function seedDraft(context: BrowserContext, personId: string, draft: Record<string, unknown>) {
  return context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [`zca.onboarding.${personId}`, JSON.stringify({ state: draft, version: 3 })] as const,
  );
}

// Who creates a ZCA in each language (each once: a person has one ZCA at most).
const CREATORS = {
  vi: {
    person: "an",
    draft: {
      step: "terms",
      name: "Cong ty TNHH Ca phe Sang",
      business: businessOf("Công ty TNHH Cà phê Sáng", "0399000014"),
      oaId: "oa-sang-coffee",
      app: { mode: "skip" },
      typedAppId: "",
      acceptedTermsVersion: null,
      idempotencyKey: null,
      createdAccountId: null,
    },
  },
  en: {
    person: "dung",
    draft: {
      step: "terms",
      name: "Pham Dung Bakery",
      business: businessOf("Công ty TNHH Bánh Phạm Dũng", "0399000021", {
        representative: "Phạm Văn Dũng",
        phone: "0901 000 004",
      }),
      oaId: "oa-an-nhien",
      app: { mode: "skip" },
      typedAppId: "",
      acceptedTermsVersion: null,
      idempotencyKey: null,
      createdAccountId: null,
    },
  },
} as const;

const WALLET = {
  vi: {
    amount: "Số tiền nạp",
    pay: "Thanh toán 50.000 đ",
    bank: /^Chuyển khoản nhanh/,
    seeTransfer: "Xem thông tin chuyển khoản",
    sheet: "Thanh toán thử",
    fail: "Thanh toán thất bại",
    cancel: "Đóng, không thanh toán",
    late: "Thành công, Zalo báo chậm",
    succeeded: "Nạp tiền thành công",
    failed: "Nạp tiền không thành công",
    notPaid: "Bạn chưa thanh toán",
    checking: "Đang chờ Zalo xác nhận thanh toán…",
    qr: /^Mã VietQR chuyển/,
    transferred: "Tôi đã chuyển khoản",
    invoices: "Hóa đơn điện tử",
    openPdf: "Xem hóa đơn (PDF)",
    correct: "Sửa tên công ty hoặc địa chỉ",
    review: "Tiếp tục",
  },
  en: {
    amount: "Amount",
    pay: "Pay ₫50,000",
    bank: /^Fast bank transfer/,
    seeTransfer: "See the transfer details",
    sheet: "Test payment",
    fail: "Payment fails",
    cancel: "Close without paying",
    late: "Pay, Zalo reports late",
    succeeded: "Top-up succeeded",
    failed: "The top-up failed",
    notPaid: "You have not paid",
    checking: "Waiting for Zalo to confirm the payment…",
    qr: /^VietQR code to transfer/,
    transferred: "I have made the transfer",
    invoices: "E-invoices",
    openPdf: "View invoice (PDF)",
    correct: "Correct the company name or address",
    review: "Continue",
  },
};

const ACCOUNT = "accounts/zca-binh-minh";
/** Bình's screens, past his ZCA's home, that open from their address alone. */
const OWNER_SCREENS = [
  ["settings", `${ACCOUNT}/settings`],
  ["business", `${ACCOUNT}/business`],
  ["assets", `${ACCOUNT}/assets`],
  ["linkOa", `${ACCOUNT}/assets/oas`],
  ["linkApps", `${ACCOUNT}/assets/apps`],
  ["topup", `${ACCOUNT}/wallet/topup`],
  ["history", `${ACCOUNT}/wallet/history`],
  ["spending", `${ACCOUNT}/wallet/spending`],
  ["invoices", `${ACCOUNT}/wallet/invoices`],
  ["notifications", `${ACCOUNT}/settings/notifications`],
  ["inbox", `${ACCOUNT}/inbox`],
  ["members", `${ACCOUNT}/members`],
  ["addMember", `${ACCOUNT}/members/add`],
  ["roles", `${ACCOUNT}/members/roles`],
  ["superAdmin", `${ACCOUNT}/members/super-admin`],
] as const;

/** Starts a top-up of 50.000 đ from the top-up screen, online or by transfer. */
async function startTopup(page: Page, lang: Lang, method: "online" | "bank") {
  const w = WALLET[lang];
  await go(page, `${ACCOUNT}/wallet/topup`);
  await page.getByRole("textbox", { name: w.amount }).fill("50000");
  if (method === "bank") {
    await page.getByRole("radio", { name: w.bank }).check();
    await button(page, w.seeTransfer).click();
  } else {
    await button(page, w.pay).click();
  }
}

async function payInSheet(page: Page, lang: Lang, outcome: string) {
  const sheet = page.getByRole("dialog", { name: WALLET[lang].sheet });
  await sheet.getByRole("button", { name: outcome, exact: true }).click();
}

describe.each(LANGS)("axe on every screen in %s", (lang) => {
  it("finds no serious or critical violation and none of the held rules", async () => {
    const creator = CREATORS[lang];
    const { page, context } = await openContext(lang, (c) => seedDraft(c, creator.person, creator.draft));
    const w = WALLET[lang];

    // The dev person picker, before anyone is signed in.
    await page.getByRole("button", { name: "Lê Minh Châu" }).waitFor();
    await axe(page, "sign-in (person picker)", lang);

    // A person without a ZCA: home and each step of the create flow, then creating it.
    await load(page, "", creator.person, lang);
    await axe(page, "home", lang);
    for (const [screen, path] of [
      ["create", "create"],
      ["createName", "create/name"],
      ["createOa", "create/oa"],
      ["createApp", "create/app"],
      ["createTerms", "create/terms"],
    ] as const) {
      await go(page, path);
      await axe(page, screen, lang);
    }
    const t = onboardingStrings[lang].terms;
    await page.getByRole("checkbox", { name: t.agree }).check();
    await button(page, t.action).click();
    await page.getByRole("heading", { level: 1 }).or(page.locator(".done-step")).first().waitFor();
    await shown(page);
    await axe(page, "createDone", lang);

    // The owner of a ZCA: each of its screens.
    await load(page, ACCOUNT, "binh", lang);
    await axe(page, "account", lang);
    for (const [screen, path] of OWNER_SCREENS) {
      await go(page, path);
      await axe(page, screen, lang);
    }

    // A member's screen, and the confirm dialog of a role change.
    const m = membersStrings[lang];
    await go(page, `${ACCOUNT}/members`);
    await page.getByRole("button", { name: /^Vũ Hoàng Giang/ }).click();
    await shown(page);
    await axe(page, "member", lang);
    await page.getByRole("radio", { name: roleStrings[lang].admin }).check();
    await button(page, m.member.save).click();
    const dialog = page.getByRole("dialog", { name: m.confirmRole.title });
    await dialog.waitFor();
    await axe(page, "member (confirm dialog open)", lang);
    await dialog.getByRole("button", { name: m.confirmRole.cancel }).click();
    await dialog.waitFor({ state: "detached" });

    // The Checkout sheet and each result of a top-up.
    await startTopup(page, lang, "online");
    await page.getByRole("dialog", { name: w.sheet }).waitFor();
    await axe(page, "topup (Checkout sheet)", lang);
    await payInSheet(page, lang, w.fail);
    await page.getByRole("heading", { name: w.failed }).waitFor();
    await shown(page);
    await axe(page, "topupResult (failed)", lang);

    await startTopup(page, lang, "online");
    await payInSheet(page, lang, w.cancel);
    await page.getByRole("heading", { name: w.notPaid }).waitFor();
    await shown(page);
    await axe(page, "topupResult (not paid)", lang);

    await startTopup(page, lang, "online");
    await payInSheet(page, lang, w.late);
    await page.getByRole("heading", { name: w.checking }).waitFor();
    await shown(page);
    await axe(page, "topupResult (checking)", lang);
    await page.getByRole("heading", { name: w.succeeded }).waitFor({ timeout: 15_000 });
    await axe(page, "topupResult (succeeded)", lang);

    // That credit's e-invoice, once the worker has issued and emailed it (the en run follows vi's).
    await expect.poll(() => e2e.einvoice.emails().length).toBe(LANGS.indexOf(lang) + 1);
    await go(page, `${ACCOUNT}/wallet/invoices`);
    await page
      .getByRole("list", { name: w.invoices })
      .getByRole("listitem")
      .first()
      .getByRole("button")
      .click();
    await page.getByRole("button", { name: w.openPdf, exact: true }).waitFor();
    await shown(page);
    await axe(page, "invoice", lang);
    // Its correction form, then the step that says what a replacement does.
    await button(page, w.correct).click();
    const correction = page.getByRole("region", { name: w.correct });
    await correction.getByRole("textbox").last().fill("27 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh");
    await axe(page, "invoice (correction form)", lang);
    await correction.getByRole("button", { name: w.review, exact: true }).click();
    await correction.getByRole("heading", { level: 3 }).waitFor();
    await axe(page, "invoice (correction, confirm)", lang);

    // The transfer screen, then its result while the bank has not reported the money.
    await startTopup(page, lang, "bank");
    await page.getByRole("img", { name: w.qr }).waitFor();
    await shown(page);
    await axe(page, "topupTransfer", lang);
    await button(page, w.transferred).click();
    await page.getByRole("heading", { name: /ngân hàng báo tiền về|bank to report/ }).waitFor();
    await shown(page);
    await axe(page, "topupResult (waiting for the bank)", lang);
    await context.close();

    if (!REPORT_ONLY) expect(problemsIn(lang)).toEqual([]);
  });
});

describe("at 200 % zoom (a 195 px wide screen)", () => {
  // What runs past its box: a page or a title too wide, a button whose label is taller than it.
  const overflowing = (page: Page) =>
    page.evaluate(() => {
      const wide = [document.documentElement, ...document.querySelectorAll(".zaui-page, .app-title")].filter(
        (element) => element.scrollWidth > element.clientWidth,
      );
      const tall = [...document.querySelectorAll(".zaui-btn:not(.zaui-header-back-btn)")].filter(
        (element) => element.scrollHeight > element.clientHeight + 1,
      );
      return [...wide, ...tall].map(
        (element) =>
          `${element.className || element.tagName}: ${element.scrollWidth}×${element.scrollHeight} > ${element.clientWidth}×${element.clientHeight}`,
      );
    });

  it("scrolls no screen sideways nor cuts a title or a button, and a screen opened from another takes the focus to its h1", async () => {
    // Châu is in no ZCA: her home's main action opens the create flow.
    const { page, context } = await e2e.open("?as=chau&lang=vi");
    await page.setViewportSize({ width: 195, height: 422 });
    await shown(page);
    // The screen the app opens on leaves the focus where the browser puts it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, "a11y-zoom-200-home");

    await page.getByRole("button", { name: "Tạo tài khoản Zalo Cloud Account" }).click();
    const heading = page.getByRole("heading", { level: 1, name: "Zalo Cloud Account dùng để làm gì?" });
    await expect.poll(() => heading.evaluate((h1) => h1 === document.activeElement)).toBe(true);
    await shown(page);
    expect(await overflowing(page)).toEqual([]);

    for (const path of ["create/name", `${ACCOUNT}/wallet/topup`]) {
      await go(page, path);
      expect(await overflowing(page), path).toEqual([]);
    }
    await context.close();

    const owner = await e2e.open(`${ACCOUNT}?as=binh&lang=en`);
    await owner.page.setViewportSize({ width: 195, height: 422 });
    await shown(owner.page);
    for (const path of [ACCOUNT, `${ACCOUNT}/settings`, `${ACCOUNT}/assets/oas`, `${ACCOUNT}/members`]) {
      if (path !== ACCOUNT) await go(owner.page, path);
      expect(await overflowing(owner.page), path).toEqual([]);
      await expect
        .poll(() => owner.page.evaluate(() => document.activeElement?.tagName), { message: path })
        .toBe(path === ACCOUNT ? "BODY" : "H1");
    }
    await startTopup(owner.page, "en", "bank");
    await owner.page.getByRole("img", { name: WALLET.en.qr }).waitFor();
    await shown(owner.page);
    expect(await overflowing(owner.page), "transfer").toEqual([]);
    await screenshot(owner.page, "a11y-zoom-200-transfer-en");
    await owner.context.close();
  });
});
