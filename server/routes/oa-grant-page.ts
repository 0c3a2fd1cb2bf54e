import { createHash } from "node:crypto";
import type { Lang } from "../../src/domain/languages";
import type { GrantOutcome } from "../services/oa-grants";

// The page Zalo's redirect lands on, in the language the person chose in the app. It is the
// only HTML the API serves: its words live here, beside it.
const WORDS = {
  vi: {
    title: "Thêm OA từ Zalo",
    done: (oa: string) => `Đã thêm OA “${oa}” vào danh sách OA của bạn.`,
    doneNext: "Hãy quay lại ứng dụng Zalo Cloud Account: OA này đã có trong danh sách để liên kết.",
    refused: "Bạn chưa cho phép ứng dụng truy cập OA nên chưa có OA nào được thêm.",
    failed:
      "Chưa thêm được OA do Zalo không xác nhận được quyền admin của bạn. Hãy quay lại ứng dụng và thử lại.",
    expired: "Lượt cấp quyền này đã quá 10 phút. Hãy quay lại ứng dụng và bấm “Thêm OA từ Zalo” lần nữa.",
    invalid:
      "Đường dẫn cấp quyền này không hợp lệ hoặc đã được dùng. Hãy quay lại ứng dụng và bấm “Thêm OA từ Zalo” lần nữa.",
    back: "Quay lại ứng dụng",
    closeHint: "Nếu trang không tự đóng, hãy đóng trang này để quay lại ứng dụng.",
  },
  en: {
    title: "Add an OA from Zalo",
    done: (oa: string) => `The OA “${oa}” was added to your OAs.`,
    doneNext: "Go back to the Zalo Cloud Account app: the OA is now in your list, ready to link.",
    refused: "You did not allow the app to access the OA, so no OA was added.",
    failed:
      "The OA was not added: Zalo could not confirm that you are its admin. Go back to the app and try again.",
    expired:
      "This authorization is more than 10 minutes old. Go back to the app and tap “Add an OA from Zalo” again.",
    invalid:
      "This authorization link is not valid or was already used. Go back to the app and tap “Add an OA from Zalo” again.",
    back: "Back to the app",
    closeHint: "If this page does not close, close it to go back to the app.",
  },
} satisfies Record<Lang, unknown>;

const SCRIPT = `document.getElementById("back").addEventListener("click",function(){window.close()});`;
const STYLE = `body{font-family:-apple-system,Roboto,"Segoe UI",Arial,sans-serif;margin:0;background:#f4f5f6;color:#141415}
main{max-width:480px;margin:0 auto;padding:32px 16px;display:flex;flex-direction:column;gap:16px}
h1{font-size:22px;margin:0}.card{background:#fff;border-radius:12px;padding:16px;line-height:1.5}
.oa{display:flex;align-items:center;gap:12px;font-weight:600}.oa img{width:48px;height:48px;border-radius:50%}
.ok{color:#0b7a3e}.bad{color:#8c120d}button{min-height:48px;border:0;border-radius:24px;background:#0068ff;color:#fff;font:inherit;font-size:16px}
.muted{color:#5f6670;font-size:14px}`;
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** The page's own Content-Security-Policy: its one script and style, images from https only. */
export const GRANT_PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "img-src https: data:",
  "frame-ancestors 'none'",
].join("; ");

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export function grantPage(outcome: GrantOutcome): string {
  const w = WORDS[outcome.lang];
  const body =
    outcome.status === "done"
      ? `<p class="oa">${outcome.oa.avatar.startsWith("https://") ? `<img src="${escape(outcome.oa.avatar)}" alt="">` : ""}${escape(outcome.oa.name)}</p>
<p class="ok">${escape(w.done(outcome.oa.name))}</p><p>${escape(w.doneNext)}</p>`
      : `<p class="bad">${escape(w[outcome.status])}</p>`;
  return `<!doctype html><html lang="${outcome.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(w.title)}</title>
<style>${STYLE}</style></head><body><main><h1>${escape(w.title)}</h1><section class="card">${body}</section>
<button id="back" type="button">${escape(w.back)}</button><p class="muted">${escape(w.closeHint)}</p></main>
<script>${SCRIPT}</script></body></html>`;
}
