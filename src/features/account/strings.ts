import { formatters } from "../../i18n/format";
import { translations } from "../../i18n/locale";

/** The ZCA's home and its settings. */
export const strings = translations({
  vi: {
    balance: "Số dư",
    paysFor: "Số dư dùng để thanh toán",
    oas: "Official Account đã liên kết",
    apps: "Ứng dụng đã liên kết",
    noOas: "Chưa liên kết OA nào.",
    noApps: "Chưa liên kết ứng dụng nào.",
    settings: "Cài đặt",
    ownsAccount:
      "Số điện thoại của bạn đã là Quản trị viên cấp cao của ZCA này nên bạn được đưa thẳng tới đây: mỗi số điện thoại chỉ sở hữu một ZCA.",
    settingsPage: {
      title: "Cài đặt",
      info: "Thông tin tài khoản",
      name: "Tên ZCA",
      id: "Mã ZCA",
      superAdmin: "Quản trị viên cấp cao",
      createdAt: "Ngày tạo",
      terms: "Điều khoản đã đồng ý",
      termsAccepted: (version: string, at: string) =>
        `Phiên bản ${version}, ngày ${formatters("vi").date(at)}`,
      manage: "Quản lý",
      assets: "Quản lý tài sản",
      assetsHint: "Liên kết OA và xem ứng dụng (App ID) của ZCA",
      nameFixed: "Không thể thay đổi",
      noBusiness:
        "Chưa có thông tin doanh nghiệp: ZCA này được tạo trước khi Zalo yêu cầu. Hãy bổ sung để Zalo đối chiếu với đăng ký kinh doanh.",
      noBusinessAsk:
        "Chưa có thông tin doanh nghiệp: ZCA này được tạo trước khi Zalo yêu cầu. Quản trị viên cấp cao hoặc Quản trị viên có thể bổ sung.",
      editBusiness: "Sửa thông tin doanh nghiệp",
      addBusiness: "Bổ sung thông tin doanh nghiệp",
      saved: "Đã lưu thông tin doanh nghiệp.",
    },
    businessPage: {
      nameFixed: (name: string) =>
        `Tên ZCA “${name}” không thể thay đổi. Bạn chỉ sửa được thông tin doanh nghiệp bên dưới.`,
      save: "Lưu thông tin",
      notAllowed: "Chỉ Quản trị viên cấp cao và Quản trị viên sửa được thông tin doanh nghiệp của ZCA này.",
    },
  },
  en: {
    balance: "Balance",
    paysFor: "The balance pays for",
    oas: "Linked Official Accounts",
    apps: "Linked apps",
    noOas: "No OA linked yet.",
    noApps: "No app linked yet.",
    settings: "Settings",
    ownsAccount:
      "Your phone number is already the Super Admin of this ZCA, so you were brought straight here: each phone number owns one ZCA only.",
    settingsPage: {
      title: "Settings",
      info: "Account details",
      name: "ZCA name",
      id: "ZCA ID",
      superAdmin: "Super Admin",
      createdAt: "Created on",
      terms: "Terms agreed to",
      termsAccepted: (version: string, at: string) => `Version ${version}, on ${formatters("en").date(at)}`,
      manage: "Manage",
      assets: "Asset management",
      assetsHint: "Link OAs and see the ZCA's apps (App ID)",
      nameFixed: "Cannot be changed",
      noBusiness:
        "No business details yet: this ZCA was created before Zalo asked for them. Add them so Zalo can check them against the business registration.",
      noBusinessAsk:
        "No business details yet: this ZCA was created before Zalo asked for them. The Super Admin or an Admin can add them.",
      editBusiness: "Edit business details",
      addBusiness: "Add business details",
      saved: "Business details saved.",
    },
    businessPage: {
      nameFixed: (name: string) =>
        `The ZCA's name “${name}” cannot be changed. You can edit the business details below.`,
      save: "Save details",
      notAllowed: "Only the Super Admin and Admins can edit this ZCA's business details.",
    },
  },
});
