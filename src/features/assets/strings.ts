import { formatters } from "../../i18n/format";
import { translations } from "../../i18n/locale";

const vi = formatters("vi");
const en = formatters("en");

/** Asset management: "Quản lý tài sản", linking OAs (Flow B) and linking apps. */
export const strings = translations({
  vi: {
    assets: { title: "Quản lý tài sản" },
    busy: {
      link: "Đang liên kết…",
      unlink: "Đang hủy liên kết…",
      create: "Đang tạo…",
      declare: "Đang liên kết…",
    },
    /** Said instead of the controls to a member whose role may not link: who can, from the matrix. */
    viewOnly: (role: string, whoCan: string) =>
      `Vai trò của bạn (${role}) chỉ được xem. Chỉ ${whoCan} mới liên kết hoặc hủy liên kết được.`,
    oas: {
      title: "Liên kết OA",
      linkedCount: (n: number) => (n === 0 ? "Chưa liên kết OA nào" : `${n} OA đã liên kết`),
      intro: (account: string) =>
        `Số dư của ${account} thanh toán các tính năng tính phí của những OA liên kết với ZCA này.`,
      linked: "OA đã liên kết",
      noLinked: "ZCA này chưa liên kết OA nào. Hãy chọn một OA ở phần “Liên kết OA mới” bên dưới.",
      linkedBy: (name: string, at: string) => `${name} liên kết ngày ${vi.date(at)}`,
      unlink: "Hủy liên kết",
      newTitle: "Liên kết OA mới",
      newHint: "Các OA bạn quản trị và chưa liên kết với ZCA nào.",
      link: "Liên kết",
      noneToLink: "Bạn chưa là quản trị viên của OA nào nên chưa có OA để liên kết.",
      allLinked: "Mọi OA bạn quản trị đều đã được liên kết.",
      linkFailed: (oa: string) => `Chưa liên kết được ${oa}.`,
      unlinkFailed: (oa: string) => `Chưa hủy liên kết được ${oa}.`,
      linkedToast: (oa: string, account: string) => `Đã liên kết ${oa} với ${account}.`,
      unlinkedToast: (oa: string, account: string) => `Đã hủy liên kết ${oa} khỏi ${account}.`,
      confirm: {
        link: {
          title: "Liên kết OA với ZCA?",
          body: (oa: string, account: string) =>
            `${oa} sẽ được liên kết với ${account}. Số dư của ZCA sẽ thanh toán các tính năng tính phí của OA này.`,
          confirm: "Liên kết OA",
          cancel: "Hủy",
        },
        unlink: {
          title: "Hủy liên kết OA?",
          body: (oa: string, account: string) =>
            `${oa} sẽ không dùng số dư của ${account} nữa. Bạn có thể liên kết lại sau.`,
          confirm: "Hủy liên kết",
          cancel: "Giữ liên kết",
        },
      },
    },
    apps: {
      title: "Liên kết ứng dụng",
      linkedCount: (n: number) =>
        n === 0 ? "Chưa liên kết ứng dụng (App ID) nào" : `${n} ứng dụng (App ID) đã liên kết`,
      intro: (account: string) =>
        `Số dư của ${account} thanh toán tin ZNS mà các ứng dụng liên kết với ZCA này gửi.`,
      authoriseHelp:
        "Để ứng dụng gửi được tin ZNS thay cho một OA, quản trị viên của OA đó cần cho phép: khi ứng dụng xin quyền truy cập OA, họ chọn “Cho phép”.",
      linked: "Ứng dụng đã liên kết",
      noLinked: "ZCA này chưa liên kết ứng dụng nào.",
      newTitle: "Liên kết ứng dụng mới",
      newHint: "Các ứng dụng bạn quản trị và chưa liên kết với ZCA nào.",
      noneToLink:
        "Chưa có ứng dụng nào ở đây. Bạn có thể liên kết ứng dụng bằng App ID hoặc tạo ứng dụng mới.",
      allLinked: "Mọi ứng dụng bạn quản trị đều đã được liên kết.",
      linkedElsewhere: "Đã liên kết với một ZCA khác",
      link: "Liên kết",
      unlink: "Hủy liên kết",
      createTitle: "Tạo ứng dụng",
      createDetail: (account: string) =>
        `Tạo một ứng dụng mới tên “${account}” do bạn quản trị và liên kết ngay với ZCA này.`,
      create: "Tạo ứng dụng",
      linkFailed: (app: string) => `Chưa liên kết được ${app}.`,
      unlinkFailed: (app: string) => `Chưa hủy liên kết được ${app}.`,
      createFailed: (app: string) => `Chưa tạo được ứng dụng “${app}”.`,
      linkedToast: (app: string, account: string) => `Đã liên kết ${app} với ${account}.`,
      unlinkedToast: (app: string, account: string) => `Đã hủy liên kết ${app} khỏi ${account}.`,
      createdToast: (app: string) => `Đã tạo và liên kết ứng dụng “${app}”.`,
      declareTitle: "Liên kết bằng App ID",
      declareDetail: "Đã có ứng dụng trên Zalo mà không thấy trong danh sách? Nhập App ID của ứng dụng.",
      declare: "Liên kết App ID",
      declareFailed: (app: string) => `Chưa liên kết được ${app}.`,
      declaredToast: (app: string, account: string) => `Đã liên kết ${app} với ${account} (bạn khai báo).`,
      confirm: {
        link: {
          title: "Liên kết ứng dụng với ZCA?",
          body: (app: string, account: string) =>
            `${app} sẽ được liên kết với ${account}. Tin ZNS ứng dụng này gửi sẽ được thanh toán bằng số dư của ZCA.`,
          confirm: "Liên kết ứng dụng",
          cancel: "Hủy",
        },
        unlink: {
          title: "Hủy liên kết ứng dụng?",
          body: (app: string, account: string) =>
            `${app} sẽ không dùng số dư của ${account} nữa. Bạn có thể liên kết lại sau.`,
          confirm: "Hủy liên kết",
          cancel: "Giữ liên kết",
        },
        create: {
          title: "Tạo ứng dụng mới?",
          body: (app: string, account: string) =>
            `Một ứng dụng mới tên “${app}” sẽ được tạo và liên kết với ${account}.`,
          confirm: "Tạo ứng dụng",
          cancel: "Hủy",
        },
        declare: {
          title: "Liên kết ứng dụng bằng App ID?",
          body: (app: string, account: string) =>
            `${app} sẽ được liên kết với ${account} và ghi nhận là do bạn khai báo, vì Zalo chưa xác nhận bạn là quản trị viên của ứng dụng này. Tin ZNS ứng dụng gửi sẽ được thanh toán bằng số dư của ZCA.`,
          confirm: "Liên kết ứng dụng",
          cancel: "Hủy",
        },
      },
    },
    missingOa: {
      toggle: "Không thấy OA cần liên kết?",
      why: "Chỉ quản trị viên của một OA mới thấy OA đó ở đây. Hãy nhờ quản trị viên của OA thêm tài khoản Zalo của bạn làm quản trị viên, rồi quay lại màn hình này.",
    },
  },
  en: {
    assets: { title: "Asset management" },
    busy: { link: "Linking…", unlink: "Unlinking…", create: "Creating…", declare: "Linking…" },
    viewOnly: (role: string, whoCan: string) =>
      `Your role (${role}) can only view. Only these roles can link or unlink: ${whoCan}.`,
    oas: {
      title: "Link OA",
      linkedCount: (n: number) => (n === 0 ? "No OA linked yet" : `${n} ${n === 1 ? "OA" : "OAs"} linked`),
      intro: (account: string) =>
        `${account}'s balance pays for the paid features of the OAs linked to this ZCA.`,
      linked: "Linked OAs",
      noLinked: "This ZCA has no linked OA yet. Choose one under “Link a new OA” below.",
      linkedBy: (name: string, at: string) => `Linked by ${name} on ${en.date(at)}`,
      unlink: "Unlink",
      newTitle: "Link a new OA",
      newHint: "The OAs you administer that no ZCA holds yet.",
      link: "Link",
      noneToLink: "You do not administer any OA yet, so there is no OA to link.",
      allLinked: "Every OA you administer is already linked.",
      linkFailed: (oa: string) => `${oa} was not linked.`,
      unlinkFailed: (oa: string) => `${oa} was not unlinked.`,
      linkedToast: (oa: string, account: string) => `${oa} is now linked to ${account}.`,
      unlinkedToast: (oa: string, account: string) => `${oa} is no longer linked to ${account}.`,
      confirm: {
        link: {
          title: "Link the OA to the ZCA?",
          body: (oa: string, account: string) =>
            `${oa} will be linked to ${account}. The ZCA's balance will pay for this OA's paid features.`,
          confirm: "Link OA",
          cancel: "Cancel",
        },
        unlink: {
          title: "Unlink the OA?",
          body: (oa: string, account: string) =>
            `${oa} will stop using ${account}'s balance. You can link it again later.`,
          confirm: "Unlink",
          cancel: "Keep linked",
        },
      },
    },
    apps: {
      title: "Link apps",
      linkedCount: (n: number) =>
        n === 0 ? "No app (App ID) linked yet" : `${n} ${n === 1 ? "app" : "apps"} (App ID) linked`,
      intro: (account: string) =>
        `${account}'s balance pays for the ZNS messages that the apps linked to this ZCA send.`,
      authoriseHelp:
        "Before an app can send ZNS messages for an OA, an admin of that OA must allow it: when the app asks for access to the OA, they tap “Allow”.",
      linked: "Linked apps",
      noLinked: "This ZCA has no linked app yet.",
      newTitle: "Link a new app",
      newHint: "The apps you administer that no ZCA holds yet.",
      noneToLink: "No app to show here. You can link an app by its App ID or create a new one.",
      allLinked: "Every app you administer is already linked.",
      linkedElsewhere: "Linked to another ZCA",
      link: "Link",
      unlink: "Unlink",
      createTitle: "Create an app",
      createDetail: (account: string) =>
        `Create a new app named “${account}”, with you as its admin, and link it to this ZCA right away.`,
      create: "Create app",
      linkFailed: (app: string) => `${app} was not linked.`,
      unlinkFailed: (app: string) => `${app} was not unlinked.`,
      createFailed: (app: string) => `The app “${app}” was not created.`,
      linkedToast: (app: string, account: string) => `${app} is now linked to ${account}.`,
      unlinkedToast: (app: string, account: string) => `${app} is no longer linked to ${account}.`,
      createdToast: (app: string) => `The app “${app}” is created and linked.`,
      declareTitle: "Link by App ID",
      declareDetail: "Have an app on Zalo that is not in the list? Enter its App ID.",
      declare: "Link App ID",
      declareFailed: (app: string) => `${app} was not linked.`,
      declaredToast: (app: string, account: string) =>
        `${app} is now linked to ${account} (declared by you).`,
      confirm: {
        link: {
          title: "Link the app to the ZCA?",
          body: (app: string, account: string) =>
            `${app} will be linked to ${account}. The ZNS messages this app sends will be paid from the ZCA's balance.`,
          confirm: "Link app",
          cancel: "Cancel",
        },
        unlink: {
          title: "Unlink the app?",
          body: (app: string, account: string) =>
            `${app} will stop using ${account}'s balance. You can link it again later.`,
          confirm: "Unlink",
          cancel: "Keep linked",
        },
        create: {
          title: "Create a new app?",
          body: (app: string, account: string) =>
            `A new app named “${app}” will be created and linked to ${account}.`,
          confirm: "Create app",
          cancel: "Cancel",
        },
        declare: {
          title: "Link the app by its App ID?",
          body: (app: string, account: string) =>
            `${app} will be linked to ${account} and recorded as declared by you, since Zalo has not confirmed that you administer this app. The ZNS messages it sends will be paid from the ZCA's balance.`,
          confirm: "Link app",
          cancel: "Cancel",
        },
      },
    },
    missingOa: {
      toggle: "Can't find the OA you want?",
      why: "Only an OA's admins see it here. Ask an admin of the OA to add your Zalo account as an admin, then come back to this screen.",
    },
  },
});
