/** How offering a file to send ended; `unavailable` where the system cannot share a file from here. */
export type ShareFileOutcome = "shared" | "cancelled" | "unavailable" | "failed";

/** Hands a file (a data or object URL) to the browser as a download: dev mode, a browser outside Zalo. */
export function downloadFrom(href: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The system's share sheet with files, where it takes them (Safari and iOS webviews; not Android's). */
export async function shareFiles(files: File[]): Promise<ShareFileOutcome> {
  if (typeof navigator.canShare !== "function" || !navigator.canShare({ files })) return "unavailable";
  try {
    await navigator.share({ files });
    return "shared";
  } catch (error) {
    return (error as Error).name === "AbortError" ? "cancelled" : "failed";
  }
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
