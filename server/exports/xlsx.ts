import ExcelJS from "exceljs";
import { totals, type Sheet } from "./sheet";

/** Amounts in đồng: whole numbers with thousands grouped, the sign before, "₫" after. */
export const DONG_FORMAT = '#,##0 "₫";-#,##0 "₫"';

/** The sheets as an XLSX workbook: a bold header, amounts as numbers in đồng, a bold total row. */
export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width ?? (c.type === "money" ? 16 : 24),
      style: c.type === "money" ? { numFmt: DONG_FORMAT } : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.addRows(sheet.rows);
    if (sheet.totalLabel) {
      const last = sheet.rows.length + 1;
      const sums = totals(sheet);
      const total = ws.addRow(
        sheet.columns.map((c, i) => {
          if (i === 0) return sheet.totalLabel;
          if (!c.total) return null;
          const letter = ws.getColumn(i + 1).letter;
          // The formula keeps the total right after a person edits a row; the result is what a
          // reader that computes nothing (a preview, a test) shows.
          return { formula: `SUM(${letter}2:${letter}${last})`, result: sums[i] };
        }),
      );
      total.font = { bold: true };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
