import { z } from "zod";

/** `rejected`: Zalo refused (a token or code it does not accept). `unavailable`: no useful answer. */
export class ZaloApiError extends Error {
  constructor(
    readonly kind: "rejected" | "unavailable",
    message: string,
    /** Zalo's own error number, when it gave one (e.g. -216 invalid token). */
    readonly zaloCode?: number,
  ) {
    super(message);
  }
}

const envelope = z.object({ error: z.number().optional(), message: z.string().optional() }).passthrough();

/**
 * One call to a Zalo API, read the way every Zalo API answers: HTTP 200 with a JSON body whose
 * non-zero `error` is a refusal. Never follows a redirect: it would carry the access token or the
 * app secret in our headers to wherever it points.
 */
export async function callZalo(
  service: string,
  url: URL,
  init: { method?: "GET" | "POST"; headers: Record<string, string>; form?: Record<string, string> },
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  // One deadline for the answer and its body, on a timer we hold: an AbortSignal.timeout() that
  // nothing else references can be collected while a stalled body is read, and then never fires.
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new Error(`${service} took over ${timeoutMs} ms`)),
    timeoutMs,
  );
  let body: unknown;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: init.method ?? "GET",
        headers: init.form
          ? { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" }
          : init.headers,
        body: init.form ? new URLSearchParams(init.form) : undefined,
        signal: deadline.signal,
        redirect: "error",
      });
    } catch (error) {
      throw new ZaloApiError("unavailable", `${service} unreachable: ${String(error)}`);
    }
    if (!response.ok) throw new ZaloApiError("unavailable", `${service} answered HTTP ${response.status}`);
    try {
      body = await response.json();
    } catch {
      throw new ZaloApiError("unavailable", `${service} answered with a malformed body`);
    }
  } finally {
    clearTimeout(timer);
  }
  const head = envelope.safeParse(body);
  if (!head.success) throw new ZaloApiError("unavailable", `${service} answered oddly`);
  const { error, message } = head.data;
  if (error !== undefined && error !== 0) {
    throw new ZaloApiError("rejected", `${service} error ${error}: ${message ?? ""}`, error);
  }
  return head.data;
}
