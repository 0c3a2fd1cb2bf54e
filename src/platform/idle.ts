/** How long a screen takes to settle where the webview cannot say when it is idle: zmp-ui's page transition is 400 ms. */
const SETTLED_MS = 500;

/**
 * Runs `work` once the page is idle: the screen on show has painted and its transition is over.
 * For work that helps later (loading what the next screen needs), never the screen in front of
 * the person. iOS's webview has no requestIdleCallback: there it waits for the transition to end.
 * Returns a function that cancels it.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, SETTLED_MS);
  return () => clearTimeout(id);
}
