import type { Lang } from "../../src/domain/languages";
import type { Terms } from "../../src/domain/types";

/** The terms a new ZCA agrees to. One version, whatever the language it is read in. */
export const TERMS_VERSION = "2022-06-01";

const TERMS: Record<Lang, Terms> = {
  vi: {
    version: TERMS_VERSION,
    title: "Điều khoản & quy định sử dụng Zalo Cloud Account",
    body: [
      "1. Zalo Cloud Account (ZCA) là tài khoản quản lý số dư dùng để thanh toán các tính năng tính phí của Official Account (OA) và ứng dụng (App ID) đã liên kết: gói dịch vụ OA xác thực, Tin chủ động và Zalo Notification Service (ZNS).",
      "2. ZCA không dùng để thanh toán quảng cáo Zalo Ads hay Zalo Shop.",
      "3. Người tạo ZCA là Quản trị viên cấp cao, chịu trách nhiệm về thông tin doanh nghiệp, các OA và ứng dụng đã liên kết. Mỗi số điện thoại chỉ sở hữu một ZCA với vai trò này.",
      "4. Chỉ OA đã xác thực mới được liên kết. Mỗi OA chỉ thuộc về một ZCA tại một thời điểm.",
      "5. Số dư đã nạp chỉ dùng cho dịch vụ của Zalo theo bảng giá công bố tại thời điểm sử dụng và không quy đổi thành tiền mặt.",
      "6. Zalo có thể tạm khóa ZCA khi phát hiện hành vi gian lận hoặc vi phạm quy định của pháp luật Việt Nam.",
      "7. Bằng việc chọn “Tôi đồng ý”, bạn xác nhận đã đọc, hiểu và đồng ý với các điều khoản trên. Phiên bản điều khoản và thời điểm đồng ý được lưu lại.",
    ].join("\n\n"),
  },
  en: {
    version: TERMS_VERSION,
    title: "Terms & regulations of Zalo Cloud Account",
    body: [
      "1. A Zalo Cloud Account (ZCA) is an account holding a balance that pays for the paid features of the linked Official Accounts (OA) and apps (App ID): the verified OA service package, proactive messages and Zalo Notification Service (ZNS).",
      "2. A ZCA does not pay for Zalo Ads or Zalo Shop.",
      "3. The person who creates a ZCA is its Super Admin and is responsible for the business's details and for the linked OAs and apps. Each phone number can own one ZCA in this role.",
      "4. Only verified OAs can be linked. Each OA belongs to one ZCA at a time.",
      "5. A topped-up balance can only be used for Zalo's services at the prices published when they are used, and cannot be exchanged for cash.",
      "6. Zalo may suspend a ZCA when it finds fraud or a breach of Vietnamese law.",
      "7. By choosing “I agree”, you confirm that you have read, understood and agreed to these terms. The version of the terms and the time you agreed are recorded.",
    ].join("\n\n"),
  },
};

export function termsIn(lang: Lang): Terms {
  return TERMS[lang];
}
