import type { ClientErrorCode } from "../domain/errors";
import type { OaUnavailableReason } from "../domain/types";
import { formatters } from "./format";
import { translations } from "./locale";
import { oaCategory } from "./oa-categories";

const vi = formatters("vi");
const en = formatters("en");
const viFollowers = (n: number) => `${vi.number(n)} người quan tâm`;
const enFollowers = (n: number) => `${en.number(n)} ${n === 1 ? "follower" : "followers"}`;

/** Strings that more than one area shows: the app's frame, what a ZCA is, errors, the admin request. */
export const common = translations({
  vi: {
    app: {
      title: "Zalo Cloud Account",
      loading: "Đang tải…",
      retry: "Thử lại",
      back: "Quay lại",
      screenFailed: "Chưa mở được màn hình này",
      switchPerson: "Đổi người dùng",
    },
    language: {
      label: "Ngôn ngữ / Language",
      names: { vi: "Tiếng Việt", en: "English" },
    },
    zca: {
      whatIs:
        "Zalo Cloud Account (ZCA) là tài khoản quản lý số dư để thanh toán các tính năng tính phí của Official Account (OA) và ứng dụng (App ID) của doanh nghiệp:",
      uses: [
        "Mua gói dịch vụ tài khoản OA xác thực",
        "Gửi Tin chủ động đến người quan tâm OA",
        "Gửi tin Zalo Notification Service (ZNS) đến người dùng Zalo",
      ],
      notFor: "ZCA không phải là tài khoản thanh toán quảng cáo Zalo Ads hay Zalo Shop.",
      formerName: "Trước đây là Zalo Business Account (ZBA), đổi tên thành ZCA từ 01/06/2022.",
    },
    oa: {
      verified: "Đã xác thực",
      followers: viFollowers,
      /** The line under an OA's name in a list: its category and followers. */
      summary: (oa: { category: string; followers: number }) =>
        [oaCategory(oa.category, "vi"), viFollowers(oa.followers)].filter(Boolean).join(" · "),
      reasons: {
        oa_not_verified: "Chưa xác thực: chỉ OA đã xác thực mới liên kết được",
        oa_linked_elsewhere: "Đã liên kết với một ZCA khác",
        oa_linked_here: "Đã liên kết với ZCA này",
      } satisfies Record<OaUnavailableReason, string>,
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
      idempotency_key_reused:
        "Yêu cầu trước đó của bạn khác với thông tin hiện tại. Hãy bấm “Hoàn thành” lại.",
      payload_too_large: "Thông tin gửi đi quá dài. Hãy rút gọn rồi thử lại.",
      rate_limited: "Bạn thao tác quá nhanh. Hãy đợi một phút rồi thử lại.",
      zalo_unavailable: "Chưa kết nối được với Zalo. Hãy kiểm tra mạng rồi thử lại.",
      internal: "Hệ thống đang gặp sự cố. Thông tin của bạn vẫn được giữ; hãy thử lại sau ít phút.",
      network:
        "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi bấm “Thử lại”; thông tin bạn đã nhập vẫn được giữ.",
      unknown: "Đã có lỗi không mong muốn. Hãy thử lại.",
    } satisfies Record<ClientErrorCode, string>,
  },
  en: {
    app: {
      title: "Zalo Cloud Account",
      loading: "Loading…",
      retry: "Try again",
      back: "Back",
      screenFailed: "This screen could not open",
      switchPerson: "Switch person",
    },
    language: {
      label: "Ngôn ngữ / Language",
      names: { vi: "Tiếng Việt", en: "English" },
    },
    zca: {
      whatIs:
        "A Zalo Cloud Account (ZCA) holds the balance that pays for the paid features of your business's Official Accounts (OA) and apps (App ID):",
      uses: [
        "Buying the verified OA service package",
        "Sending proactive messages to the OA's followers",
        "Sending Zalo Notification Service (ZNS) messages to Zalo users",
      ],
      notFor: "A ZCA does not pay for Zalo Ads or Zalo Shop.",
      formerName: "Formerly Zalo Business Account (ZBA); renamed ZCA on 1 June 2022.",
    },
    oa: {
      verified: "Verified",
      followers: enFollowers,
      summary: (oa: { category: string; followers: number }) =>
        [oaCategory(oa.category, "en"), enFollowers(oa.followers)].filter(Boolean).join(" · "),
      reasons: {
        oa_not_verified: "Not verified: only a verified OA can be linked",
        oa_linked_elsewhere: "Linked to another ZCA",
        oa_linked_here: "Linked to this ZCA",
      },
    },
    adminRequest: {
      messageLabel: "Message to the OA's admin",
      forLink: (person: string, account: string) =>
        `Hi, this is ${person}. I need to link our OA to the Zalo Cloud Account “${account}”, but only an admin of the OA can do that. Could you open the OA management page (oa.zalo.me) and make my Zalo account an admin of the OA? Thank you!`,
      forCreate: (person: string, account: string) =>
        `Hi, this is ${person}. I am creating the Zalo Cloud Account “${account}” and need to connect our business's OA, but only an admin of the OA can do that. Could you open the OA management page (oa.zalo.me) and make my Zalo account an admin of the OA? Thank you!`,
      send: "Send the request through Zalo",
      outcome: {
        zalo: "Zalo is open: choose who to send it to.",
        system: "The share sheet is open: choose Zalo and the person to send it to.",
        copied: "The message is copied. Open Zalo, paste it into your chat with the OA's admin and send it.",
        cancelled: "You have not sent the message.",
        failed: "Sharing could not open. Copy the message above yourself and send it to the OA's admin.",
      },
    },
    errors: {
      invalid_input: "Some information is not valid. Check it and try again.",
      unauthenticated: "Your sign-in has expired. Open the app again to sign in.",
      forbidden: "You are not allowed to do this with this account.",
      not_found: "This could not be found. It may have been removed; go back and reload.",
      phone_required: "Your Zalo phone number is needed to create a ZCA. Allow sharing it, then try again.",
      phone_owns_account:
        "Your phone number already owns a ZCA. Each phone number can be the Super Admin of one ZCA only.",
      oa_not_verified: "Only a verified OA can be connected. Verify the OA first, then come back.",
      oa_not_admin: "You are not an admin of this OA. Ask the OA's admin to make you an admin.",
      oa_linked_elsewhere: "This OA was just linked to another ZCA. Choose another OA.",
      app_not_owned: "You do not own this app. Choose another app or create a new one.",
      app_linked_elsewhere:
        "This app is already connected to another ZCA. Choose another app or create a new one.",
      terms_not_accepted: "The terms were just updated. Read them and agree again before finishing.",
      idempotency_key_reused: "Your earlier request differs from what you entered now. Tap “Finish” again.",
      payload_too_large: "What you sent is too long. Shorten it and try again.",
      rate_limited: "You are going too fast. Wait a minute, then try again.",
      zalo_unavailable: "Zalo could not be reached. Check your connection, then try again.",
      internal: "Our system has a problem. What you entered is kept; try again in a few minutes.",
      network:
        "The server could not be reached. Check your connection and tap “Try again”; what you entered is kept.",
      unknown: "Something unexpected went wrong. Try again.",
    },
  },
});
