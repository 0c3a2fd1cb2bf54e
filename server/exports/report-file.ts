import type { ReportFormat } from "../../src/domain/report-range";
import { toCsv } from "./csv";
import type { Report } from "./sheet";
import { toXlsx } from "./xlsx";

const TYPES: Record<ReportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A report's bytes, its type, and the name it is kept under. */
export async function reportFile(
  report: Report,
  format: ReportFormat,
): Promise<{ body: Uint8Array<ArrayBuffer>; type: string; fileName: string }> {
  const body =
    format === "csv" ? new TextEncoder().encode(toCsv(report.sheets)) : await toXlsx(report.sheets);
  // The name is ours, plain ASCII (no person's words): no quoting or RFC 5987 needed.
  return { body, type: TYPES[format], fileName: `${report.fileName}.${format}` };
}
