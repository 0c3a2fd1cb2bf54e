import { z } from "zod";
import { idSchema } from "./schemas";

/** The files a short-lived link can serve: an invoice's PDF, or one of the wallet's reports. */
export const FILE_LINK_KINDS = ["invoice_pdf", "spending_export", "history_export"] as const;
export type FileLinkKind = (typeof FILE_LINK_KINDS)[number];

// A report's months, format and language are checked by the export routes' own rule
// (reportRangeProblems) after this, so a refusal names the same fields with the same codes.
const reportText = z.string().max(16).optional();

/**
 * `POST /api/accounts/:id/file-links`: which file the link is for. An export carries what its
 * route's query carries (`format`, `from`, `to`, `lang`).
 */
export const fileLinkRequestSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("invoice_pdf"), invoiceId: idSchema }),
  z.strictObject({
    kind: z.enum(["spending_export", "history_export"]),
    format: reportText,
    from: reportText,
    to: reportText,
    lang: reportText,
  }),
]);
export type FileLinkRequest = z.infer<typeof fileLinkRequestSchema>;

/** A link that serves one file without the session, until `expiresAt` (ISO 8601), and the file's name. */
export interface FileLink {
  url: string;
  expiresAt: string;
  fileName: string;
}
