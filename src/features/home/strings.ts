import { translations } from "../../i18n/locale";

export const strings = translations({
  vi: {
    greeting: (name: string) => `Xin chào, ${name}`,
    accounts: "ZCA bạn tham gia",
    create: "Tạo tài khoản Zalo Cloud Account",
    /** For a member of other ZCAs whose phone owns none yet (R1 allows one of their own). */
    own: {
      title: "Doanh nghiệp của bạn chưa có ZCA?",
      detail:
        "Bạn có thể tạo một ZCA riêng cho doanh nghiệp của mình và là Quản trị viên cấp cao của ZCA đó. Các ZCA bạn đang tham gia vẫn giữ nguyên.",
      action: "Tạo ZCA cho doanh nghiệp của bạn",
    },
  },
  en: {
    greeting: (name: string) => `Hello, ${name}`,
    accounts: "ZCAs you belong to",
    create: "Create a Zalo Cloud Account",
    own: {
      title: "Does your own business need a ZCA?",
      detail:
        "You can create a separate ZCA for your business and be its Super Admin. The ZCAs you belong to stay as they are.",
      action: "Create a ZCA for your business",
    },
  },
});
