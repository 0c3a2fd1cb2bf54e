import { translations } from "../../i18n/locale";

export const strings = translations({
  vi: {
    greeting: (name: string) => `Xin chào, ${name}`,
    accounts: "ZCA bạn tham gia",
    create: "Tạo tài khoản Zalo Cloud Account",
  },
  en: {
    greeting: (name: string) => `Hello, ${name}`,
    accounts: "ZCAs you belong to",
    create: "Create a Zalo Cloud Account",
  },
});
