import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/**
 * A file of the ZCA (an invoice's PDF, a report), reached the way each place needs it: its bytes,
 * fetched with the session (a browser, the system's share sheet); or a short-lived link the API
 * makes for it (inside Zalo: zmp-sdk's openDocument and downloadFile take only a URL, which Zalo
 * fetches itself, without the session, and the session's token never goes in a URL). Either may
 * throw the API's refusal, which the caller shows.
 */
export interface AppFile {
  /** What Zalo's viewer shows above the document. */
  title: string;
  bytes(): Promise<{ blob: Blob; fileName: string }>;
  link(): Promise<string>;
}

/** What became of a file to keep: on the phone (Zalo), downloaded (a browser), or not. */
export type SaveFileOutcome = "saved" | "downloaded" | "refused" | "failed";

/**
 * How showing a file ended: in Zalo's document viewer, in a new tab (a browser), or, where neither
 * could show it, kept instead (a Zalo too old for openDocument: saved on the phone; pop-ups
 * blocked: downloaded).
 */
export type OpenFileOutcome = "shown" | "opened" | SaveFileOutcome;

/** How offering a file to send ended; `unavailable` where the system cannot share a file from here. */
export type ShareFileOutcome = "shared" | "cancelled" | "unavailable" | "failed";

// A new tab needs the object URL until it has read the file; a minute is ample for a local blob.
const TAB_READS_WITHIN_MS = 60_000;

/**
 * Keeps a file on the phone: inside Zalo, zmp-sdk's downloadFile with the file's link (Zalo
 * downloads it; no size limit but the server's); in a browser, a download of its bytes.
 */
export async function saveFile(file: AppFile): Promise<SaveFileOutcome> {
  if (!isInsideZalo()) return downloadBlob(await file.bytes());
  return saveLinked(await file.link());
}

/**
 * Shows a file. Inside Zalo: zmp-sdk's openDocument with the file's link, Zalo's own viewer (a Zalo
 * too old for it keeps the file on the phone instead). In a browser: a new tab on an object URL of
 * its bytes (a download where pop-ups are blocked).
 */
export async function openFile(file: AppFile): Promise<OpenFileOutcome> {
  if (isInsideZalo()) {
    const url = await file.link();
    try {
      const { openDocument } = await callSdk(loadSdk, UNATTENDED_MS);
      // Zalo's viewer fetches the link itself. Its own buttons stay off: its "download" would fetch
      // a link that lives minutes ("Lưu" asks for a fresh one), and what its "share" (Android)
      // sends, the file or the link, is not documented; a link must never leave the phone.
      const options = { url, title: file.title, download: false, share: false, edit: false };
      await callSdk(() => openDocument(options), PROMPT_MS);
      return "shown";
    } catch (error) {
      return zaloOutcomeOf(error) === "zalo_too_old" ? saveLinked(url) : "failed";
    }
  }
  const { blob, fileName } = await file.bytes();
  const url = URL.createObjectURL(blob);
  setTimeout(() => URL.revokeObjectURL(url), TAB_READS_WITHIN_MS);
  if (window.open(url, "_blank")) return "opened";
  downloadFrom(url, fileName);
  return "downloaded";
}

/**
 * Offers a file to send through the system's share sheet, where it takes files (Safari and iOS
 * webviews; not Android's). Never its link: whoever received a link would hold the ZCA's file
 * for its minutes, and Zalo's own share sheet carries text, images and links, not files.
 */
export async function shareFile(file: AppFile, type: string): Promise<ShareFileOutcome> {
  if (typeof navigator.canShare !== "function") return "unavailable";
  const { blob, fileName } = await file.bytes();
  return shareFiles([new File([blob], fileName, { type })]);
}

/** Offers files to send through the system's share sheet, where it takes them. */
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

async function saveLinked(url: string): Promise<SaveFileOutcome> {
  try {
    const { downloadFile } = await callSdk(loadSdk, UNATTENDED_MS);
    // Zalo may ask where to keep it, or for storage: a person answers, so a prompt's deadline.
    await callSdk(() => downloadFile({ url }), PROMPT_MS);
    return "saved";
  } catch (error) {
    const outcome = zaloOutcomeOf(error);
    return outcome === "zalo_refused" || outcome === "zalo_cancelled" ? "refused" : "failed";
  }
}

function downloadBlob({ blob, fileName }: { blob: Blob; fileName: string }): SaveFileOutcome {
  const url = URL.createObjectURL(blob);
  downloadFrom(url, fileName);
  // The click has handed the file to the browser; the URL is needed no longer.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return "downloaded";
}
