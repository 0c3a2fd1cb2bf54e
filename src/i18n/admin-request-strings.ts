import { translations } from "./locale";

/** Asking an OA's admin (quản trị viên) to make the person one too, from the create flow and from "Liên kết OA". */
export const adminRequestStrings = translations({
  vi: {
    messageLabel: "Lời nhắn gửi quản trị viên của OA",
    forLink: (person: string, account: string) =>
      `Chào bạn, mình là ${person}. Mình cần liên kết OA với Zalo Cloud Account “${account}”, nhưng chỉ quản trị viên của OA mới làm được. Nhờ bạn vào trang quản lý OA (oa.zalo.me) và thêm tài khoản Zalo của mình làm quản trị viên OA nhé. Cảm ơn bạn!`,
    forCreate: (person: string, account: string) =>
      `Chào bạn, mình là ${person}. Mình đang tạo Zalo Cloud Account “${account}” và cần kết nối OA của doanh nghiệp, nhưng chỉ quản trị viên của OA mới làm được. Nhờ bạn vào trang quản lý OA (oa.zalo.me) và thêm tài khoản Zalo của mình làm quản trị viên OA nhé. Cảm ơn bạn!`,
    send: "Gửi lời nhờ qua Zalo",
    outcome: {
      zalo: "Đã mở Zalo để bạn chọn người nhận.",
      system: "Đã mở bảng chia sẻ để bạn chọn Zalo và người nhận.",
      copied: "Đã sao chép lời nhắn. Hãy mở Zalo, dán vào cuộc trò chuyện với quản trị viên của OA và gửi.",
      cancelled: "Bạn chưa gửi lời nhắn.",
      failed: "Không mở được chia sẻ. Hãy tự sao chép lời nhắn ở trên và gửi cho quản trị viên của OA.",
    },
  },
  en: {
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
});
