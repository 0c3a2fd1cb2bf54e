import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/** What became of a file to keep: on the phone (Zalo), downloaded (a browser), or not. */
export type SaveFileOutcome = "saved" | "downloaded" | "refused" | "too_large" | "failed";

/** How opening a file ended: in a new tab, or (where it cannot be shown) kept on the phone instead. */
export type OpenFileOutcome = "opened" | SaveFileOutcome;

/** How offering a file to send ended; `unavailable` where the system cannot share a file from here. */
export type ShareFileOutcome = "shared" | "cancelled" | "unavailable" | "failed";

// zmp-sdk 2.51's downloadFile checks fileBase64Data against 7 000 000 characters.
const ZALO_BASE64_MAX = 7_000_000;

// A new tab needs the object URL until it has read the file; a minute is ample for a local blob.
const TAB_READS_WITHIN_MS = 60_000;

/**
 * Keeps a file (a report, an invoice's PDF) on the phone: Zalo's downloadFile inside Zalo, its
 * bytes as a data URL (its URL would need the session's token in it; zmp-sdk hands the string to
 * Zalo as is and takes no name or type, so the data URL's own type is what says what it is, the
 * form its saveImageToGallery documents too); a download in a browser.
 */
export async function saveFile(file: Blob, fileName: string): Promise<SaveFileOutcome> {
  if (!isInsideZalo()) return downloadBlob(file, fileName);
  try {
    const fileBase64Data = await dataUrlOf(file);
    if (fileBase64Data.length > ZALO_BASE64_MAX) return "too_large";
    const { downloadFile } = await callSdk(loadSdk, UNATTENDED_MS);
    // Zalo may ask where to keep it, or for storage: a person answers, so a prompt's deadline.
    await callSdk(() => downloadFile({ fileBase64Data }), PROMPT_MS);
    return "saved";
  } catch (error) {
    const outcome = zaloOutcomeOf(error);
    return outcome === "zalo_refused" || outcome === "zalo_cancelled" ? "refused" : "failed";
  }
}

/**
 * Shows a file the app fetched with the session. In a browser: a new tab on an object URL (a
 * download where pop-ups are blocked). Inside Zalo, zmp-sdk's openDocument only takes a URL that
 * Zalo's viewer fetches itself, without the session (and a token never goes in a URL): the file is
 * kept on the phone instead, where its own viewer opens it.
 */
export async function openFile(file: Blob, fileName: string): Promise<OpenFileOutcome> {
  if (isInsideZalo()) return saveFile(file, fileName);
  const url = URL.createObjectURL(file);
  setTimeout(() => URL.revokeObjectURL(url), TAB_READS_WITHIN_MS);
  if (window.open(url, "_blank")) return "opened";
  downloadFrom(url, fileName);
  return "downloaded";
}

/**
 * Offers a file to send through the system's share sheet, where it takes files (Safari and iOS
 * webviews; not Android's). Zalo's own share sheet carries text, images and links, not files.
 */
export async function shareFiles(files: File[]): Promise<ShareFileOutcome> {
  if (typeof navigator.canShare !== "function" || !navigator.canShare({ files })) return "unavailable";
  try {
    await navigator.share({ files });
    return "shared";
  } catch (error) {
    return (error as Error).name === "AbortError" ? "cancelled" : "failed";
  }
}

/** Hands a file (a data or object URL) to the browser as a download: dev mode, a browser outside Zalo. */
export function downloadFrom(href: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** A file's bytes as a data URL ("data:application/pdf;base64,…"), the form Zalo's file calls take. */
export function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function downloadBlob(file: Blob, fileName: string): SaveFileOutcome {
  const url = URL.createObjectURL(file);
  downloadFrom(url, fileName);
  // The click has handed the file to the browser; the URL is needed no longer.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return "downloaded";
}
