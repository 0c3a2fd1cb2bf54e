import { isInsideZalo, loadSdk } from "./zalo";

/** How a message left the app: Zalo's share sheet, the system one, or the clipboard. */
export type ShareOutcome = "zalo" | "system" | "copied" | "cancelled" | "failed";

/**
 * Offers a text to send to someone: Zalo's share sheet inside Zalo; outside it the system share
 * sheet, then the clipboard. Each step falls through to the next when it is missing or fails.
 */
export async function shareText(text: string): Promise<ShareOutcome> {
  if (isInsideZalo()) {
    try {
      const { openShareSheet } = await loadSdk();
      const { status } = await openShareSheet({ type: "text", data: { text } });
      return status === 0 ? "cancelled" : "zalo";
    } catch {
      // An older Zalo without the share sheet: the clipboard still works.
    }
  }
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ text });
      return "system";
    } catch (error) {
      if ((error as Error).name === "AbortError") return "cancelled";
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    return "failed";
  }
}
