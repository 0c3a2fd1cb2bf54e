import { isLang } from "../../src/domain/languages";
import { REPORT_FORMATS, reportRangeProblems, type ReportFormat } from "../../src/domain/report-range";
import { ApiError } from "../errors";
import type { Ctx } from "../http";
import type { ReportChoice } from "../services/exports";
import { reportFile } from "./report-file";
import type { Report } from "./sheet";

/**
 * ?format=csv|xlsx&from=YYYY-MM&to=YYYY-MM&lang=vi|en of an export. Refusals are invalid_input
 * with a stable code per field: format "invalid"; from/to "invalid" (absent, or a month that is
 * none), to "before_from" or "range_too_long".
 */
export function readReportQuery(c: Ctx): ReportChoice & { format: ReportFormat } {
  return reportChoiceOf(c.req.query());
}

/** The same rule for a report described elsewhere (a file link's body): the same refusals. */
export function reportChoiceOf(input: {
  format?: unknown;
  from?: unknown;
  to?: unknown;
  lang?: unknown;
}): ReportChoice & { format: ReportFormat } {
  const { format, from, to, lang } = input;
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
  return {
    format: format as ReportFormat,
    from: from as string,
    to: to as string,
    lang: isLang(lang) ? lang : "vi",
  };
}

/** The report as a file to keep: its bytes, its type, and a name the browser saves it under. */
export async function sendReport(c: Ctx, report: Report, format: ReportFormat): Promise<Response> {
  const { body, type, fileName } = await reportFile(report, format);
  return c.body(body, 200, {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "no-store",
  });
}
