/** A call to another service gave no JSON answer: unreachable, too slow, an HTTP error or not JSON. */
export class OutboundError extends Error {}

/**
 * One call to another service (Zalo's APIs, Checkout, the e-invoice provider) and its JSON body, under one deadline for
 * the answer and the body together, on a timer we hold: an AbortSignal.timeout() that nothing else
 * references can be collected while a stalled body is read, and then it never fires. Never follows
 * a redirect: it would carry our secrets to wherever it points.
 */
export async function fetchJson(
  service: string,
  url: URL,
  init: { method?: "GET" | "POST"; headers?: Record<string, string>; body?: URLSearchParams | string },
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
      // The deadline is raced here as well as given to fetch: once, on a loaded machine, a stalled
      // body's read outlived the abort (checkout-status.test.ts waited 30 s), so it holds whatever
      // undici does with the signal.
      return await Promise.race([response.json(), whenAborted(deadline.signal)]);
    } catch {
      throw failed("answered with a malformed body");
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Rejects once `signal` is aborted, at once if it already is. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
