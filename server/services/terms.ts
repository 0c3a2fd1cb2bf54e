import type { Terms } from "../../src/domain/types";

export const CURRENT_TERMS: Terms = {
  version: "2022-06-01",
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
};
