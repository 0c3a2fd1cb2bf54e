import { z } from "zod";
import { fetchJson, OutboundError } from "../outbound";

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
 * non-zero `error` is a refusal.
 */
export async function callZalo(
  service: string,
  url: URL,
  init: { method?: "GET" | "POST"; headers: Record<string, string>; form?: Record<string, string> },
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await fetchJson(
      service,
      url,
      {
        method: init.method ?? "GET",
        headers: init.form
          ? { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" }
          : init.headers,
        body: init.form ? new URLSearchParams(init.form) : undefined,
      },
      timeoutMs,
    );
  } catch (error) {
    if (error instanceof OutboundError) throw new ZaloApiError("unavailable", error.message);
    throw error;
  }
  const head = envelope.safeParse(body);
  if (!head.success) throw new ZaloApiError("unavailable", `${service} answered oddly`);
  const { error, message } = head.data;
  if (error !== undefined && error !== 0) {
    throw new ZaloApiError("rejected", `${service} error ${error}: ${message ?? ""}`, error);
  }
  return head.data;
}
