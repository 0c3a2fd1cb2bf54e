import { ApiError } from "./errors";

/**
 * A cursor is where the last page ended: the sort key of its last row, opaque to the app. Keyset
 * pages stay right while rows are added or removed before the cursor, as offsets would not.
 */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** What each place of a cursor holds: text (a name, an id) or a time of a timestamptz column. */
export type CursorPart = "text" | "time";

// A time as we write it: UTC, milliseconds, then (since cursors carry PostgreSQL's microseconds) three more digits.
const TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(\d{3})?Z$/;

/**
 * The sort key in a cursor we gave, one string per part. Each part is checked as strictly as the
 * query that reads it: a time must be a real UTC instant PostgreSQL accepts, written as we write
 * it (it reads back to the same text: not "1", nor 30 February), so no cursor reaches the database
 * as a value it refuses. Anything else is refused with 400 invalid_input.
 */
export function decodeCursor(cursor: string, parts: readonly CursorPart[]): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((value, i) => typeof value === "string" && validPart(value, parts[i]!))
    ) {
      return key as string[];
    }
  } catch {
    // refused below
  }
  throw new ApiError("invalid_input", "This cursor is not one we gave.");
}

function validPart(value: string, part: CursorPart): boolean {
  // A name or an id of ours is text PostgreSQL holds: no NUL, no lone UTF-16 surrogate (which
  // PGlite sends as bytes that are not UTF-8).
  if (part === "text") return !/[\0\uD800-\uDFFF]/u.test(value);
  const millis = TIME.exec(value)?.[1];
  if (!millis) return false;
  const at = new Date(`${millis}Z`);
  // Year 0000 is not one PostgreSQL knows (it has no year 0); 9999 is the last with four digits.
  return !Number.isNaN(at.getTime()) && at.toISOString() === `${millis}Z` && !millis.startsWith("0000");
}

/** The page of `limit` from rows fetched with one more: a next cursor only when there are more. */
export function pageOf<R, T>(rows: R[], limit: number, item: (row: R) => T, key: (row: R) => string[]) {
  const page = rows.slice(0, limit);
  return {
    items: page.map(item),
    ...(rows.length > limit ? { nextCursor: encodeCursor(key(page.at(-1)!)) } : {}),
  };
}
