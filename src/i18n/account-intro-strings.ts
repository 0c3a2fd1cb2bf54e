import { translations } from "./locale";

/** What a ZCA is and is not: home, the create flow's first step, the ZCA's home and its done screen. */
export const accountIntroStrings = translations({
  vi: {
    whatIs:
      "Zalo Cloud Account (ZCA) là tài khoản quản lý số dư để thanh toán các tính năng tính phí của Official Account (OA) và ứng dụng (App ID) của doanh nghiệp:",
    uses: [
      "Mua gói dịch vụ tài khoản OA xác thực",
      "Gửi Tin chủ động đến người quan tâm OA",
      "Gửi tin Zalo Notification Service (ZNS) đến người dùng Zalo",
    ],
    notFor: "ZCA không phải là tài khoản thanh toán quảng cáo Zalo Ads hay Zalo Shop.",
    formerName: "Trước đây là Zalo Business Account (ZBA), đổi tên thành ZCA từ 01/06/2022.",
    zbsName:
      "Từ 01/01/2026, Zalo Cloud Account được chuyển thành tài khoản ZBS (Zalo Business Solutions) và tin ZNS thành ZBS Template Message. Ứng dụng này vẫn gọi là ZCA như hướng dẫn của Zalo.",
  },
  en: {
    whatIs:
      "A Zalo Cloud Account (ZCA) holds the balance that pays for the paid features of your business's Official Accounts (OA) and apps (App ID):",
    uses: [
      "Buying the verified OA service package",
      "Sending proactive messages to the OA's followers",
      "Sending Zalo Notification Service (ZNS) messages to Zalo users",
    ],
    notFor: "A ZCA does not pay for Zalo Ads or Zalo Shop.",
    formerName: "Formerly Zalo Business Account (ZBA); renamed ZCA on 1 June 2022.",
    zbsName:
      "Since 1 January 2026 Zalo Cloud Accounts are ZBS accounts (Zalo Business Solutions), and ZNS messages are ZBS Template Messages. This app still says ZCA, as Zalo's guide does.",
  },
});
