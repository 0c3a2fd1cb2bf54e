import { Hono } from "hono";
import { fileLinkRequestSchema, type FileLinkRequest } from "../../src/domain/file-links";
import type { Db } from "../db/client";
import type { FileLinkFile } from "../db/schema";
import { reportChoiceOf } from "../exports/respond";
import { actor, readBody, readParam, type Ctx, type Env } from "../http";
import type { RateLimiter } from "../middleware/rate-limit";
import { createFileLink, fileOfLink, type LinkedFile } from "../services/file-links";

/**
 * Short-lived links to a ZCA's files, for Zalo: zmp-sdk's openDocument and downloadFile take only
 * a URL, which Zalo's viewer and downloader fetch themselves, without the app's session (and a
 * session token never goes in a URL).
 *
 * Who may call them:
 * - POST /api/accounts/:id/file-links (session router): a member of the ZCA with wallet.use (Super
 *   Admin, Admin, Finance), through the policy, for an invoice of that ZCA with its PDF, or a
 *   spending or history report within the export routes' limits → `{url, expiresAt, fileName}`. Audited
 *   (`wallet.file_link`), as it writes the link.
 * - GET /api/file-links/:token[/:name] (public router): whoever holds the URL. The token is the
 *   capability; `:name` is the file's name, for Zalo to title and keep it, and is not believed.
 *
 * How it could be abused, and what stops it:
 * - A guessed token: 256 random bits; a malformed one answers not_found without a query. The GET
 *   counts against a per-address limit, like the other public pages.
 * - A forwarded or leaked link (a chat, a log, a Referer): it opens the file for whoever has it, as
 *   long as it lives: five minutes (FILE_LINK_LIFETIME_MS). The app never shares a link ("Chia sẻ"
 *   sends the file itself), answers say no-store and no-referrer, and only the token's SHA-256 is
 *   stored, so the table gives no link away.
 * - A link replayed after it expired: file_link_expired (410) for an hour, then not_found once a
 *   newer link's creation has deleted it. Within its five minutes it serves again on purpose: Zalo's
 *   viewer may fetch more than once (a retry, range requests), so a single-use link would break
 *   the viewer; the short life is the bound instead.
 * - Another ZCA's invoice id, or another ZCA's id: the policy refuses a non-member (forbidden), and
 *   an invoice is looked up within the ZCA only (not_found), before any link exists.
 * - A member removed or demoted after making the link: each GET asks the policy again for the
 *   person who made it, so it is refused (forbidden) the moment they lose wallet.use.
 * - Huge ranges: the export routes' own rules, checked at creation (24 months, 20 000 history
 *   rows) and again when the file is made.
 */
export function fileLinkRoutes(db: Db, publicUrl: string) {
  return new Hono<Env>().post("/:id/file-links", async (c) => {
    const request = await readBody(c, fileLinkRequestSchema);
    return c.json(await createFileLink(db, actor(c), readParam(c, "id"), fileOf(request), publicUrl), 201);
  });
}

/** GET /api/file-links/:token, without a session; see fileLinkRoutes for who may and why. */
export function fileLinkServeRoutes(deps: { db: Db; limiter: RateLimiter; address(c: Ctx): string }) {
  const serve = async (c: Ctx) => {
    await deps.limiter.take(`ip:${deps.address(c)}`);
    return sendFile(c, await fileOfLink(deps.db, c.req.param("token") ?? ""));
  };
  return new Hono<Env>().get("/:token", serve).get("/:token/:name", serve);
}

function fileOf(request: FileLinkRequest): FileLinkFile {
  if (request.kind === "invoice_pdf") return request;
  return { kind: request.kind, ...reportChoiceOf(request) };
}

/**
 * The file, whole or the one byte range asked for (a viewer reading a PDF in parts); a range it
 * cannot satisfy answers 416, several ranges the whole file.
 */
function sendFile(c: Ctx, file: LinkedFile): Response {
  const size = file.body.byteLength;
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Content-Disposition": `${file.disposition}; filename="${file.fileName}"`,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "Accept-Ranges": "bytes",
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(c.req.header("Range") ?? "");
  if (!range || (range[1] === "" && range[2] === "")) return c.body(file.body, 200, headers);
  const [start, end] =
    range[1] === ""
      ? [Math.max(0, size - Number(range[2])), size - 1]
      : [Number(range[1]), Math.min(size - 1, range[2] === "" ? size - 1 : Number(range[2]))];
  if (start > end || start >= size) {
    return c.body(null, 416, { ...headers, "Content-Range": `bytes */${size}` });
  }
  return c.body(file.body.slice(start, end + 1), 206, {
    ...headers,
    "Content-Range": `bytes ${start}-${end}/${size}`,
  });
}
