/**
 * Puts `text` on the phone's clipboard; false when the webview refuses. zmp-sdk has no clipboard
 * API: the webview's own is used, and where it is missing or refused (an older webview, a page
 * not allowed to write it) the older copy command, which needs a selected text field.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

function copyBySelection(text: string): boolean {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.append(field);
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
