import { dataUrlOf, downloadFrom, shareFiles, type ShareFileOutcome } from "./file";
import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/** What became of a PDF to keep: among the phone's files (Zalo), or downloaded (a browser). */
export type SavePdfOutcome = "saved" | "downloaded" | "refused" | "failed";

/** How opening a PDF ended: in a new tab, or (where it cannot be shown) kept on the phone instead. */
export type OpenPdfOutcome = "opened" | SavePdfOutcome;

// A new tab needs the object URL until it has read the file; a minute is ample for a local blob.
const TAB_READS_WITHIN_MS = 60_000;

/**
 * Shows a PDF the app fetched with the session. In a browser: a new tab on an object URL (a
 * download where pop-ups are blocked). Inside Zalo, zmp-sdk's openDocument only takes a URL that
 * Zalo's viewer fetches itself, without the session (and a token never goes in a URL): the PDF is
 * kept on the phone instead, where its own viewer opens it.
 */
export async function openPdf(pdf: Blob, fileName: string): Promise<OpenPdfOutcome> {
  if (isInsideZalo()) return savePdf(pdf, fileName);
  const url = URL.createObjectURL(pdf);
  setTimeout(() => URL.revokeObjectURL(url), TAB_READS_WITHIN_MS);
  if (window.open(url, "_blank")) return "opened";
  downloadFrom(url, fileName);
  return "downloaded";
}

/** Keeps a PDF on the phone: Zalo's downloadFile (its bytes, never a URL); a download in a browser. */
export async function savePdf(pdf: Blob, fileName: string): Promise<SavePdfOutcome> {
  if (!isInsideZalo()) {
    const url = URL.createObjectURL(pdf);
    downloadFrom(url, fileName);
    setTimeout(() => URL.revokeObjectURL(url), TAB_READS_WITHIN_MS);
    return "downloaded";
  }
  try {
    const [{ downloadFile }, data] = await Promise.all([callSdk(loadSdk, UNATTENDED_MS), dataUrlOf(pdf)]);
    // Zalo may ask for storage first: a person answers, so a prompt's deadline.
    await callSdk(() => downloadFile({ fileBase64Data: data }), PROMPT_MS);
    return "saved";
  } catch (error) {
    const outcome = zaloOutcomeOf(error);
    return outcome === "zalo_refused" || outcome === "zalo_cancelled" ? "refused" : "failed";
  }
}

/**
 * Offers a PDF to send through the system's share sheet, where it takes files. Zalo's own share
 * sheet carries text, images and links, not files, and a link to the PDF would need the session.
 */
export function sharePdf(pdf: Blob, fileName: string): Promise<ShareFileOutcome> {
  return shareFiles([new File([pdf], fileName, { type: "application/pdf" })]);
}
