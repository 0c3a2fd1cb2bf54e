import { translations } from "../../i18n/locale";

export const strings = translations({
  vi: {
    greeting: (name: string) => `Xin chào, ${name}`,
    create: "Tạo tài khoản Zalo Cloud Account",
  },
  en: {
    greeting: (name: string) => `Hello, ${name}`,
    create: "Create a Zalo Cloud Account",
  },
});
