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
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.form
        ? { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" }
        : init.headers,
      body: init.form ? new URLSearchParams(init.form) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
  } catch (error) {
    throw new ZaloApiError("unavailable", `${service} unreachable: ${String(error)}`);
  }
  if (!response.ok) throw new ZaloApiError("unavailable", `${service} answered HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ZaloApiError("unavailable", `${service} answered with a malformed body`);
  }
  const head = envelope.safeParse(body);
  if (!head.success) throw new ZaloApiError("unavailable", `${service} answered oddly`);
  const { error, message } = head.data;
  if (error !== undefined && error !== 0) {
    throw new ZaloApiError("rejected", `${service} error ${error}: ${message ?? ""}`, error);
  }
  return head.data;
}
