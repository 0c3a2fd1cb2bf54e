import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/** What became of an image to keep: in the phone's gallery (Zalo), or downloaded (a browser). */
export type SaveImageOutcome = "saved" | "downloaded" | "refused" | "failed";

/**
 * Keeps a PNG (a data URL) on the phone: in its photo gallery through Zalo, where an app on the
 * same phone (a banking app) can open it; in a browser (dev mode), as a download.
 */
export async function saveImage(png: string, fileName: string): Promise<SaveImageOutcome> {
  if (!isInsideZalo()) return download(png, fileName);
  try {
    const { saveImageToGallery } = await callSdk(loadSdk, UNATTENDED_MS);
    // Zalo may ask for the gallery first: a person answers, so a prompt's deadline.
    await callSdk(() => saveImageToGallery({ imageBase64Data: png }), PROMPT_MS);
    return "saved";
  } catch (error) {
    const outcome = zaloOutcomeOf(error);
    return outcome === "zalo_refused" || outcome === "zalo_cancelled" ? "refused" : "failed";
  }
}

function download(png: string, fileName: string): SaveImageOutcome {
  const link = document.createElement("a");
  link.href = png;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return "downloaded";
}

/** How sharing an image ended; `unavailable` where neither Zalo nor the system can share one. */
export type ShareImageOutcome = "shared" | "cancelled" | "unavailable" | "failed";

/**
 * Offers a PNG (a data URL) to send: Zalo's share sheet inside Zalo, else the system's share sheet
 * where it takes files. A Zalo that cannot share it falls through to the system's.
 */
export async function shareImage(png: string, fileName: string): Promise<ShareImageOutcome> {
  if (isInsideZalo()) {
    try {
      const { openShareSheet } = await callSdk(loadSdk, UNATTENDED_MS);
      const { status } = await callSdk(
        () => openShareSheet({ type: "image", data: { imageUrl: png } }),
        PROMPT_MS,
      );
      return status === 0 ? "cancelled" : "shared";
    } catch (error) {
      if (zaloOutcomeOf(error) === "zalo_cancelled") return "cancelled";
    }
  }
  const files = [fileOf(png, fileName)];
  if (typeof navigator.canShare !== "function" || !navigator.canShare({ files })) return "unavailable";
  try {
    await navigator.share({ files });
    return "shared";
  } catch (error) {
    return (error as Error).name === "AbortError" ? "cancelled" : "failed";
  }
}

function fileOf(png: string, fileName: string): File {
  const [, base64 = ""] = png.split(",");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new File([bytes], fileName, { type: "image/png" });
}
