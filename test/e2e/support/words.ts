import type { Page } from "playwright-core";
import {
  SEED_ACCOUNT_BUSINESS,
  SEED_ACCOUNTS,
  SEED_APPS,
  SEED_OAS,
  SEED_PEOPLE,
} from "../../../server/seed/directory";

// People's and businesses' own names may be Vietnamese on an English screen; nothing else may.
const NAMES = [
  ...SEED_PEOPLE.map((p) => p.name),
  ...SEED_ACCOUNT_BUSINESS.flatMap((b) => [b.companyName, b.address, b.representative]),
  ...SEED_OAS.map((o) => o.name),
  ...SEED_APPS.map((a) => a.name),
  ...SEED_ACCOUNTS.map((a) => a.name),
  // The title Zalo's support form expects, quoted as is on "Change the Super Admin".
  "Yêu cầu thay đổi quyền quản trị viên cấp cao",
  "Tiếng Việt",
  "Ngôn ngữ",
].sort((a, b) => b.length - a.length);
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

/** The words on screen that are Vietnamese, once people's and businesses' names (and `also`) are set aside. */
export async function vietnameseWords(page: Page, also: string[] = []): Promise<string[]> {
  let text = await page.locator(".zaui-routes-item, .gate").last().innerText();
  for (const name of [...also, ...NAMES]) text = text.split(name).join(" ");
  return text.split(/\s+/u).filter((word) => VIETNAMESE_LETTER.test(word));
}
