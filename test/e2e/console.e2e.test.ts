// The operator's console in Chromium at a desktop size: a staff member signs in through the local
// OpenID Connect provider (the real redirect flow), finds Bình's ZCA by its tax code and by a
// member's phone, opens it and reads its members and ledger; axe on every page, in both languages.
// The e2e global setup built the console into dist-console/ (support/build.ts).
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../scripts/chromium";
import { openDatabase, type Database } from "../../server/db/client";
import { startOidcStandIn, type OidcStandIn } from "../../server/dev/oidc-standin";
import { serveLocal } from "../../server/listen";
import { DEV_IDP_PEOPLE } from "../../server/seed/staff";
import { seedDirectory } from "../../server/seed/seed";
import { createDevApi } from "../support/dev-api";
import { quietLog } from "../support/log";

const DESKTOP = { width: 1440, height: 900 };
const SHOTS = process.env.CONSOLE_SHOTS ?? "test/e2e/screenshots";
const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const CLIENT = { clientId: "zca-console-e2e", clientSecret: "e2e-console-client-secret" };

let database: Database;
let idp: OidcStandIn;
let browser: Browser;
let consoleUrl: string;
let stopServer: () => void;

beforeAll(async () => {
  database = await openDatabase({ dataDir: null });
  await seedDirectory(database.db);
  let app: ReturnType<typeof createDevApi> | null = null;
  const { server, port } = await serveLocal((request) => app!.fetch(request));
  stopServer = () => server.close();
  // localhost, as staff open it in dev mode: Chromium keeps Secure cookies on http://localhost.
  consoleUrl = `http://localhost:${port}`;
  idp = await startOidcStandIn({
    people: DEV_IDP_PEOPLE,
    clients: [{ ...CLIENT, redirectUris: [`${consoleUrl}/console/auth/callback`] }],
  });
  app = createDevApi(database.db, {
    log: quietLog(),
    console: {
      oidc: { issuer: idp.url, ...CLIENT, allowHttp: true },
      publicUrl: consoleUrl,
      staticDir: "dist-console",
      cookieSecret: "e2e-console-cookie-secret-0123456789abcdef",
    },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await idp?.stop();
  stopServer?.();
  await database?.close();
});

async function desktopPage(lang: "vi" | "en"): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await context.addInitScript({ path: AXE_SOURCE });
  await context.addInitScript((l) => localStorage.setItem("zca-console-lang", l), lang);
  return context.newPage();
}

/** No table still loading, and no fade (antd's spinner leaving, a link's colour) under way: both dim what axe and a screenshot see. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator(".ant-spin-spinning, .ant-spin-blur").count()).toBe(0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  await settled(page);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  }, AXE_TAGS);
  expect(violations, name).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Signed out at /console/ → the IdP's page → pick the staff member → back, signed in. */
async function signIn(page: Page, who: RegExp, lang: "vi" | "en"): Promise<void> {
  await throughIdp(page, who, lang);
  await page.waitForURL(`${consoleUrl}/console/`);
}

/** The sign-in button, then the IdP's own page, where `who` is picked. */
async function throughIdp(page: Page, who: RegExp, lang: "vi" | "en"): Promise<void> {
  await page.goto(`${consoleUrl}/console/`);
  const button = page.getByRole("link", {
    name: lang === "vi" ? "Đăng nhập bằng tài khoản công ty" : "Sign in with your company account",
  });
  await expect.poll(() => button.isVisible()).toBe(true);
  await expectAxeClean(page, `sign-in (${lang})`);
  await shot(page, `console-sign-in-${lang}`);
  // The keyboard reaches the button and Enter follows it.
  await button.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/interaction\//);
  await page.getByRole("button", { name: who }).click();
}

describe.each(["vi", "en"] as const)("the console in %s", (lang) => {
  const words =
    lang === "vi"
      ? {
          find: "Tìm ZCA",
          box: "Tên, mã số thuế",
          search: "Tìm",
          members: "Thành viên",
          ledger: "Sổ cái",
          audit: "Nhật ký thao tác",
          signOut: "Đăng xuất",
        }
      : {
          find: "Find a ZCA",
          box: "Name, tax code",
          search: "Search",
          members: "Members",
          ledger: "Ledger",
          audit: "Audit trail",
          signOut: "Sign out",
        };

  it("signs an ops_admin in through the IdP, finds Bình's ZCA by tax code and by a member's phone, and reads it", async () => {
    const page = await desktopPage(lang);
    await signIn(page, /Đỗ Anh Quân/, lang);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: words.find }).isVisible()).toBe(true);
    await expectAxeClean(page, `find (${lang})`);

    const box = page.getByLabel(words.box);
    const results = page.getByRole("table");
    for (const q of ["0399123457", "0901 000 002"]) {
      await box.fill(q);
      await box.press("Enter");
      await expect
        .poll(() => results.getByRole("link", { name: "Cong ty TNHH Binh Minh" }).isVisible())
        .toBe(true);
    }
    await expectAxeClean(page, `find results (${lang})`);
    await shot(page, `console-find-${lang}`);

    // Tab to the result and open it with the keyboard.
    await results.getByRole("link", { name: "Cong ty TNHH Binh Minh" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: "Cong ty TNHH Binh Minh" }).isVisible())
      .toBe(true);
    const members = page.getByRole("table", { name: words.members });
    await expect.poll(() => members.getByRole("cell", { name: "Trần Thị Bình" }).isVisible()).toBe(true);
    await expectAxeClean(page, `account members (${lang})`);
    await shot(page, `console-account-${lang}`);

    await page.getByRole("tab", { name: words.ledger }).click();
    const ledger = page.getByRole("table", { name: words.ledger });
    await expect.poll(() => ledger.getByRole("row").count()).toBeGreaterThan(1);
    await expectAxeClean(page, `account ledger (${lang})`);
    await shot(page, `console-ledger-${lang}`);

    await page.getByRole("link", { name: words.audit }).click();
    const trail = page.getByRole("table", {
      name: lang === "vi" ? "Nhật ký thao tác của nhân viên" : "Staff audit trail",
    });
    await expect
      .poll(() =>
        trail
          .getByRole("cell", { name: /Đỗ Anh Quân/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAxeClean(page, `audit trail (${lang})`);
    await shot(page, `console-audit-${lang}`);

    await page.getByRole("button", { name: words.signOut }).click();
    await expect
      .poll(() => page.getByRole("link", { name: /Đăng nhập bằng|Sign in with/ }).isVisible())
      .toBe(true);
    await page.context().close();
  });
});

it("a support member sees no audit trail link, and an identity the staff table lacks is refused with a clear page", async () => {
  const page = await desktopPage("vi");
  await signIn(page, /Nguyễn Thu Hoa/, "vi");
  await expect.poll(() => page.getByRole("heading", { level: 1, name: "Tìm ZCA" }).isVisible()).toBe(true);
  expect(await page.getByRole("link", { name: "Nhật ký thao tác" }).count()).toBe(0);
  await page.context().close();

  const stranger = await desktopPage("vi");
  await throughIdp(stranger, /Khách lạ/, "vi");
  await expect
    .poll(() =>
      stranger.getByRole("heading", { name: "Tài khoản này không có quyền vào bảng điều khiển" }).isVisible(),
    )
    .toBe(true);
  await expectAxeClean(stranger, "refused");
  await shot(stranger, "console-refused");
  await stranger.context().close();
});
