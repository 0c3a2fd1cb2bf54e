import type { ErrorHandler, NotFoundHandler } from "hono";
import type { ErrorCode, FieldProblems } from "../../src/domain/errors";
import { ApiError } from "../errors";
import type { Ctx, Env } from "../http";
import { errorFields, type Log } from "../log";

export const notFound: NotFoundHandler<Env> = (c) => errorResponse(c, "not_found", "No such route.");

/** An ApiError answers its code; anything else is logged and answers 500 internal. */
export function onError(log: Log): ErrorHandler<Env> {
  return (error, c) => {
    if (error instanceof ApiError) {
      if (error.retryAfterSeconds) c.header("Retry-After", String(error.retryAfterSeconds));
      // The body may still be arriving: a client must not send its next request on this connection.
      if (error.code === "payload_too_large") c.header("Connection", "close");
      return errorResponse(c, error.code, error.message, error.fields);
    }
    // The request's own log (its id on the line), or the app's when it failed before having one.
    (c.get("log") ?? log).error(errorFields(error));
    return errorResponse(c, "internal", "Something went wrong on our side.");
  };
}

function errorResponse(c: Ctx, code: ErrorCode, message: string, fields?: FieldProblems) {
  const error = new ApiError(code, message);
  const body = { code, message, ...(fields ? { fields } : {}), requestId: c.get("requestId") };
  return c.json({ error: body }, error.status as 400);
}
