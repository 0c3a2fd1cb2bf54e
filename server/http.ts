import type { Context } from "hono";
import type { z } from "zod";
import type { FieldProblems } from "../src/domain/errors";
import { idempotencyKeySchema, idSchema } from "../src/domain/schemas";
import { ApiError } from "./errors";
import { isSignedRecently } from "./payments/webhook-signature";
import type { Actor } from "./actor";
import type { Log } from "./log";
import type { Person } from "./services/people";

/** What the middleware tells the routes about a request. */
export type Env = {
  Variables: {
    personId: string;
    signedInAt: number;
    /** The session version the token was issued under. */
    sessionVersion: number;
    /** The signed-in person, once requireLiveSession has checked their session is not ended. */
    person: Person;
    requestId: string;
    /** The log, each line carrying the request's id. */
    log: Log;
  };
};
export type Ctx = Context<Env>;

export function actor(c: Ctx): Actor {
  return { personId: c.get("personId"), requestId: c.get("requestId") };
}

export async function readBody<S extends z.ZodType>(c: Ctx, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError("invalid_input", "The body must be JSON.");
  }
  return parseInput(json, schema);
}

function parseInput<S extends z.ZodType>(json: unknown, schema: S): z.output<S> {
  // reportInput tells a missing field (no input) from one of the wrong type.
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
      .join("; ");
    const fields = fieldProblems(parsed.error.issues);
    throw new ApiError("invalid_input", where, Object.keys(fields).length > 0 ? fields : undefined);
  }
  return parsed.data;
}

/** Each field's first problem: our rules' own codes, else what zod saw in a word. */
function fieldProblems(issues: z.core.$ZodIssue[]): FieldProblems {
  const fields: FieldProblems = {};
  for (const issue of issues) {
    if (issue.path.length === 0) continue;
    fields[issue.path.join(".")] ??=
      issue.code === "custom"
        ? issue.message
        : issue.code === "too_big"
          ? "too_long"
          : issue.code === "invalid_type" && issue.input === undefined
            ? "required"
            : "invalid";
  }
  return fields;
}

/** A path parameter naming an id; anything else names nothing. */
/** The request's Idempotency-Key header: what makes a repeated creation the same one. */
export function readIdempotencyKey(c: Ctx): string {
  const key = idempotencyKeySchema.safeParse(c.req.header("Idempotency-Key"));
  if (!key.success) {
    throw new ApiError("invalid_input", "Send an Idempotency-Key header (8-128 letters, digits, - or _).");
  }
  return key.data;
}

export function readParam(c: Ctx, name: string): string {
  const parsed = idSchema.safeParse(c.req.param(name));
  if (!parsed.success) throw new ApiError("not_found");
  return parsed.data;
}

/** ?limit=: a whole number from 1 to `max`; undefined when absent. */
export function readLimit(
  c: { req: { query(name: string): string | undefined } },
  max: number,
): number | undefined {
  const raw = c.req.query("limit");
  if (raw === undefined) return undefined;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > max) {
    throw new ApiError("invalid_input", `limit: a whole number from 1 to ${max}.`);
  }
  return limit;
}

const SEARCH_MAX = 100;

/** ?q=: what a person typed to search a list, spaces tidied; undefined when empty. */
function readSearch(c: Ctx): string | undefined {
  const q = c.req.query("q")?.trim().replace(/\s+/g, " ");
  if (!q) return undefined;
  if (q.length > SEARCH_MAX) throw new ApiError("invalid_input", `q: at most ${SEARCH_MAX} characters.`);
  return q;
}

/** Longest page of a list that also answers whole (GET /api/oas, /api/apps). */
export const LIST_PAGE_MAX = 100;

/**
 * ?q=, ?limit= and ?cursor= of a list that answers whole without a limit (the app of today reads
 * an array) and a page with one. A cursor without a limit would read as the whole list: refused.
 */
export function readPageQuery(c: Ctx): { q?: string; limit?: number; cursor?: string } {
  const limit = readLimit(c, LIST_PAGE_MAX);
  const cursor = c.req.query("cursor");
  if (cursor !== undefined && limit === undefined) {
    throw new ApiError("invalid_input", "cursor: send it with the limit of its pages.");
  }
  return { q: readSearch(c), limit, cursor };
}

/**
 * The body of a server-to-server call signed with one of `secrets` (X-Timestamp, X-Signature:
 * payments/webhook-signature.ts), as the bytes it came as: checked before anything is decoded,
 * since decoding first would change bytes that are not UTF-8. A call that fails its signature or
 * its five minutes is counted (`refused`, the per-address limit of bad signatures), then answered
 * 401 unauthenticated.
 */
export async function readSignedBytes(
  c: Ctx,
  secrets: readonly string[],
  refused: () => Promise<unknown>,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const headers = { timestamp: c.req.header("X-Timestamp"), signature: c.req.header("X-Signature") };
  if (!isSignedRecently(secrets, headers, bytes)) {
    await refused();
    throw new ApiError("unauthenticated", "Bad signature or timestamp.");
  }
  return bytes;
}

/** A signed body read as JSON of `schema`: 400 invalid_input (with its fields) when it is not. */
export function parseSignedJson<S extends z.ZodType>(bytes: Uint8Array, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError("invalid_input", "The body must be JSON in UTF-8.");
  }
  return parseInput(json, schema);
}
