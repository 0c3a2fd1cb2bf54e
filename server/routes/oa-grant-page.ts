import { createHash } from "node:crypto";
import { html, raw } from "hono/html";
import type { Lang } from "../../src/domain/languages";
import type { OaProfile } from "../../src/domain/types";
import type { GrantPage } from "../services/oa-grant-return";

// The pages of an OA authorization outside the app (the app's link, Zalo's redirect, the
// confirmation), in the language of the person reading them. They are the only HTML the API
// serves: their words live here, beside them.
const WORDS = {
  vi: {
    title: "Thêm OA từ Zalo",
    confirm: (oa: string, who: string) => `OA ${oa} sẽ được thêm cho ${who}`,
    confirmNext:
      "Người này sẽ là admin của OA trong Zalo Cloud Account và có thể liên kết OA với tài khoản ZCA của họ. Nếu đó không phải bạn, hoặc bạn không biết người này, hãy bấm “Hủy”.",
    yes: "Xác nhận",
    no: "Hủy",
    done: (oa: string) => `Đã thêm OA “${oa}” vào danh sách OA của bạn.`,
    doneNext: "Hãy quay lại ứng dụng Zalo Cloud Account: OA này đã có trong danh sách để liên kết.",
    refused: "Bạn chưa cho phép ứng dụng truy cập OA nên chưa có OA nào được thêm.",
    cancelled: "Bạn đã hủy nên chưa có OA nào được thêm cho ai.",
    failed:
      "Chưa thêm được OA do Zalo không xác nhận được quyền admin của bạn. Hãy quay lại ứng dụng và thử lại.",
    expired: "Lượt cấp quyền này đã quá 10 phút. Hãy quay lại ứng dụng và bấm “Thêm OA từ Zalo” lần nữa.",
    invalid:
      "Đường dẫn cấp quyền này không hợp lệ hoặc đã được dùng. Hãy quay lại ứng dụng và bấm “Thêm OA từ Zalo” lần nữa.",
    other_browser:
      "Đường dẫn cấp quyền này do người khác bắt đầu (hoặc được mở trên một thiết bị khác), nên không có OA nào được cấp cho ai. Muốn thêm OA của bạn, hãy mở ứng dụng Zalo Cloud Account và bấm “Thêm OA từ Zalo”.",
    ticket_used:
      "Đường dẫn này đã được mở một lần và không dùng lại được. Hãy quay lại ứng dụng và bấm “Thêm OA từ Zalo” lần nữa.",
    ticket_expired:
      "Đường dẫn này chỉ mở được trong 2 phút và đã hết hạn. Hãy quay lại ứng dụng và bấm “Thêm OA từ Zalo” lần nữa.",
    back: "Quay lại ứng dụng",
    closeHint: "Nếu trang không tự đóng, hãy đóng trang này để quay lại ứng dụng.",
  },
  en: {
    title: "Add an OA from Zalo",
    confirm: (oa: string, who: string) => `The OA ${oa} will be added for ${who}`,
    confirmNext:
      "This person becomes an admin of the OA in Zalo Cloud Account and can link it to their ZCA. If that is not you, or you do not know them, tap “Cancel”.",
    yes: "Confirm",
    no: "Cancel",
    done: (oa: string) => `The OA “${oa}” was added to your OAs.`,
    doneNext: "Go back to the Zalo Cloud Account app: the OA is now in your list, ready to link.",
    refused: "You did not allow the app to access the OA, so no OA was added.",
    cancelled: "You cancelled, so no OA was added for anyone.",
    failed:
      "The OA was not added: Zalo could not confirm that you are its admin. Go back to the app and try again.",
    expired:
      "This authorization is more than 10 minutes old. Go back to the app and tap “Add an OA from Zalo” again.",
    invalid:
      "This authorization link is not valid or was already used. Go back to the app and tap “Add an OA from Zalo” again.",
    other_browser:
      "Someone else started this authorization link (or it was opened on another device), so no OA was given to anyone. To add your own OA, open the Zalo Cloud Account app and tap “Add an OA from Zalo”.",
    ticket_used:
      "This link was already opened once and cannot be used again. Go back to the app and tap “Add an OA from Zalo” again.",
    ticket_expired:
      "This link can only be opened within 2 minutes, and that time is over. Go back to the app and tap “Add an OA from Zalo” again.",
    back: "Back to the app",
    closeHint: "If this page does not close, close it to go back to the app.",
  },
} satisfies Record<Lang, unknown>;

const SCRIPT = `var back=document.getElementById("back");if(back)back.addEventListener("click",function(){window.close()});`;
const STYLE = `body{font-family:-apple-system,Roboto,"Segoe UI",Arial,sans-serif;margin:0;background:#f4f5f6;color:#141415}
main{max-width:480px;margin:0 auto;padding:32px 16px;display:flex;flex-direction:column;gap:16px}
h1{font-size:22px;margin:0}.card{background:#fff;border-radius:12px;padding:16px;line-height:1.5}
.oa{display:flex;align-items:center;gap:12px;font-weight:600}.oa img{width:48px;height:48px;border-radius:50%}
.ok{color:#0b7a3e}.bad{color:#8c120d}button{min-height:48px;border:0;border-radius:24px;background:#0068ff;color:#fff;font:inherit;font-size:16px}
.muted{color:#5f6670;font-size:14px}form{display:flex;flex-direction:column;gap:12px}
.no{background:#fff;color:#0068ff;border:1px solid #0068ff}`;
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/**
 * The pages' own Content-Security-Policy: their one script and style, images from https only,
 * and the confirmation form posted to the API itself.
 */
export const GRANT_PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "img-src https: data:",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

// hono's html template escapes every value put into these pages; only their own style and script
// go in raw.
const oaLine = (oa: OaProfile) =>
  html`<p class="oa">${oa.avatar.startsWith("https://") ? html`<img src="${oa.avatar}" alt="">` : ""}${oa.name}</p>`;

function bodyOf(page: GrantPage) {
  const w = WORDS[page.lang];
  switch (page.kind) {
    case "confirm": {
      const who = page.recipient.phone
        ? `${page.recipient.name} · ${page.recipient.phone}`
        : page.recipient.name;
      return html`${oaLine(page.oa)}<p><strong>${w.confirm(page.oa.name, who)}</strong></p>
<p>${w.confirmNext}</p>
<form method="post" action="confirm"><input type="hidden" name="grant" value="${page.grantId}">
<input type="hidden" name="csrf" value="${page.csrf}">
<button type="submit" name="decision" value="confirm">${w.yes}</button>
<button type="submit" name="decision" value="cancel" class="no">${w.no}</button></form>`;
    }
    case "done":
      return html`${oaLine(page.oa)}<p class="ok">${w.done(page.oa.name)}</p><p>${w.doneNext}</p>`;
    default:
      return html`<p class="bad">${w[page.kind]}</p>`;
  }
}

/** The page, whole: the confirmation's form, or what happened and what to do next. */
export function grantPage(page: GrantPage) {
  const w = WORDS[page.lang];
  // The confirmation's answer is its form: no "back" until the person has chosen.
  const back =
    page.kind === "confirm"
      ? ""
      : html`<button id="back" type="button">${w.back}</button><p class="muted">${w.closeHint}</p>`;
  return html`<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${w.title}</title>
<style>${raw(STYLE)}</style></head><body><main><h1>${w.title}</h1><section class="card">${bodyOf(page)}</section>
${back}</main><script>${raw(SCRIPT)}</script></body></html>`;
}
