import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
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
      const { openShareSheet } = await callSdk(loadSdk, UNATTENDED_MS);
      const { status } = await callSdk(() => openShareSheet({ type: "text", data: { text } }), PROMPT_MS);
      return status === 0 ? "cancelled" : "zalo";
    } catch (error) {
      // Closing the sheet is the person's choice; anything else (an older Zalo without the sheet,
      // no answer) falls through to the clipboard, which still works.
      if (zaloOutcomeOf(error) === "zalo_cancelled") return "cancelled";
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
