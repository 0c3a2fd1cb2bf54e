import pino, { type DestinationStream } from "pino";

/** What a log line may carry: flat fields, so the paths below reach every value a line holds. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** The log as the API uses it: pino's logger, held to flat fields. */
export interface Log {
  info(fields: LogFields, message?: string): void;
  warn(fields: LogFields, message?: string): void;
  error(fields: LogFields, message?: string): void;
  /** A logger whose every line carries `bindings` too (the request's id). */
  child(bindings: LogFields): Log;
}

/** Fields that hold a phone, a name, a token or secret, or a business's details. */
const PRIVATE_KEYS = [
  "phone",
  "superAdminPhone",
  "name",
  "displayName",
  "oaName",
  "representative",
  "avatar",
  "token",
  "accessToken",
  "refreshToken",
  "access_token",
  "refresh_token",
  "pendingTokens",
  "codeVerifier",
  "code_verifier",
  "authorization",
  "cookie",
  "secret",
  "appSecret",
  "business",
  "companyName",
  "taxCode",
  "address",
  "email",
  "accountNumber",
  // A failed query's values and the row it failed on (errorFields leaves them out).
  "params",
  "detail",
];
/** Objects a line might carry whole (past LogFields, with a cast): their fields too. */
const CONTAINERS = [
  "person",
  "member",
  "invitation",
  "oa",
  "account",
  "profile",
  "body",
  "headers",
  "query",
  "input",
  "err",
];

/**
 * The paths pino writes "[Redacted]" at, whatever a line holds there. None starts with a wildcard:
 * pino 10 runs each such path over every field of every line (`*.phone` and the like for these
 * keys cost 53 µs a line, more than a whole cheap request); LogFields keeps lines flat instead.
 */
export const REDACTED_PATHS = [
  ...PRIVATE_KEYS,
  ...CONTAINERS.flatMap((c) => PRIVATE_KEYS.map((k) => `${c}.${k}`)),
];

/**
 * The API's log: one JSON line per event on stdout (`{"level":"info","at":"…",…}`), written by pino
 * through an asynchronous destination: lines logged while a write is under way go out together in
 * the next, instead of a blocking write(2) each (a sixth of a cheap request's cost). Whatever is
 * pending is written synchronously when the process exits (pino's exit hook), so a SIGTERM loses
 * no line; a SIGKILL loses what was not written yet. `destination` is for tests.
 */
export function createLog(destination: DestinationStream = pino.destination({ dest: 1, sync: false })): Log {
  return pino(
    {
      base: undefined,
      timestamp: () => `,"at":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      // An Error logged as pino's `err` (past LogFields) is written as errorFields says, never whole,
      // and pino's default message for it (the Error's message, which may quote a failed query's
      // values) is what errorFields says instead.
      serializers: { err: errorFields },
      hooks: {
        logMethod(args, method) {
          const [fields, message] = args as [unknown, unknown];
          const error = fields instanceof Error ? fields : (fields as { err?: unknown } | null)?.err;
          if (message !== undefined || !(error instanceof Error)) return method.apply(this, args);
          return method.call(this, fields as object, String(errorFields(error).error));
        },
      },
      redact: { paths: REDACTED_PATHS },
    },
    destination,
  );
}

/**
 * What an error log says about `error`. A database error: the failed query's name (its verb and
 * table), PostgreSQL's code and constraint, and where it was thrown; never its parameters, the
 * row it failed on (`detail`) or its message, which may quote a value (`invalid input syntax for
 * type integer: "…"`). Drizzle's own message lists every parameter: phones, business details,
 * sealed tokens. Any other error: its message and stack.
 */
export function errorFields(error: unknown): LogFields {
  const chain: unknown[] = [];
  for (let e = error; e && chain.length < 10; e = (e as { cause?: unknown }).cause) chain.push(e);
  const failed = chain.find(
    (e): e is { query: string } =>
      typeof (e as { query?: unknown }).query === "string" && "params" in (e as object),
  );
  const database = chain.find(
    (e): e is { code: string; constraint?: string } =>
      typeof (e as { code?: unknown }).code === "string" &&
      /^[0-9A-Z]{5}$/.test((e as { code: string }).code),
  );
  const stack = error instanceof Error ? error.stack : undefined;
  if (!failed && !database) return { error: String(error), stack };
  return {
    error: error instanceof Error ? error.constructor.name : "database error",
    ...(failed ? { query: queryName(failed.query) } : {}),
    ...(database ? { code: database.code, constraint: database.constraint } : {}),
    // The frames only: the stack's first lines repeat the message.
    stack: stack
      ?.split("\n")
      .filter((line) => line.trimStart().startsWith("at "))
      .join("\n"),
  };
}

/** "insert account_business": what a query does and to which table, without its values. */
function queryName(sql: string): string {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? "query";
  const table = /\b(?:into|update|from)\s+"?([\w.]+)"?/i.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb;
}
