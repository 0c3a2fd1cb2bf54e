import type { ClientErrorCode } from "../domain/errors";
import { translations } from "./locale";

/** What every screen may show: the app's frame, the language choice, and every error. */
export const common = translations({
  vi: {
    app: {
      title: "Zalo Cloud Account",
      loading: "Đang tải…",
      retry: "Thử lại",
      back: "Quay lại",
      screenFailed: "Chưa mở được màn hình này",
      screenOffline:
        "Chưa tải được màn hình này vì mất kết nối. Hãy kiểm tra mạng rồi bấm “Thử lại”, hoặc quay lại màn hình trước.",
      switchPerson: "Đổi người dùng",
      updateZalo: "Cập nhật Zalo",
      loadMore: "Tải thêm",
      searching: "Đang tìm…",
      /** After a failure that trying again can mend, on a form whose answers stay filled in. */
      inputKept: "Thông tin bạn đã nhập vẫn được giữ.",
    },
    language: {
      label: "Ngôn ngữ / Language",
      names: { vi: "Tiếng Việt", en: "English" },
    },
    errors: {
      invalid_input: "Thông tin chưa hợp lệ. Hãy kiểm tra lại rồi thử lần nữa.",
      unauthenticated: "Phiên đăng nhập đã hết hạn. Hãy mở lại ứng dụng để đăng nhập.",
      session_revoked: "Phiên đăng nhập này đã kết thúc vì bạn đã đăng xuất mọi thiết bị. Hãy đăng nhập lại.",
      forbidden: "Bạn không có quyền thực hiện thao tác này với tài khoản này.",
      not_found: "Không tìm thấy nội dung này. Có thể nó đã bị xóa; hãy quay lại và tải lại.",
      phone_required:
        "Cần số điện thoại Zalo của bạn để tạo ZCA. Hãy cho phép chia sẻ số điện thoại rồi thử lại.",
      phone_owns_account:
        "Số điện thoại của bạn đã sở hữu một ZCA. Mỗi số điện thoại chỉ là Quản trị viên cấp cao của một ZCA.",
      oa_not_verified: "OA phải xác thực mới có thể kết nối. Hãy xác thực OA trước rồi quay lại.",
      oa_not_admin:
        "Bạn không phải quản trị viên của OA này. Hãy nhờ một quản trị viên của OA thêm bạn làm quản trị viên.",
      oa_linked_elsewhere: "OA này vừa được liên kết với một ZCA khác. Hãy chọn OA khác.",
      app_not_owned:
        "Bạn không phải quản trị viên của ứng dụng này. Hãy chọn ứng dụng khác hoặc tạo ứng dụng mới.",
      app_linked_elsewhere:
        "Ứng dụng này đã kết nối với một ZCA khác. Hãy chọn ứng dụng khác hoặc tạo ứng dụng mới.",
      phone_not_on_zalo:
        "Số điện thoại này chưa có tài khoản Zalo. Hãy kiểm tra lại số, hoặc nhờ người đó đăng ký Zalo trước.",
      already_member: "Người này đã là thành viên của ZCA này.",
      super_admin_protected:
        "Không ai có thể xóa hoặc đổi vai trò của Quản trị viên cấp cao, kể cả chính họ. Muốn đổi người, doanh nghiệp gửi yêu cầu tới Zalo.",
      terms_not_accepted: "Điều khoản vừa được cập nhật. Hãy đọc và đồng ý lại trước khi hoàn thành.",
      idempotency_key_reused:
        "Yêu cầu trước đó của bạn khác với thông tin hiện tại. Hãy bấm “Hoàn thành” lại.",
      recipient_not_allowed:
        "Một người nhận không còn là thành viên, hoặc vai trò của họ không được xem nội dung thông báo này. Hãy chọn lại người nhận.",
      order_taken: "Đơn thanh toán này đã gắn với một lần nạp khác. Hãy bấm “Nạp lại” để tạo lần nạp mới.",
      file_link_expired: "Liên kết tới tệp đã hết hạn. Hãy bấm lại để mở tệp.",
      tax_code_invoiced:
        "Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa. Các thông tin khác vẫn sửa được.",
      invoice_not_issued: "Hóa đơn này chưa được xuất xong. Khi đã có số hóa đơn, bạn mới sửa được.",
      invoice_replaced: "Hóa đơn này đã được thay thế. Hãy mở hóa đơn thay thế để sửa tiếp.",
      invoice_unchanged: "Tên công ty và địa chỉ giống hệt trên hóa đơn. Hãy sửa ít nhất một trong hai.",
      insufficient_balance: "Số dư khả dụng không đủ. Hãy nạp thêm tiền rồi thử lại.",
      usage_id_reused: "Mã giao dịch này đã dùng cho một yêu cầu khác.",
      hold_closed: "Khoản tạm giữ này đã được trừ hoặc đã hết hạn.",
      hold_exceeded: "Số tiền vượt quá khoản đã tạm giữ.",
      payload_too_large: "Thông tin gửi đi quá dài. Hãy rút gọn rồi thử lại.",
      rate_limited: "Bạn thao tác quá nhanh. Hãy đợi một phút rồi thử lại.",
      zalo_unavailable: "Chưa kết nối được với Zalo. Hãy kiểm tra mạng rồi thử lại.",
      internal: "Hệ thống đang gặp sự cố. Hãy thử lại sau ít phút.",
      network: "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi bấm “Thử lại”.",
      unknown: "Đã có lỗi không mong muốn. Hãy thử lại.",
      zalo_refused:
        "Bạn chưa cho phép Zalo thực hiện yêu cầu này. Khi sẵn sàng, hãy thử lại và chọn “Cho phép”.",
      zalo_cancelled: "Bạn đã đóng hộp thoại của Zalo trước khi chọn. Hãy thử lại khi sẵn sàng.",
      zalo_busy: "Zalo vẫn đang xử lý yêu cầu trước đó. Hãy đợi vài giây rồi thử lại.",
      zalo_limit: "Bạn đã thử nhiều lần liền nên Zalo tạm dừng yêu cầu. Hãy đợi một lát rồi thử lại.",
      zalo_timeout:
        "Zalo chưa phản hồi. Hãy kiểm tra mạng rồi thử lại; nếu vẫn vậy, hãy đóng và mở lại ứng dụng.",
      zalo_too_old:
        "Phiên bản Zalo trên máy bạn đã cũ nên chưa làm được việc này. Hãy cập nhật Zalo rồi mở lại ứng dụng.",
      zalo_unreachable: "Chưa kết nối được với Zalo. Hãy kiểm tra mạng rồi thử lại.",
      zalo_failed: "Zalo chưa thực hiện được yêu cầu. Hãy thử lại.",
    } satisfies Record<ClientErrorCode, string>,
  },
  en: {
    app: {
      title: "Zalo Cloud Account",
      loading: "Loading…",
      retry: "Try again",
      back: "Back",
      screenFailed: "This screen could not open",
      screenOffline:
        "This screen could not load: the connection dropped. Check your network and tap “Try again”, or go back.",
      switchPerson: "Switch person",
      updateZalo: "Update Zalo",
      loadMore: "Load more",
      searching: "Searching…",
      inputKept: "What you entered is kept.",
    },
    language: {
      label: "Ngôn ngữ / Language",
      names: { vi: "Tiếng Việt", en: "English" },
    },
    errors: {
      invalid_input: "Some information is not valid. Check it and try again.",
      unauthenticated: "Your sign-in has expired. Open the app again to sign in.",
      session_revoked: "This session ended because you signed out of all devices. Sign in again.",
      forbidden: "Your role does not allow this in this ZCA.",
      not_found: "This could not be found. It may have been removed; go back and reload.",
      phone_required: "Your Zalo phone number is needed to create a ZCA. Allow sharing it, then try again.",
      phone_owns_account:
        "Your phone number already owns a ZCA. Each phone number can be the Super Admin of one ZCA only.",
      oa_not_verified: "Only a verified OA can be connected. Verify the OA first, then come back.",
      oa_not_admin: "You are not an admin of this OA. Ask one of its admins to add you as an admin.",
      oa_linked_elsewhere: "This OA was just linked to another ZCA. Choose another OA.",
      app_not_owned: "You are not an admin of this app. Choose another app or create a new one.",
      app_linked_elsewhere:
        "This app is already connected to another ZCA. Choose another app or create a new one.",
      phone_not_on_zalo:
        "No Zalo account has this phone number. Check the number, or ask the person to sign up for Zalo first.",
      already_member: "This person is already a member of this ZCA.",
      super_admin_protected:
        "Nobody can remove or change the role of the Super Admin, not even the Super Admin. To change who it is, the business sends Zalo a request.",
      terms_not_accepted: "The terms were just updated. Read them and agree again before finishing.",
      idempotency_key_reused: "Your earlier request differs from what you entered now. Tap “Finish” again.",
      recipient_not_allowed:
        "A recipient is no longer a member, or their role may not see what this notification tells. Pick the recipients again.",
      order_taken: "This payment order belongs to another top-up. Tap “Top up again” to start a new one.",
      file_link_expired: "The link to the file has expired. Tap the button again to open the file.",
      tax_code_invoiced:
        "This tax code is on an issued invoice, so it can no longer change. The other details can still be edited.",
      invoice_not_issued: "This invoice is not issued yet. Once it has a number, you can correct it.",
      invoice_replaced: "This invoice was already replaced. Open the replacement to correct it further.",
      invoice_unchanged: "The company name and address are the same as on the invoice. Change at least one.",
      insufficient_balance: "The available balance is not enough. Top up, then try again.",
      usage_id_reused: "This transaction id was already used for another request.",
      hold_closed: "This hold was already charged or has expired.",
      hold_exceeded: "The amount is more than what was held.",
      payload_too_large: "What you entered is too long. Shorten it and try again.",
      rate_limited: "Too many tries in a short time. Wait a minute, then try again.",
      zalo_unavailable: "Zalo could not be reached. Check your connection, then try again.",
      internal: "Our system has a problem. Try again in a few minutes.",
      network: "The server could not be reached. Check your connection and tap “Try again”.",
      unknown: "Something unexpected went wrong. Try again.",
      zalo_refused: "You did not allow Zalo to do this. When you are ready, try again and choose “Allow”.",
      zalo_cancelled: "You closed Zalo's dialog before choosing. Try again when you are ready.",
      zalo_busy: "Zalo is still handling the previous request. Wait a few seconds, then try again.",
      zalo_limit:
        "You tried several times in a row, so Zalo paused the request. Wait a moment, then try again.",
      zalo_timeout:
        "Zalo did not answer. Check your connection and try again; if it still does not answer, close and reopen the app.",
      zalo_too_old: "Your Zalo app is too old for this. Update Zalo, then open the app again.",
      zalo_unreachable: "Zalo could not be reached. Check your connection, then try again.",
      zalo_failed: "Zalo could not do this. Try again.",
    },
  },
});
