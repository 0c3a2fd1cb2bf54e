import { writeSync } from "node:fs";

/**
 * The default request log: one JSON line per event on stdout, written in batches. A
 * `console.log` per request is a blocking write(2) each time (stdout to a file or pipe is
 * synchronous), about a sixth of a cheap request's cost; lines logged in one turn of the event
 * loop go out in one write on the next. Whatever is pending is written before the process exits.
 */
export function createStdoutLog(fd = 1): (line: Record<string, unknown>) => void {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    try {
      writeSync(fd, text);
    } catch {
      // A closed stdout must not take the API down with it.
    }
  };
  process.once("exit", flush);
  return (line) => {
    pending.push(`${JSON.stringify(line)}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

/**
 * What an error log says about `error`. A database error: the failed query's name (its verb and
 * table), PostgreSQL's code and constraint, and where it was thrown; never its parameters, the
 * row it failed on (`detail`) or its message, which may quote a value (`invalid input syntax for
 * type integer: "…"`). Drizzle's own message lists every parameter: phones, business details,
 * sealed tokens. Any other error: its message and stack.
 */
export function errorFields(error: unknown): Record<string, unknown> {
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
