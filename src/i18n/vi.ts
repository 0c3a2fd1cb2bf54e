import type { ErrorCode } from "../domain/errors";
import { viAssets } from "./vi-assets";
import { viCreate } from "./vi-create";

/** Vietnamese, the default language. Every string a user reads lives here. */
export const vi = {
  create: viCreate,
  assets: viAssets,
  app: {
    title: "Zalo Cloud Account",
    loading: "Đang tải…",
    retry: "Thử lại",
    back: "Quay lại",
    formerName: "Trước đây là Zalo Business Account (ZBA), đổi tên thành ZCA từ 01/06/2022.",
    screenFailed: "Chưa mở được màn hình này",
  },
  signIn: {
    title: "Đăng nhập",
    devTitle: "Chọn người dùng thử",
    devHint: "Chế độ phát triển: chọn một người trong dữ liệu mẫu để đăng nhập thay cho Zalo.",
    signingIn: "Đang đăng nhập bằng Zalo…",
    failed: "Chưa đăng nhập được",
    signOut: "Đổi người dùng",
  },
  home: {
    greeting: (name: string) => `Xin chào, ${name}`,
    whatIs:
      "Zalo Cloud Account (ZCA) là tài khoản quản lý số dư để thanh toán các tính năng tính phí của Official Account (OA) và ứng dụng (App ID) của doanh nghiệp:",
    uses: [
      "Mua gói dịch vụ tài khoản OA xác thực",
      "Gửi Tin chủ động đến người quan tâm OA",
      "Gửi tin Zalo Notification Service (ZNS) đến người dùng Zalo",
    ],
    notFor: "ZCA không phải là tài khoản thanh toán quảng cáo Zalo Ads hay Zalo Shop.",
    create: "Tạo tài khoản Zalo Cloud Account",
    yourAccounts: "Tài khoản của bạn",
    openAccount: "Mở tài khoản",
    ownsAccount:
      "Số điện thoại của bạn đã là Quản trị viên cấp cao của ZCA này nên bạn được đưa thẳng tới đây: mỗi số điện thoại chỉ sở hữu một ZCA.",
    phoneRequired: "Cần số điện thoại Zalo của bạn để tạo ZCA: mỗi số điện thoại chỉ sở hữu một ZCA.",
  },
  account: {
    balance: "Số dư",
    currency: (amount: number) => `${amount.toLocaleString("vi-VN")} đ`,
    role: { super_admin: "Quản trị viên cấp cao" },
    paysFor: "Số dư dùng để thanh toán",
    oas: "Official Account đã liên kết",
    apps: "Ứng dụng đã liên kết",
    noOas: "Chưa liên kết OA nào.",
    noApps: "Chưa liên kết ứng dụng nào.",
    settings: "Cài đặt",
    followers: (n: number) => `${n.toLocaleString("vi-VN")} người quan tâm`,
    verified: "Đã xác thực",
    notVerified: "Chưa xác thực",
  },
  adminRequest: {
    messageLabel: "Lời nhắn gửi admin của OA",
    forLink: (person: string, account: string) =>
      `Chào bạn, mình là ${person}. Mình cần liên kết OA với Zalo Cloud Account “${account}”, nhưng chỉ admin của OA mới làm được. Nhờ bạn vào trang quản lý OA (oa.zalo.me) và cấp quyền admin OA cho tài khoản Zalo của mình nhé. Cảm ơn bạn!`,
    forCreate: (person: string, account: string) =>
      `Chào bạn, mình là ${person}. Mình đang tạo Zalo Cloud Account “${account}” và cần kết nối OA của doanh nghiệp, nhưng chỉ admin của OA mới làm được. Nhờ bạn vào trang quản lý OA (oa.zalo.me) và cấp quyền admin OA cho tài khoản Zalo của mình nhé. Cảm ơn bạn!`,
    send: "Gửi lời nhờ qua Zalo",
    outcome: {
      zalo: "Đã mở Zalo để bạn chọn người nhận.",
      system: "Đã mở bảng chia sẻ để bạn chọn Zalo và người nhận.",
      copied: "Đã sao chép lời nhắn. Hãy mở Zalo, dán vào cuộc trò chuyện với admin của OA và gửi.",
      cancelled: "Bạn chưa gửi lời nhắn.",
      failed: "Không mở được chia sẻ. Hãy tự sao chép lời nhắn ở trên và gửi cho admin của OA.",
    },
  },
  errors: {
    invalid_input: "Thông tin chưa hợp lệ. Hãy kiểm tra lại rồi thử lần nữa.",
    unauthenticated: "Phiên đăng nhập đã hết hạn. Hãy mở lại ứng dụng để đăng nhập.",
    forbidden: "Bạn không có quyền thực hiện thao tác này với tài khoản này.",
    not_found: "Không tìm thấy nội dung này. Có thể nó đã bị xóa; hãy quay lại và tải lại.",
    phone_required:
      "Cần số điện thoại Zalo của bạn để tạo ZCA. Hãy cho phép chia sẻ số điện thoại rồi thử lại.",
    phone_owns_account:
      "Số điện thoại của bạn đã sở hữu một ZCA. Mỗi số điện thoại chỉ là Quản trị viên cấp cao của một ZCA.",
    oa_not_verified: "OA phải xác thực mới có thể kết nối. Hãy xác thực OA trước rồi quay lại.",
    oa_not_admin: "Bạn không phải admin của OA này. Hãy nhờ admin của OA cấp quyền admin cho bạn.",
    oa_linked_elsewhere: "OA này vừa được liên kết với một ZCA khác. Hãy chọn OA khác.",
    app_not_owned: "Bạn không sở hữu ứng dụng này. Hãy chọn ứng dụng khác hoặc tạo ứng dụng mới.",
    app_linked_elsewhere:
      "Ứng dụng này đã kết nối với một ZCA khác. Hãy chọn ứng dụng khác hoặc tạo ứng dụng mới.",
    terms_not_accepted: "Điều khoản vừa được cập nhật. Hãy đọc và đồng ý lại trước khi hoàn thành.",
    idempotency_key_reused: "Yêu cầu trước đó của bạn khác với thông tin hiện tại. Hãy bấm “Hoàn thành” lại.",
    payload_too_large: "Thông tin gửi đi quá dài. Hãy rút gọn rồi thử lại.",
    rate_limited: "Bạn thao tác quá nhanh. Hãy đợi một phút rồi thử lại.",
    zalo_unavailable: "Chưa kết nối được với Zalo. Hãy kiểm tra mạng rồi thử lại.",
    internal: "Hệ thống đang gặp sự cố. Thông tin của bạn vẫn được giữ; hãy thử lại sau ít phút.",
    network:
      "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi bấm “Thử lại”; thông tin bạn đã nhập vẫn được giữ.",
    unknown: "Đã có lỗi không mong muốn. Hãy thử lại.",
  } satisfies Record<ErrorCode | "network" | "unknown", string>,
};
