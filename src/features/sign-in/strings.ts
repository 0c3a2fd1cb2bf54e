import { translations } from "../../i18n/locale";

export const strings = translations({
  vi: {
    devTitle: "Chọn người dùng thử",
    devHint: "Chế độ phát triển: chọn một người trong dữ liệu mẫu để đăng nhập thay cho Zalo.",
    ended: "Đã đăng xuất mọi thiết bị. Chọn người để đăng nhập lại.",
    signingIn: "Đang đăng nhập bằng Zalo…",
    failed: "Chưa đăng nhập được",
    again: "Đăng nhập lại",
  },
  en: {
    devTitle: "Choose a test person",
    devHint: "Development mode: sign in as one of the sample people instead of with Zalo.",
    ended: "Signed out of all devices. Choose a person to sign in again.",
    signingIn: "Signing in with Zalo…",
    failed: "Could not sign in",
    again: "Sign in again",
  },
});
