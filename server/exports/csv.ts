import { totals, type Cell, type Sheet } from "./sheet";

// Excel reads a CSV as the system's code page unless it starts with a byte order mark: with it,
// Vietnamese shows as written.
const BOM = "\uFEFF";

/**
 * The sheets as one CSV (RFC 4180: CRLF, quotes doubled), one section each: its name, its header,
 * its rows and its total row, a blank line between sections, every row as wide as the widest.
 */
export function toCsv(sheets: Sheet[]): string {
  const width = Math.max(...sheets.map((s) => s.columns.length));
  const lines: Cell[][] = [];
  sheets.forEach((sheet, i) => {
    if (i > 0) lines.push([]);
    if (sheets.length > 1) lines.push([sheet.name]);
    lines.push(sheet.columns.map((c) => c.header));
    lines.push(...sheet.rows);
    if (sheet.totalLabel) lines.push([sheet.totalLabel, ...totals(sheet).slice(1)]);
  });
  return BOM + lines.map((row) => line(row, width)).join("\r\n") + "\r\n";
}

function line(row: Cell[], width: number): string {
  return Array.from({ length: width }, (_, i) => field(row[i] ?? null)).join(",");
}

function field(cell: Cell): string {
  if (cell === null) return "";
  // Amounts are numbers, written bare so a spreadsheet sums them (a spend is -220000).
  if (typeof cell === "number") return String(cell);
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text a spreadsheet would run as a formula (an OA named "=HYPERLINK(…)") is kept as text:
 * OWASP's advice for CSV injection, a leading apostrophe.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
