import { APP_ID_LENGTH, type AppIdProblem } from "../domain/app-id";
import { translations } from "./locale";

const { min, max } = APP_ID_LENGTH;

/** How every screen speaks of an app connected by its App ID on a person's word. */
export const appStrings = translations({
  vi: {
    /** Under a declared app in any list, so nobody takes it for one Zalo has confirmed. */
    declaredBy: (name: string) => `Khai báo bởi ${name}, chưa được Zalo xác nhận`,
    /** A declared app where the person is the one who declared it (create flow). */
    declaredByYou: (appId: string) => `App ID ${appId} (bạn khai báo)`,
    field: {
      label: "App ID",
      hint: "App ID có ở trang quản lý ứng dụng trên developers.zalo.me",
      problems: {
        required: "Nhập App ID của ứng dụng.",
        not_digits: "App ID chỉ gồm chữ số. Hãy sao chép đúng App ID từ developers.zalo.me.",
        too_short: `App ID có ít nhất ${min} chữ số. Kiểm tra xem bạn đã nhập đủ chưa.`,
        too_long: `App ID có nhiều nhất ${max} chữ số. Kiểm tra xem bạn có nhập thừa số nào không.`,
      } satisfies Record<AppIdProblem, string>,
    },
    /** Why the app is recorded as declared: Zalo cannot confirm who administers an app. */
    declareNote:
      "Zalo chưa cho phép kiểm tra ai là quản trị viên của một ứng dụng, nên ứng dụng sẽ được ghi nhận là do bạn khai báo. Chỉ kết nối ứng dụng của doanh nghiệp bạn.",
  },
  en: {
    declaredBy: (name: string) => `Declared by ${name}, not confirmed by Zalo`,
    declaredByYou: (appId: string) => `App ID ${appId} (declared by you)`,
    field: {
      label: "App ID",
      hint: "You find the App ID on the app's page at developers.zalo.me",
      problems: {
        required: "Enter the app's App ID.",
        not_digits: "An App ID is made of digits only. Copy it exactly from developers.zalo.me.",
        too_short: `An App ID has at least ${min} digits. Check that you entered all of it.`,
        too_long: `An App ID has at most ${max} digits. Check for extra digits.`,
      },
    },
    declareNote:
      "Zalo does not yet let us check who administers an app, so the app is recorded as declared by you. Only connect your own business's app.",
  },
});
