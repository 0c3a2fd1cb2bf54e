import { translations } from "./locale";

/** "Thêm OA từ Zalo": proving admin rights on an OA through Zalo's permission page. */
export const oaGrantStrings = translations({
  vi: {
    add: "Thêm OA từ Zalo",
    reauthorize: "Cấp quyền lại trên Zalo",
    hint: "Zalo sẽ hỏi bạn chọn OA mà bạn là quản trị viên và cho phép ứng dụng truy cập. OA được thêm sẽ hiện trong danh sách.",
    waiting: "Đang chờ bạn cấp quyền trên Zalo… Sau khi chọn “Cho phép” rồi “Xác nhận”, hãy quay lại đây.",
    stop: "Thôi, không thêm nữa",
    done: (oa: string) => `Đã thêm OA “${oa}”.`,
    refused: "Bạn chưa cho phép trên Zalo nên chưa có OA nào được thêm.",
    cancelled: "Bạn đã bấm “Hủy” nên chưa có OA nào được thêm.",
    otherBrowser:
      "Trang cấp quyền đã được mở trên một thiết bị hoặc trình duyệt khác nên không có OA nào được thêm. Hãy bấm “Thêm OA từ Zalo” và cấp quyền ngay trên trang vừa mở.",
    failed: "Zalo chưa xác nhận được bạn là quản trị viên của OA đó. Hãy thử lại.",
    expired: "Đã quá 10 phút mà chưa cấp quyền xong. Hãy bấm “Thêm OA từ Zalo” lần nữa.",
  },
  en: {
    add: "Add an OA from Zalo",
    reauthorize: "Authorize again on Zalo",
    hint: "Zalo asks you to choose an OA you administer and allow the app to access it. The OA then shows in the list.",
    waiting: "Waiting for you to authorize on Zalo… After choosing “Allow”, then “Confirm”, come back here.",
    stop: "Stop, add no OA",
    done: (oa: string) => `The OA “${oa}” was added.`,
    refused: "You did not allow it on Zalo, so no OA was added.",
    cancelled: "You tapped “Cancel”, so no OA was added.",
    otherBrowser:
      "The authorization page was opened on another device or browser, so no OA was added. Tap “Add an OA from Zalo” and authorize on the page it opens.",
    failed: "Zalo could not confirm that you administer that OA. Try again.",
    expired:
      "More than 10 minutes went by before the authorization finished. Tap “Add an OA from Zalo” again.",
  },
});
