// "Xuất báo cáo" at 390×844 in both languages: the action open on "Chi tiêu" and "Lịch sử giao
// dịch", axe on it, and the file a browser downloads, opened with exceljs as a spreadsheet would.
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenSettled, screenshot, startE2e, type E2e } from "./support/harness";

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const WORDS = {
  vi: {
    open: "Xuất báo cáo",
    from: "Từ tháng",
    download: "Tải báo cáo",
    downloaded: (name: string) => `Đã tải ${name} về máy.`,
    sheets: { spending: ["Theo tháng", "Theo OA", "Theo ứng dụng"], history: ["Lịch sử giao dịch"] },
  },
  en: {
    open: "Export report",
    from: "From month",
    download: "Download report",
    downloaded: (name: string) => `${name} downloaded.`,
    sheets: { spending: ["By month", "By OA", "By app"], history: ["Transaction history"] },
  },
} as const;

async function seriousViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

describe.each(["vi", "en"] as const)("Xuất báo cáo in %s", (lang) => {
  it.each(["spending", "history"] as const)(
    "exports %s as Excel, the file opening with its sheets",
    async (report) => {
      const w = WORDS[lang];
      const { page, context } = await e2e.open(
        `accounts/zca-binh-minh/wallet/${report}?as=binh&lang=${lang}`,
        (c) => c.addInitScript({ path: AXE_SOURCE }),
      );
      const open = page.getByRole("button", { name: w.open, exact: true });
      await open.click();
      await page.getByLabel(w.from).fill("2026-06");
      await screenSettled(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `exports-${report}-${lang}`);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: w.download, exact: true }).click(),
      ]);
      const name = download.suggestedFilename();
      expect(name).toMatch(/^[a-z-]+-2026-06-\d{4}-\d{2}\.xlsx$/);
      // "Chi tiêu" also has dev mode's "Giả lập chi tiêu", with its own status line.
      await page
        .getByRole("status")
        .filter({ hasText: w.downloaded(name) })
        .waitFor();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())).buffer as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(w.sheets[report]);
      const first = workbook.worksheets[0]!;
      console.log(
        `${name}, sheet “${first.name}”:\n` +
          first
            .getRows(1, Math.min(first.rowCount, 5))!
            .map((row) => JSON.stringify((row.values as unknown[]).slice(1)))
            .join("\n"),
      );
      await context.close();
    },
  );
});
