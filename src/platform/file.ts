import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/** What became of a file to keep: on the phone (Zalo), downloaded (a browser), or not. */
export type SaveFileOutcome = "saved" | "downloaded" | "refused" | "too_large" | "failed";

// zmp-sdk 2.51's downloadFile checks fileBase64Data against 7 000 000 characters.
const ZALO_BASE64_MAX = 7_000_000;

/**
 * Keeps a file (a report) on the phone: through Zalo's downloadFile inside Zalo (its bytes as
 * base64: the file's URL would need the session's token in it), as a download in a browser.
 */
export async function saveFile(file: Blob, fileName: string): Promise<SaveFileOutcome> {
  if (!isInsideZalo()) return download(file, fileName);
  const fileBase64Data = base64Of(new Uint8Array(await file.arrayBuffer()));
  if (fileBase64Data.length > ZALO_BASE64_MAX) return "too_large";
  try {
    const { downloadFile } = await callSdk(loadSdk, UNATTENDED_MS);
    // Zalo may ask where to keep it, or for storage: a person answers, so a prompt's deadline.
    await callSdk(() => downloadFile({ fileBase64Data }), PROMPT_MS);
    return "saved";
  } catch (error) {
    const outcome = zaloOutcomeOf(error);
    return outcome === "zalo_refused" || outcome === "zalo_cancelled" ? "refused" : "failed";
  }
}

function download(file: Blob, fileName: string): SaveFileOutcome {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the URL is needed no longer.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return "downloaded";
}

function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
