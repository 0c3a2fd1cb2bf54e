import { downloadFrom, shareFiles, type ShareFileOutcome } from "./file";
import { callSdk, PROMPT_MS, UNATTENDED_MS, zaloOutcomeOf } from "./sdk-call";
import { isInsideZalo, loadSdk } from "./zalo";

/** What became of an image to keep: in the phone's gallery (Zalo), or downloaded (a browser). */
export type SaveImageOutcome = "saved" | "downloaded" | "refused" | "failed";

/**
 * Keeps a PNG (a data URL) on the phone: in its photo gallery through Zalo, where an app on the
 * same phone (a banking app) can open it; in a browser (dev mode), as a download.
 */
export async function saveImage(png: string, fileName: string): Promise<SaveImageOutcome> {
  if (!isInsideZalo()) {
    downloadFrom(png, fileName);
    return "downloaded";
  }
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

/** How sharing an image ended; `unavailable` where neither Zalo nor the system can share one. */
export type ShareImageOutcome = ShareFileOutcome;

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
  return shareFiles([fileOf(png, fileName)]);
}

function fileOf(png: string, fileName: string): File {
  const [, base64 = ""] = png.split(",");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new File([bytes], fileName, { type: "image/png" });
}
