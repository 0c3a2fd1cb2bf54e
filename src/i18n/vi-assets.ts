import type { OaUnavailableReason } from "../domain/types";

const date = (iso: string) =>
  new Date(iso).toLocaleDateString("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" });

/** Vietnamese strings of asset management: settings and linking OAs (Flow B). */
export const viAssets = {
  date,
  settings: {
    title: "Cài đặt",
    info: "Thông tin tài khoản",
    name: "Tên ZCA",
    id: "Mã ZCA",
    superAdmin: "Quản trị viên cấp cao",
    createdAt: "Ngày tạo",
    terms: "Điều khoản đã đồng ý",
    termsAccepted: (version: string, at: string) => `Phiên bản ${version}, ngày ${date(at)}`,
    manage: "Quản lý",
    assets: "Quản lý tài sản",
    assetsHint: "Liên kết OA và xem ứng dụng (App ID) của ZCA",
  },
  assets: {
    title: "Quản lý tài sản",
    linkOa: "Liên kết OA",
    linkedCount: (n: number) => (n === 0 ? "Chưa liên kết OA nào" : `${n} OA đã liên kết`),
    apps: "Ứng dụng (App ID)",
    noApps: "ZCA này chưa có ứng dụng nào.",
  },
  oas: {
    title: "Liên kết OA",
    intro: (account: string) =>
      `Số dư của ${account} thanh toán các tính năng tính phí của những OA liên kết với ZCA này.`,
    linked: "OA đã liên kết",
    noLinked: "ZCA này chưa liên kết OA nào. Hãy chọn một OA ở phần “Liên kết OA mới” bên dưới.",
    linkedBy: (name: string, at: string) => `${name} liên kết ngày ${date(at)}`,
    busy: { link: "Đang liên kết…", unlink: "Đang hủy liên kết…" },
    unlink: "Hủy liên kết",
    newOas: "Liên kết OA mới",
    newHint: "Các OA bạn là admin và chưa liên kết với ZCA nào.",
    link: "Liên kết",
    reasons: {
      oa_not_verified: "Chưa xác thực: chỉ OA đã xác thực mới liên kết được",
      oa_linked_elsewhere: "Đã liên kết với một ZCA khác",
      oa_linked_here: "Đã liên kết với ZCA này",
    } satisfies Record<OaUnavailableReason, string>,
    noOas: "Bạn chưa là admin của OA nào nên chưa có OA để liên kết.",
    allLinked: "Mọi OA bạn là admin đều đã được liên kết.",
    search: "Tìm OA theo tên",
    noMatch: (query: string) => `Không có OA nào có tên chứa “${query}”.`,
    linkFailed: (oa: string) => `Chưa liên kết được ${oa}.`,
    unlinkFailed: (oa: string) => `Chưa hủy liên kết được ${oa}.`,
    linkedToast: (oa: string, account: string) => `Đã liên kết ${oa} với ${account}.`,
    unlinkedToast: (oa: string, account: string) => `Đã hủy liên kết ${oa} khỏi ${account}.`,
  },
  confirmLink: {
    title: "Liên kết OA với ZCA?",
    body: (oa: string, account: string) =>
      `${oa} sẽ được liên kết với ${account}. Số dư của ZCA sẽ thanh toán các tính năng tính phí của OA này.`,
    confirm: "Liên kết OA",
    cancel: "Hủy",
  },
  confirmUnlink: {
    title: "Hủy liên kết OA?",
    body: (oa: string, account: string) =>
      `${oa} sẽ không dùng số dư của ${account} nữa. Bạn có thể liên kết lại sau.`,
    confirm: "Hủy liên kết",
    cancel: "Giữ liên kết",
  },
  missingOa: {
    toggle: "Không thấy OA cần liên kết?",
    why: "Chỉ admin của một OA mới thấy OA đó ở đây. Hãy nhờ admin của OA cấp quyền admin cho tài khoản Zalo của bạn, rồi quay lại màn hình này.",
  },
};
