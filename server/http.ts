import type { Context, MiddlewareHandler } from "hono";
import type { z } from "zod";
import type { FieldProblems } from "../src/domain/errors";
import { idSchema } from "../src/domain/schemas";
import { readSessionToken, sessionVersionOf, signedInAt } from "./auth/session-token";
import type { Db } from "./db/client";
import { ApiError } from "./errors";
import type { Log } from "./log";
import type { RateLimiter } from "./rate-limit";
import type { Actor } from "./services/audit";
import type { Person } from "./services/people";
import { sessionPerson } from "./services/session";

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

/**
 * Every route but signing in needs a session token; writes also count against the person's and
 * the address's write limits. Whether the person has since ended their sessions is the database's
 * to say: requireLiveSession asks it, after this.
 */
export function requireSession(opts: {
  sessionSecrets: readonly string[];
  authMode: "dev" | "zalo";
  writeLimiter: RateLimiter;
  address(c: Ctx): string;
}): MiddlewareHandler<Env> {
  return async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(header);
    const claims = match ? await readSessionToken(opts.sessionSecrets, match[1]!, opts.authMode) : null;
    if (!claims) throw new ApiError("unauthenticated");
    c.set("personId", claims.sub);
    c.set("signedInAt", signedInAt(claims));
    c.set("sessionVersion", sessionVersionOf(claims));
    if (c.req.method !== "GET") {
      await Promise.all([
        opts.writeLimiter.take(`person:${claims.sub}`),
        opts.writeLimiter.take(`ip:${opts.address(c)}`),
      ]);
    }
    await next();
  };
}

/**
 * Refuses a token issued before its person ended their sessions ("Đăng xuất mọi thiết bị"), or
 * of someone no longer in the directory: one lookup by primary key, which also hands the routes
 * the person. A route whose own query loads the person checks there instead and is mounted
 * before this (GET /api/me), so no request pays two queries for it.
 */
export function requireLiveSession(db: Db): MiddlewareHandler<Env> {
  return async (c, next) => {
    c.set("person", await sessionPerson(db, c.get("personId"), c.get("sessionVersion")));
    await next();
  };
}

export async function readBody<S extends z.ZodType>(c: Ctx, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError("invalid_input", "The body must be JSON.");
  }
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
export function readParam(c: Ctx, name: string): string {
  const parsed = idSchema.safeParse(c.req.param(name));
  if (!parsed.success) throw new ApiError("not_found");
  return parsed.data;
}
