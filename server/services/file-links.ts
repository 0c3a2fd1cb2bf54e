import { createHash, randomBytes } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import type { FileLink } from "../../src/domain/file-links";
import { invoicePdfFileName } from "../../src/domain/invoices";
import type { Actor } from "../actor";
import type { Db } from "../db/client";
import { fileLinks, type FileLinkFile } from "../db/schema";
import { ApiError } from "../errors";
import { reportFile } from "../exports/report-file";
import { runCommand } from "./command";
import { historyReport, spendingReport } from "./exports";
import { invoicePdf } from "./invoices";

/**
 * How long a link serves its file. Zalo's viewer and downloader fetch it within seconds of the tap,
 * maybe several times (a retry, range requests): a few minutes covers a slow network, and a link
 * that leaked (forwarded, logged) is worthless soon after.
 */
export const FILE_LINK_LIFETIME_MS = 5 * 60_000;
/**
 * An expired link still answers file_link_expired (not a bare not_found) this long, so whoever
 * opens it late is told why; then the next link made deletes its row.
 */
export const EXPIRED_LINK_KEPT_MS = 60 * 60_000;
/** 32 random bytes, base64url: 256 bits no one guesses. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** One file as a link serves it. */
export interface LinkedFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  fileName: string;
  /** A PDF is shown (Zalo's viewer), a report is kept. */
  disposition: "inline" | "attachment";
}

/**
 * Makes a link to one of the ZCA's files for the signed-in person, who must have wallet.use there.
 * The file is checked now as its own route checks it (the invoice is this ZCA's and has its PDF;
 * the report's months within the limits, a history not too long for one file), so a refusal is
 * said in the app, not in Zalo's viewer. Only the token's hash is kept, bound to the ZCA, the person
 * and the file. Making one deletes links expired over EXPIRED_LINK_KEPT_MS ago.
 */
export async function createFileLink(
  db: Db,
  actor: Actor,
  accountId: string,
  file: FileLinkFile,
  publicUrl: string,
  now = new Date(),
): Promise<FileLink> {
  const { fileName } = await makeFile(db, actor.personId, accountId, file);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + FILE_LINK_LIFETIME_MS);
  await runCommand(db, actor, { accountId, permission: "wallet.use" }, async ({ tx, audit }) => {
    await tx.delete(fileLinks).where(lt(fileLinks.expiresAt, new Date(now.getTime() - EXPIRED_LINK_KEPT_MS)));
    await tx.insert(fileLinks).values({
      tokenHash: hashOf(token),
      accountId,
      personId: actor.personId,
      kind: file.kind,
      file,
      createdAt: now,
      expiresAt,
    });
    audit({
      action: "wallet.file_link",
      subjectId: file.kind === "invoice_pdf" ? file.invoiceId : undefined,
      detail: { ...file },
    });
  });
  // The file's name ends the path: Zalo's viewer titles the document by it, its downloader keeps it.
  return {
    url: `${publicUrl}/api/file-links/${token}/${fileName}`,
    expiresAt: expiresAt.toISOString(),
    fileName,
  };
}

/**
 * The file a link serves, to whoever holds the token, while it lives and only while the person who
 * made it may still see it (a member removed or demoted since is refused, as their session would
 * be). An unknown token answers not_found, an expired one file_link_expired.
 */
export async function fileOfLink(db: Db, token: string, now = new Date()): Promise<LinkedFile> {
  if (!TOKEN_PATTERN.test(token)) throw new ApiError("not_found");
  const [link] = await db
    .select()
    .from(fileLinks)
    .where(eq(fileLinks.tokenHash, hashOf(token)));
  if (!link) throw new ApiError("not_found");
  if (link.expiresAt.getTime() <= now.getTime()) throw new ApiError("file_link_expired");
  return makeFile(db, link.personId, link.accountId, link.file);
}

/** The file, made by the services its own route calls, which ask the policy first. */
async function makeFile(
  db: Db,
  personId: string,
  accountId: string,
  file: FileLinkFile,
): Promise<LinkedFile> {
  if (file.kind === "invoice_pdf") {
    const { pdf, number, series } = await invoicePdf(db, personId, accountId, file.invoiceId);
    return {
      body: new Uint8Array(pdf),
      type: "application/pdf",
      fileName: invoicePdfFileName("hoa-don", number, series),
      disposition: "inline",
    };
  }
  const { format, ...choice } = file;
  const report =
    file.kind === "spending_export"
      ? await spendingReport(db, personId, accountId, choice)
      : await historyReport(db, personId, accountId, choice);
  return { ...(await reportFile(report, format)), disposition: "attachment" };
}
