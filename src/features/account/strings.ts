import { formatters } from "../../i18n/format";
import { translations } from "../../i18n/locale";

/** The ZCA's home and its settings. */
export const strings = translations({
  vi: {
    balance: "Số dư",
    /** When Zalo's services hold part of the balance for charges under way. */
    heldPart: (available: string, held: string) => `Khả dụng ${available} · Đang giữ ${held}`,
    paysFor: "Số dư dùng để thanh toán",
    oas: "Official Account đã liên kết",
    apps: "Ứng dụng đã liên kết",
    noOas: "Chưa liên kết OA nào.",
    noApps: "Chưa liên kết ứng dụng nào.",
    settings: "Cài đặt",
    topUp: "Nạp tiền",
    lowBalance: (threshold: string) =>
      `Số dư đang thấp hơn mức cảnh báo ${threshold}. Hãy nạp thêm để OA và ZNS không bị gián đoạn.`,
    lowBalanceDays: (days: string) =>
      `Số dư chỉ còn đủ dùng dưới ${days} ngày. Hãy nạp thêm để OA và ZNS không bị gián đoạn.`,
    inbox: "Thông báo",
    unread: (count: number) => (count === 0 ? "Không có thông báo mới" : `${count} thông báo chưa đọc`),
    /** At the last 30 days' spending: `days` as written, `count` the number. */
    lasts: (days: string, count: number) =>
      count === 0 ? "Số dư đủ dùng chưa tới 1 ngày" : `Số dư đủ dùng khoảng ${days} ngày`,
    wallet: "Số dư và giao dịch",
    history: "Lịch sử giao dịch",
    spending: "Chi tiêu",
    invoices: "Hóa đơn",
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
      assetsHint: "Liên kết OA và ứng dụng (App ID) với ZCA",
      assetsViewHint: "Xem OA và ứng dụng (App ID) của ZCA",
      members: "Quản lý thành viên",
      membersHint: "Thêm thành viên, đổi vai trò, xóa thành viên",
      membersViewHint: "Xem thành viên và vai trò của họ",
      nameFixed: "Không thể thay đổi",
      noBusiness:
        "Chưa có thông tin doanh nghiệp: ZCA này được tạo trước khi Zalo yêu cầu. Hãy bổ sung để Zalo đối chiếu với đăng ký kinh doanh.",
      noBusinessAsk:
        "Chưa có thông tin doanh nghiệp: ZCA này được tạo trước khi Zalo yêu cầu. Quản trị viên cấp cao hoặc Quản trị viên có thể bổ sung.",
      editBusiness: "Sửa thông tin doanh nghiệp",
      addBusiness: "Bổ sung thông tin doanh nghiệp",
      saved: "Đã lưu thông tin doanh nghiệp.",
      notifications: "Quản lý thông báo",
      notificationsHint:
        "Số dư thấp, biến động số dư, thành viên, tài sản, hóa đơn: bật, tắt và chọn người nhận",
    },
    endSessions: {
      title: "Phiên đăng nhập",
      hint: "Nếu bạn từng mở ứng dụng trên máy của người khác hoặc nghi ai đó đang dùng phiên của bạn, hãy kết thúc mọi phiên đăng nhập.",
      button: "Đăng xuất mọi thiết bị",
      confirmTitle: "Đăng xuất mọi thiết bị?",
      confirmBody:
        "Mọi phiên đăng nhập của bạn vào ứng dụng, trên điện thoại này và mọi thiết bị khác, sẽ kết thúc ngay. Thiết bị nào muốn dùng tiếp phải đăng nhập lại bằng tài khoản Zalo của bạn. ZCA, số dư và dữ liệu không thay đổi.",
      confirm: "Đăng xuất tất cả",
      cancel: "Hủy",
      done: "Đã đăng xuất mọi thiết bị. Điện thoại này đã đăng nhập lại bằng tài khoản Zalo của bạn.",
      failed: "Chưa đăng xuất được mọi thiết bị",
    },
    businessPage: {
      nameFixed: (name: string) =>
        `Tên ZCA “${name}” không thể thay đổi. Bạn chỉ sửa được thông tin doanh nghiệp bên dưới.`,
      save: "Lưu thông tin",
      notAllowed: "Chỉ Quản trị viên cấp cao và Quản trị viên sửa được thông tin doanh nghiệp của ZCA này.",
      taxCodeLocked: "Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa.",
    },
  },
  en: {
    balance: "Balance",
    heldPart: (available: string, held: string) => `Available ${available} · On hold ${held}`,
    paysFor: "The balance pays for",
    oas: "Linked Official Accounts",
    apps: "Linked apps",
    noOas: "No OA linked yet.",
    noApps: "No app linked yet.",
    settings: "Settings",
    topUp: "Top up",
    lowBalance: (threshold: string) =>
      `The balance is below the alert level of ${threshold}. Top up so the OAs and ZNS keep running.`,
    lowBalanceDays: (days: string) =>
      `The balance lasts fewer than ${days} days. Top up so the OAs and ZNS keep running.`,
    inbox: "Inbox",
    unread: (count: number) =>
      count === 0
        ? "No new notifications"
        : `${count} unread ${count === 1 ? "notification" : "notifications"}`,
    lasts: (days: string, count: number) =>
      count === 0
        ? "The balance lasts less than a day"
        : `The balance lasts about ${days} ${count === 1 ? "day" : "days"}`,
    wallet: "Balance and transactions",
    history: "History",
    spending: "Spending",
    invoices: "Invoices",
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
      assetsHint: "Link OAs and apps (App ID) to the ZCA",
      assetsViewHint: "See the ZCA's OAs and apps (App ID)",
      members: "Members",
      membersHint: "Add members, change roles, remove members",
      membersViewHint: "See the members and their roles",
      nameFixed: "Cannot be changed",
      noBusiness:
        "No business details yet: this ZCA was created before Zalo asked for them. Add them so Zalo can check them against the business registration.",
      noBusinessAsk:
        "No business details yet: this ZCA was created before Zalo asked for them. The Super Admin or an Admin can add them.",
      editBusiness: "Edit business details",
      addBusiness: "Add business details",
      saved: "Business details saved.",
      notifications: "Notifications",
      notificationsHint:
        "Low balance, balance movements, members, assets, invoices: on, off and who receives them",
    },
    endSessions: {
      title: "Sessions",
      hint: "If you opened the app on someone else's device, or think someone is using your session, end all your sessions.",
      button: "Sign out of all devices",
      confirmTitle: "Sign out of all devices?",
      confirmBody:
        "Every session of yours in the app, on this phone and on any other device, ends now. A device that wants to go on must sign in again with your Zalo account. Your ZCAs, balance and data do not change.",
      confirm: "Sign out everywhere",
      cancel: "Cancel",
      done: "Signed out of all devices. This phone signed in again with your Zalo account.",
      failed: "Could not sign out of all devices",
    },
    businessPage: {
      nameFixed: (name: string) =>
        `The ZCA's name “${name}” cannot be changed. You can edit the business details below.`,
      save: "Save details",
      notAllowed: "Only the Super Admin and Admins can edit this ZCA's business details.",
      taxCodeLocked: "This tax code is on an issued invoice, so it can no longer be changed.",
    },
  },
});
