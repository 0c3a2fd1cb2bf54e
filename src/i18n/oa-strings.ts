import type { OaUnavailableReason } from "../domain/types";
import { formatters } from "./format";
import { translations } from "./locale";
import { oaCategory } from "./oa-categories";

const vi = formatters("vi");
const en = formatters("en");
const viFollowers = (n: number) => `${vi.number(n)} người quan tâm`;
const enFollowers = (n: number) => `${en.number(n)} ${n === 1 ? "follower" : "followers"}`;

/** How every list of OAs describes one. */
export const oaStrings = translations({
  vi: {
    verified: "Đã xác thực",
    search: "Tìm OA theo tên",
    noMatch: (query: string) => `Không có OA nào có tên chứa “${query}”.`,
    followers: viFollowers,
    /** The line under an OA's name in a list: its category and followers. */
    summary: (oa: { category: string; followers: number }) =>
      [oaCategory(oa.category, "vi"), viFollowers(oa.followers)].filter(Boolean).join(" · "),
    reasons: {
      oa_not_verified: "Chưa xác thực: chỉ OA đã xác thực mới liên kết được",
      oa_linked_elsewhere: "Đã liên kết với một ZCA khác",
      oa_linked_here: "Đã liên kết với ZCA này",
      oa_reauthorize: "Cần cấp quyền lại: Zalo không còn xác nhận bạn là quản trị viên của OA này",
    } satisfies Record<OaUnavailableReason, string>,
  },
  en: {
    verified: "Verified",
    search: "Search OAs by name",
    noMatch: (query: string) => `No OA has “${query}” in its name.`,
    followers: enFollowers,
    summary: (oa: { category: string; followers: number }) =>
      [oaCategory(oa.category, "en"), enFollowers(oa.followers)].filter(Boolean).join(" · "),
    reasons: {
      oa_not_verified: "Not verified: only a verified OA can be linked",
      oa_linked_elsewhere: "Linked to another ZCA",
      oa_linked_here: "Linked to this ZCA",
      oa_reauthorize: "Authorize again: Zalo no longer confirms that you are an admin of this OA",
    },
  },
});
