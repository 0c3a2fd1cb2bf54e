import { isLang } from "../../src/domain/languages";
import { REPORT_FORMATS, reportRangeProblems, type ReportFormat } from "../../src/domain/report-range";
import { ApiError } from "../errors";
import type { Ctx } from "../http";
import type { ReportChoice } from "../services/exports";
import { toCsv } from "./csv";
import type { Report } from "./sheet";
import { toXlsx } from "./xlsx";

/**
 * ?format=csv|xlsx&from=YYYY-MM&to=YYYY-MM&lang=vi|en of an export. Refusals are invalid_input
 * with a stable code per field: format "invalid"; from/to "invalid" (absent, or a month that is
 * none), to "before_from" or "range_too_long".
 */
export function readReportQuery(c: Ctx): ReportChoice & { format: ReportFormat } {
  const { format, from, to, lang } = c.req.query();
  const fields: Record<string, string> = {
    ...(REPORT_FORMATS.includes(format as ReportFormat) ? {} : { format: "invalid" }),
    ...reportRangeProblems(from, to),
    ...(lang === undefined || isLang(lang) ? {} : { lang: "invalid" }),
  };
  if (Object.keys(fields).length > 0) {
    throw new ApiError(
      "invalid_input",
      "Send format=csv|xlsx, from and to as YYYY-MM (24 months at most).",
      fields,
    );
  }
  return { format: format as ReportFormat, from: from!, to: to!, lang: isLang(lang) ? lang : "vi" };
}

const TYPES: Record<ReportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The report as a file to keep: its bytes, its type, and a name the browser saves it under. */
export async function sendReport(c: Ctx, report: Report, format: ReportFormat): Promise<Response> {
  const body =
    format === "csv" ? new TextEncoder().encode(toCsv(report.sheets)) : await toXlsx(report.sheets);
  return c.body(body, 200, {
    "Content-Type": TYPES[format],
    // The name is ours, plain ASCII (no person's words): no quoting or RFC 5987 needed.
    "Content-Disposition": `attachment; filename="${report.fileName}.${format}"`,
    "Cache-Control": "no-store",
  });
}
