import { formatters } from "../../i18n/format";
import { translations } from "../../i18n/locale";

const vi = formatters("vi");
const en = formatters("en");

/** Asset management: "Quản lý tài sản" and linking OAs (Flow B). */
export const strings = translations({
  vi: {
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
      linkedBy: (name: string, at: string) => `${name} liên kết ngày ${vi.date(at)}`,
      busy: { link: "Đang liên kết…", unlink: "Đang hủy liên kết…" },
      unlink: "Hủy liên kết",
      newOas: "Liên kết OA mới",
      newHint: "Các OA bạn là admin và chưa liên kết với ZCA nào.",
      link: "Liên kết",
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
  },
  en: {
    assets: {
      title: "Asset management",
      linkOa: "Link OA",
      linkedCount: (n: number) => (n === 0 ? "No OA linked yet" : `${n} ${n === 1 ? "OA" : "OAs"} linked`),
      apps: "Apps (App ID)",
      noApps: "This ZCA has no apps yet.",
    },
    oas: {
      title: "Link OA",
      intro: (account: string) =>
        `${account}'s balance pays for the paid features of the OAs linked to this ZCA.`,
      linked: "Linked OAs",
      noLinked: "This ZCA has no linked OA yet. Choose one under “Link a new OA” below.",
      linkedBy: (name: string, at: string) => `Linked by ${name} on ${en.date(at)}`,
      busy: { link: "Linking…", unlink: "Unlinking…" },
      unlink: "Unlink",
      newOas: "Link a new OA",
      newHint: "The OAs you administer that no ZCA holds yet.",
      link: "Link",
      noOas: "You are not an admin of any OA, so there is no OA to link.",
      allLinked: "Every OA you administer is already linked.",
      search: "Search OAs by name",
      noMatch: (query: string) => `No OA has “${query}” in its name.`,
      linkFailed: (oa: string) => `${oa} was not linked.`,
      unlinkFailed: (oa: string) => `${oa} was not unlinked.`,
      linkedToast: (oa: string, account: string) => `${oa} is now linked to ${account}.`,
      unlinkedToast: (oa: string, account: string) => `${oa} is no longer linked to ${account}.`,
    },
    confirmLink: {
      title: "Link the OA to the ZCA?",
      body: (oa: string, account: string) =>
        `${oa} will be linked to ${account}. The ZCA's balance will pay for this OA's paid features.`,
      confirm: "Link OA",
      cancel: "Cancel",
    },
    confirmUnlink: {
      title: "Unlink the OA?",
      body: (oa: string, account: string) =>
        `${oa} will stop using ${account}'s balance. You can link it again later.`,
      confirm: "Unlink",
      cancel: "Keep linked",
    },
    missingOa: {
      toggle: "Can't find the OA you want?",
      why: "Only an OA's admins see it here. Ask the OA's admin to make your Zalo account an admin, then come back to this screen.",
    },
  },
});
