/** A call to another service gave no JSON answer: unreachable, too slow, an HTTP error or not JSON. */
export class OutboundError extends Error {}

/**
 * One call to another service (Zalo's APIs, Checkout) and its JSON body, under one deadline for
 * the answer and the body together, on a timer we hold: an AbortSignal.timeout() that nothing else
 * references can be collected while a stalled body is read, and then it never fires. Never follows
 * a redirect: it would carry our secrets to wherever it points.
 */
export async function fetchJson(
  service: string,
  url: URL,
  init: { method?: "GET" | "POST"; headers?: Record<string, string>; body?: URLSearchParams },
  timeoutMs: number,
): Promise<unknown> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const failed = (what: string) =>
    new OutboundError(
      deadline.signal.aborted ? `${service} took over ${timeoutMs} ms` : `${service} ${what}`,
    );
  try {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: deadline.signal, redirect: "error" });
    } catch (error) {
      throw failed(`unreachable: ${String(error)}`);
    }
    if (!response.ok) throw failed(`answered HTTP ${response.status}`);
    try {
      return await response.json();
    } catch {
      throw failed("answered with a malformed body");
    }
  } finally {
    clearTimeout(timer);
  }
}
