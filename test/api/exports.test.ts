// The exports of "Chi tiêu" and "Lịch sử giao dịch" over real HTTP: read back as a spreadsheet
// program would (the CSV parsed, the XLSX opened with exceljs), their totals equal to the screen's.
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addMonths, currentMonth } from "../../src/domain/report-range";
import { SEED_LEDGER } from "../../server/seed/directory";
import { HISTORY_EXPORT_ROWS_MAX } from "../../server/services/exports";
import { freshServer } from "./helpers/fresh-server";

const { server, tokens } = freshServer({ people: ["binh", "em", "giang", "an"] });
const ACCOUNT = "/api/accounts/zca-binh-minh";

async function download(path: string, token = tokens.binh) {
  const res = await fetch(new URL(path, server.url), { headers: { Authorization: `Bearer ${token}` } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== "," && ch !== "\r")) {
      field += ch;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    }
  }
  return rows;
}

/** The CSV's sections (split at blank lines), each as its rows. */
function sections(text: string): string[][][] {
  const out: string[][][] = [[]];
  for (const row of parseCsv(text)) {
    if (row.every((f) => f === "")) out.push([]);
    else out.at(-1)!.push(row);
  }
  return out;
}

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

const cellValue = (value: ExcelJS.CellValue) =>
  value !== null && typeof value === "object" && "result" in value ? value.result : value;

// The screen's own window: the last six months, this one included.
const screenRange = () => ({ from: addMonths(currentMonth(), -5), to: currentMonth() });

describe("GET /api/accounts/:id/spending/export", () => {
  it("answers a CSV with a BOM, as an attachment, its totals those of the screen", async () => {
    const { from, to } = screenRange();
    const screen = (await server.get(`${ACCOUNT}/spending`, tokens.binh)).body;
    const { res, bytes } = await download(`${ACCOUNT}/spending/export?format=csv&from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="chi-tieu-${from}-${to}.csv"`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [byMonth, byOa, byApp] = sections(new TextDecoder().decode(bytes));
    expect(byMonth[0]).toEqual(["Theo tháng", "", ""]);
    expect(byMonth[1]).toEqual(["Tháng", "Số tiền (₫)", ""]);
    const sum = (rows: { amount: number }[]) => rows.reduce((s, r) => s + r.amount, 0);
    expect(byMonth.slice(2, -1).map((r) => [r[0], Number(r[1])])).toEqual(
      screen.byMonth.map((m: { month: string; amount: number }) => [m.month, m.amount]),
    );
    expect(byMonth.at(-1)!.slice(0, 2)).toEqual(["Tổng cộng", String(sum(screen.byMonth))]);
    expect(byOa[1]).toEqual(["Mã", "Tên OA", "Số tiền (₫)"]);
    expect(Number(byOa.at(-1)![2])).toBe(sum(screen.byOa));
    expect(byApp.slice(2, -1).map((r) => r[1])).toEqual(screen.byApp.map((a: { name: string }) => a.name));
    expect(Number(byApp.at(-1)![2])).toBe(sum(screen.byApp));
    expect(sum(screen.byMonth)).toBeGreaterThan(0);
  });

  it("answers an XLSX with a sheet per view, a bold header, amounts in đồng and a total row", async () => {
    const { bytes, res } = await download(
      `${ACCOUNT}/spending/export?format=xlsx&from=2026-06&to=2026-11&lang=en`,
    );
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="spending-2026-06-2026-11.xlsx"',
    );
    const workbook = await workbookOf(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["By month", "By OA", "By app"]);
    const months = workbook.getWorksheet("By month")!;
    expect(months.getRow(1).values).toEqual([undefined, "Month", "Amount (₫)"]);
    expect(months.getRow(1).font?.bold).toBe(true);
    expect(months.getCell("B2").value).toBe(180_000);
    expect(months.getCell("B2").numFmt).toContain("₫");
    // Seeded spends of June to November 2026: 180 + 210 + 150 + 260 + 240 + 90 + 220 thousand.
    expect(months.getCell("A8").value).toBe("Total");
    expect(cellValue(months.getCell("B8").value)).toBe(1_350_000);
    expect(months.getRow(8).font?.bold).toBe(true);
    const byOa = workbook.getWorksheet("By OA")!;
    expect(byOa.getRow(2).values).toEqual([undefined, "oa-binh-minh", "Bình Minh Spa", 240_000]);
    const byApp = workbook.getWorksheet("By app")!;
    expect(cellValue(byApp.getCell("C3").value)).toBe(1_110_000);
  });

  it("lets the wallet's readers export and nobody else", async () => {
    const path = `${ACCOUNT}/spending/export?format=csv&from=2026-01&to=2026-06`;
    expect((await download(path, tokens.em)).res.status).toBe(200);
    for (const token of [tokens.giang, tokens.an]) {
      const { res, bytes } = await download(path, token);
      expect(res.status).toBe(403);
      expect(JSON.parse(new TextDecoder().decode(bytes)).error.code).toBe("forbidden");
    }
    expect(
      (
        await server.get(
          "/api/accounts/zca-nobody/spending/export?format=csv&from=2026-01&to=2026-06",
          tokens.binh,
        )
      ).status,
    ).toBe(404);
  });

  it.each([
    ["format=pdf&from=2026-01&to=2026-06", { format: "invalid" }],
    ["from=2026-01&to=2026-06", { format: "invalid" }],
    ["format=csv&from=2026-13&to=2027-01", { from: "invalid" }],
    ["format=csv&from=2026-1&to=2026-02-01", { from: "invalid", to: "invalid" }],
    ["format=csv&from=2026-01", { to: "invalid" }],
    ["format=csv&from=2026-06&to=2026-01", { to: "before_from" }],
    ["format=csv&from=2024-01&to=2025-12", null],
    ["format=csv&from=2024-01&to=2026-01", { to: "range_too_long" }],
    ["format=csv&from=1999-01&to=1999-02", { from: "invalid", to: "invalid" }],
    ["format=csv&from=2026-01&to=2026-02&lang=fr", { lang: "invalid" }],
  ])("answers ?%s with %j", async (query, fields) => {
    const res = await server.get(`${ACCOUNT}/spending/export?${query}`, tokens.binh);
    if (fields === null) return expect(res.status).toBe(200);
    expect([res.status, res.body.error.code, res.body.error.fields]).toEqual([400, "invalid_input", fields]);
  });
});

describe("GET /api/accounts/:id/history/export", () => {
  it("lists every ledger entry of the range with its reference, in Vietnam's time, totalled", async () => {
    const { bytes } = await download(`${ACCOUNT}/history/export?format=xlsx&from=2024-03&to=2026-02`);
    const sheet = (await workbookOf(bytes)).getWorksheet("Lịch sử giao dịch")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Thời gian (giờ Việt Nam)",
      "Loại",
      "Nội dung",
      "Số tiền (₫)",
      "Số dư sau (₫)",
      "Phương thức nạp",
      "Mã giao dịch thanh toán",
      "Mã lệnh nạp tiền",
      "Dùng cho (OA / ứng dụng)",
      "Hóa đơn",
    ]);
    // 2024-03-12T10:00:00Z is 17:00 in Hà Nội.
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "2024-03-12 17:00:00",
      "Nạp tiền",
      "Nạp tiền trực tuyến qua Zalo",
      3_000_000,
      3_000_000,
      "Trực tuyến",
      "seed-zlp-240312-01",
    ]);
    expect(sheet.getRow(3).getCell(9).value).toBe("Bình Minh Spa");
    const inRange = SEED_LEDGER.filter((e) => e.createdAt < new Date("2026-02-28T17:00:00Z"));
    expect(sheet.rowCount).toBe(inRange.length + 2);
    expect(cellValue(sheet.getRow(sheet.rowCount).getCell(4).value)).toBe(
      inRange.reduce((s, e) => s + e.amount, 0),
    );
  });

  it("writes a cell that would run as a formula as text, and quotes what needs quoting", async () => {
    await server.db.execute(
      sql`UPDATE oas SET name = '=HYPERLINK("http://x","Bình, "Minh"")' WHERE id = 'oa-binh-minh'`,
    );
    const { bytes } = await download(`${ACCOUNT}/history/export?format=csv&from=2026-06&to=2026-11&lang=en`);
    // TextDecoder drops the BOM, as a spreadsheet does.
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""Bình, ""Minh"""")"`);
    const rows = parseCsv(text);
    expect(rows[0][0]).toBe("Time (Vietnam)");
    const spend = rows.find((r) => r[8]?.startsWith("'="))!;
    expect(spend[3]).toBe("-150000");
    expect(rows.at(-1)!.slice(0, 4)).toEqual(["Total", "", "", "-1350000"]);
  });

  it("refuses a range holding more entries than one file takes, and answers a shorter one", async () => {
    await server.db.execute(sql`
      INSERT INTO ledger_entries (account_id, kind, amount, balance_after, description, created_at)
      SELECT 'zca-binh-minh', 'adjustment', 0, 1250000, 'opening_balance', '2025-01-10T00:00:00Z'
      FROM generate_series(1, ${HISTORY_EXPORT_ROWS_MAX + 1})`);
    const res = await server.get(`${ACCOUNT}/history/export?format=csv&from=2025-01&to=2025-02`, tokens.binh);
    expect([res.status, res.body.error.fields]).toEqual([400, { to: "too_many_rows" }]);
    expect((await download(`${ACCOUNT}/history/export?format=csv&from=2025-02&to=2025-03`)).res.status).toBe(
      200,
    );
  });

  it("refuses another ZCA's history and a range past the cap", async () => {
    expect(
      (await server.get(`${ACCOUNT}/history/export?format=csv&from=2026-01&to=2026-06`, tokens.an)).status,
    ).toBe(403);
    const res = await server.get(
      `${ACCOUNT}/history/export?format=xlsx&from=2020-01&to=2026-12`,
      tokens.binh,
    );
    expect([res.status, res.body.error.fields]).toEqual([400, { to: "range_too_long" }]);
  });
});
