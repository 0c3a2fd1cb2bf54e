import type { AccountNameProblem } from "../../domain/account-name";
import { ACCOUNT_NAME_MAX, ACCOUNT_NAME_MIN } from "../../domain/account-name";
import type { NewAccountOaReason } from "../../domain/linking";
import { translations } from "../../i18n/locale";
import type { ShareOutcome } from "../../platform/share";

const quoted = (name: string) => `“${name}”`;

/** The create-a-ZCA flow (Flow A). */
export const strings = translations({
  vi: {
    title: "Tạo Zalo Cloud Account",
    stepOf: (step: number, total: number) => `Bước ${step}/${total}`,
    next: "Tiếp tục",

    start: {
      heading: "Zalo Cloud Account dùng để làm gì?",
      prepare: "Bạn cần chuẩn bị",
      needs: [
        "Giấy đăng ký kinh doanh: tên công ty, mã số thuế, địa chỉ và người đại diện theo pháp luật",
        "Quyền quản trị viên của một OA đã xác thực",
        "Số điện thoại Zalo của bạn: mỗi số chỉ sở hữu một ZCA",
      ],
      action: "Bắt đầu",
    },

    name: {
      heading: "Đặt tên và nhập thông tin doanh nghiệp",
      signedIn: "Đã đăng nhập bằng Zalo",
      superAdmin: "Bạn sẽ là Quản trị viên cấp cao của ZCA này.",
      phoneWhy:
        "Cho phép Zalo chia sẻ số điện thoại của bạn: người tạo ZCA là Quản trị viên cấp cao, và mỗi số điện thoại chỉ sở hữu một ZCA.",
      phoneAction: "Chia sẻ số điện thoại",
      phoneRefused:
        "Bạn chưa cho phép chia sẻ số điện thoại nên chưa thể tạo ZCA. Khi sẵn sàng, hãy bấm “Chia sẻ số điện thoại” rồi chọn “Cho phép”.",
      label: "Tên tài khoản ZCA",
      hint: `Viết không dấu: chỉ chữ cái, chữ số và khoảng trắng, ${ACCOUNT_NAME_MIN}–${ACCOUNT_NAME_MAX} ký tự. Nên đặt theo tên công ty, ví dụ: Cong ty TNHH Tiem banh An Nhien.`,
      count: (length: number) => `${length}/${ACCOUNT_NAME_MAX}`,
      permanent: "Tên ZCA không thể thay đổi sau khi tạo.",
      phonePrefilled:
        "Số di động Việt Nam. Đã điền sẵn số Zalo của bạn; hãy đổi nếu doanh nghiệp dùng số khác.",
      problems: {
        required: "Hãy nhập tên ZCA, nên đặt theo tên công ty.",
        diacritics: "Tên ZCA phải viết không dấu.",
        special_characters: "Tên ZCA chỉ gồm chữ cái không dấu, chữ số và khoảng trắng.",
        too_short: `Tên ZCA cần ít nhất ${ACCOUNT_NAME_MIN} ký tự. Hãy nhập tên đầy đủ của công ty.`,
        too_long: `Tên ZCA dài tối đa ${ACCOUNT_NAME_MAX} ký tự. Hãy rút gọn, ví dụ bỏ địa chỉ hoặc ngành nghề.`,
      } satisfies Record<AccountNameProblem, string>,
      remove: (characters: string[]) =>
        characters.length > 0
          ? `Hãy bỏ ${characters.map(quoted).join(" ")}.`
          : "Hãy xóa các ký tự ẩn hoặc đặc biệt rồi gõ lại.",
      suggest: (name: string) => `Dùng tên không dấu ${quoted(name)}`,
    },

    oa: {
      heading: "Kết nối OA của doanh nghiệp",
      intro: "Chọn một Official Account (OA) mà bạn là quản trị viên. Chỉ OA đã xác thực mới có thể kết nối.",
      listLabel: "OA bạn đang quản trị",
      choose: "Chọn OA để kết nối",
      reasons: {
        oa_not_verified: "OA phải xác thực mới có thể kết nối",
        oa_linked_elsewhere: "OA đã thuộc về một ZCA khác",
        oa_reauthorize: "Cần cấp quyền lại: Zalo không còn xác nhận bạn là quản trị viên của OA này",
      } satisfies Record<NewAccountOaReason, string>,
      stale: {
        oa_missing: "OA bạn chọn trước đó không còn trong danh sách OA bạn quản trị. Hãy chọn OA khác.",
        oa_not_verified: (name: string) =>
          `OA ${quoted(name)} bạn chọn trước đó hiện chưa xác thực nên chưa thể kết nối. Hãy chọn OA khác.`,
        oa_linked_elsewhere: (name: string) =>
          `OA ${quoted(name)} bạn chọn trước đó vừa được liên kết với một ZCA khác. Hãy chọn OA khác.`,
        oa_reauthorize: (name: string) =>
          `Zalo không còn xác nhận bạn là quản trị viên của OA ${quoted(name)}. Hãy bấm “Thêm OA từ Zalo” để cấp quyền lại, hoặc chọn OA khác.`,
      },
      none: "Bạn chưa là quản trị viên của OA nào",
      noneLinkable: "Chưa có OA nào kết nối được",
      help: "ZCA cần kết nối một OA đã xác thực mà bạn là quản trị viên.",
      ifAdmin:
        "Bạn đã là quản trị viên của OA trên Zalo? Bấm “Thêm OA từ Zalo”, chọn OA rồi chọn “Cho phép”.",
      ifOtherOa:
        "Bạn còn quản trị một OA đã xác thực khác trên Zalo? Bấm “Thêm OA từ Zalo”, chọn OA đó rồi chọn “Cho phép”.",
      ifNotAdmin:
        "Chưa là quản trị viên? Nhờ quản trị viên của OA doanh nghiệp thêm tài khoản Zalo của bạn làm quản trị viên (gửi lời nhờ bên dưới), rồi bấm “Thêm OA từ Zalo”. OA chưa xác thực cần được xác thực trước.",
      reload: "Tải lại danh sách OA",
      held: {
        title: (names: string[]) =>
          names.length === 1
            ? `OA ${quoted(names[0]!)} đang thuộc về một ZCA khác`
            : `${names.length} OA đang thuộc về ZCA khác`,
        why: "Mỗi OA chỉ thuộc về một ZCA, nên chưa thể kết nối OA này với ZCA bạn đang tạo. Quản trị viên cấp cao của ZCA đang giữ OA có thể thêm bạn làm thành viên của ZCA đó, hoặc hủy liên kết OA để bạn kết nối với ZCA của mình.",
        ask: "Hãy gửi lời nhờ bên dưới cho Quản trị viên cấp cao của ZCA đó. Chưa biết là ai? Hãy hỏi các quản trị viên khác của OA.",
        messageLabel: "Lời nhắn gửi Quản trị viên cấp cao của ZCA đang giữ OA",
        message: (person: string, oas: string[], account: string) =>
          `Chào bạn, mình là ${person}. OA ${oas.map(quoted).join(", ")} đang liên kết với Zalo Cloud Account (ZCA) của bạn. Mình cần OA này cho ZCA “${account}” của doanh nghiệp. Nhờ bạn thêm mình làm thành viên ZCA của bạn, hoặc hủy liên kết OA khỏi ZCA đó để mình kết nối nhé. Cảm ơn bạn!`,
        send: "Gửi lời nhờ qua Zalo",
        outcome: {
          zalo: "Đã mở Zalo để bạn chọn người nhận.",
          system: "Đã mở bảng chia sẻ để bạn chọn Zalo và người nhận.",
          copied:
            "Đã sao chép lời nhắn. Hãy mở Zalo, dán vào cuộc trò chuyện với Quản trị viên cấp cao của ZCA đó và gửi.",
          cancelled: "Bạn chưa gửi lời nhắn.",
          failed:
            "Không mở được chia sẻ. Hãy tự sao chép lời nhắn ở trên và gửi cho Quản trị viên cấp cao của ZCA đó.",
        } satisfies Record<ShareOutcome, string>,
      },
    },

    app: {
      heading: "Kết nối ứng dụng",
      intro: "Số dư ZCA cũng thanh toán cho ứng dụng (App ID) của doanh nghiệp, ví dụ khi gửi tin ZNS.",
      createTitle: "Tạo ứng dụng mới",
      createDetail: (name: string) =>
        `Khi bạn bấm “Hoàn thành”, hệ thống tạo một ứng dụng mang tên ZCA: ${quoted(name)}.`,
      legend: "Chọn cách kết nối ứng dụng",
      connectTitle: "Kết nối ứng dụng có sẵn",
      declareTitle: "Kết nối ứng dụng bằng App ID",
      declareDetail: "Đã có ứng dụng trên Zalo? Nhập App ID của ứng dụng để kết nối với ZCA này.",
      linkedElsewhere: "Đã kết nối với một ZCA khác",
      skipTitle: "Bỏ qua, chưa kết nối ứng dụng",
      skipDetail: "Bạn có thể liên kết ứng dụng sau, trong Cài đặt → Quản lý tài sản.",
      choice: {
        none: "Chưa chọn ứng dụng: bấm “Tiếp tục” để bỏ qua bước này.",
        skip: "Bạn chọn: bỏ qua, chưa kết nối ứng dụng.",
        create: (name: string) => `Bạn chọn: tạo ứng dụng mới ${quoted(name)}.`,
        connect: (name: string) => `Bạn chọn: kết nối ứng dụng ${quoted(name)}.`,
        declare: (appId: string) => `Bạn chọn: kết nối ứng dụng có App ID ${appId} (bạn khai báo).`,
        declareIncomplete: "Bạn chọn: kết nối ứng dụng bằng App ID. Hãy nhập đúng App ID.",
      },
      stale: {
        app_missing: "Ứng dụng bạn chọn trước đó không còn thuộc về bạn. Hãy chọn lại.",
        app_linked_elsewhere: (name: string) =>
          `Ứng dụng ${quoted(name)} bạn chọn trước đó vừa được kết nối với một ZCA khác. Hãy chọn lại.`,
        app_id_taken: (appId: string) =>
          `App ID ${appId} vừa được kết nối với một ZCA khác nên không thể kết nối với ZCA này. Mọi thông tin khác bạn đã nhập vẫn được giữ. Hãy chọn lại: tạo ứng dụng mới, kết nối ứng dụng khác hoặc bỏ qua.`,
      },
    },

    terms: {
      heading: "Điều khoản & quy định",
      version: (version: string) => `Phiên bản ${version}`,
      agree: "Tôi đã đọc và đồng ý với Điều khoản & quy định",
      updated: "Điều khoản vừa được cập nhật. Hãy đọc lại và đồng ý trước khi hoàn thành.",
      action: "Hoàn thành",
      creating: "Đang tạo ZCA…",
      summary: "Bạn sắp tạo",
      chooseOa: "Chọn OA khác",
      chooseApp: "Chọn ứng dụng khác",
      chooseAppAgain: "Chọn lại ứng dụng ở bước 4",
      appIdTaken: (appId: string) =>
        `App ID ${appId} vừa được kết nối với một ZCA khác nên không thể kết nối với ZCA này. Mọi thông tin khác bạn đã nhập vẫn được giữ. Hãy chọn lại ứng dụng ở bước 4: tạo ứng dụng mới, kết nối ứng dụng khác hoặc bỏ qua.`,
      openOwned: "Mở ZCA của bạn",
      sharePhone: "Chia sẻ số điện thoại",
      fixDetails: "Sửa tên hoặc thông tin doanh nghiệp",
    },

    summary: {
      name: "Tên ZCA",
      permanent: "Không thể đổi sau khi tạo",
      oa: "OA",
      app: "Ứng dụng",
      noApp: "Chưa kết nối ứng dụng",
      newApp: (name: string) => `${name} (ứng dụng mới)`,
    },

    done: {
      heading: "Đã tạo Zalo Cloud Account",
      role: "Bạn là Quản trị viên cấp cao của ZCA này.",
      nextTitle: "Việc tiếp theo",
      nextSteps: [
        "Nạp tiền vào số dư ZCA để dùng các tính năng tính phí.",
        "Dùng số dư để mua gói OA xác thực, gửi Tin chủ động và tin ZNS.",
        "Liên kết thêm OA trong Cài đặt → Quản lý tài sản → Liên kết OA.",
      ],
      open: "Mở tài khoản ZCA",
    },
  },

  en: {
    title: "Create a Zalo Cloud Account",
    stepOf: (step: number, total: number) => `Step ${step}/${total}`,
    next: "Continue",

    start: {
      heading: "What is a Zalo Cloud Account for?",
      prepare: "What you need",
      needs: [
        "Your business registration: company name, tax code, address and legal representative",
        "Admin rights on a verified OA",
        "Your Zalo phone number: each number owns one ZCA only",
      ],
      action: "Start",
    },

    name: {
      heading: "Name it and add your business details",
      signedIn: "Signed in with Zalo",
      superAdmin: "You will be the Super Admin of this ZCA.",
      phoneWhy:
        "Allow Zalo to share your phone number: the person who creates a ZCA is its Super Admin, and each phone number owns one ZCA only.",
      phoneAction: "Share phone number",
      phoneRefused:
        "You have not allowed sharing your phone number, so a ZCA cannot be created yet. When you are ready, tap “Share phone number” and choose “Allow”.",
      label: "ZCA name",
      hint: `Without diacritics: letters, digits and spaces only, ${ACCOUNT_NAME_MIN}–${ACCOUNT_NAME_MAX} characters. Use your company's name, for example: Cong ty TNHH Tiem banh An Nhien.`,
      count: (length: number) => `${length}/${ACCOUNT_NAME_MAX}`,
      permanent: "The ZCA's name can never be changed after it is created.",
      phonePrefilled:
        "A Vietnamese mobile number. Your Zalo number is filled in; change it if the business uses another.",
      problems: {
        required: "Enter a name for the ZCA, such as your company's name.",
        diacritics: "The ZCA's name must be written without diacritics.",
        special_characters: "The ZCA's name can only contain letters without diacritics, digits and spaces.",
        too_short: `The ZCA's name needs at least ${ACCOUNT_NAME_MIN} characters. Enter your company's full name.`,
        too_long: `The ZCA's name can be at most ${ACCOUNT_NAME_MAX} characters. Shorten it, for example by leaving out the address or line of business.`,
      },
      remove: (characters: string[]) =>
        characters.length > 0
          ? `Remove ${characters.map(quoted).join(" ")}.`
          : "Delete the hidden or special characters and type it again.",
      suggest: (name: string) => `Use ${quoted(name)}, without diacritics`,
    },

    oa: {
      heading: "Connect your business's OA",
      intro: "Choose an Official Account (OA) you administer. Only a verified OA can be connected.",
      listLabel: "OAs you administer",
      choose: "Choose the OA to connect",
      reasons: {
        oa_not_verified: "The OA must be verified before it can be connected",
        oa_linked_elsewhere: "The OA already belongs to another ZCA",
        oa_reauthorize: "Authorize again: Zalo no longer confirms that you administer this OA",
      },
      stale: {
        oa_missing: "The OA you chose earlier is no longer among the OAs you administer. Choose another OA.",
        oa_not_verified: (name: string) =>
          `The OA ${quoted(name)} you chose earlier is not verified now, so it cannot be connected. Choose another OA.`,
        oa_linked_elsewhere: (name: string) =>
          `The OA ${quoted(name)} you chose earlier was just linked to another ZCA. Choose another OA.`,
        oa_reauthorize: (name: string) =>
          `Zalo no longer confirms that you administer the OA ${quoted(name)}. Tap “Add an OA from Zalo” to authorize it again, or choose another OA.`,
      },
      none: "You are not an admin of any OA",
      noneLinkable: "No OA can be connected yet",
      help: "A ZCA needs a verified OA that you administer.",
      ifAdmin: "Already an admin of the OA on Zalo? Tap “Add an OA from Zalo”, choose the OA, then “Allow”.",
      ifOtherOa:
        "Do you administer another verified OA on Zalo? Tap “Add an OA from Zalo”, choose that OA, then “Allow”.",
      ifNotAdmin:
        "Not an admin yet? Ask the admin of your business's OA to make your Zalo account an admin (send the request below), then tap “Add an OA from Zalo”. An unverified OA must be verified first.",
      reload: "Reload the OA list",
      held: {
        title: (names: string[]) =>
          names.length === 1
            ? `The OA ${quoted(names[0]!)} belongs to another ZCA`
            : `${names.length} OAs belong to other ZCAs`,
        why: "Each OA belongs to one ZCA only, so it cannot be connected to the ZCA you are creating. The Super Admin of the ZCA that holds the OA can add you as a member of that ZCA, or unlink the OA so you can connect it to yours.",
        ask: "Send that Super Admin the request below. Not sure who it is? Ask the OA's other admins.",
        messageLabel: "Message to the Super Admin of the ZCA that holds the OA",
        message: (person: string, oas: string[], account: string) =>
          `Hi, this is ${person}. The OA ${oas.map(quoted).join(", ")} is linked to your Zalo Cloud Account (ZCA). I need it for our business's ZCA “${account}”. Could you add me as a member of your ZCA, or unlink the OA from it so I can connect it? Thank you!`,
        send: "Send the request through Zalo",
        outcome: {
          zalo: "Zalo is open: choose who to send it to.",
          system: "The share sheet is open: choose Zalo and the person to send it to.",
          copied:
            "The message is copied. Open Zalo, paste it into your chat with that ZCA's Super Admin and send it.",
          cancelled: "You have not sent the message.",
          failed:
            "Sharing could not open. Copy the message above yourself and send it to that ZCA's Super Admin.",
        },
      },
    },

    app: {
      heading: "Connect an app",
      intro:
        "The ZCA's balance also pays for your business's apps (App ID), for example when sending ZNS messages.",
      createTitle: "Create a new app",
      createDetail: (name: string) =>
        `When you tap “Finish”, an app named after the ZCA is created: ${quoted(name)}.`,
      legend: "How to connect an app",
      connectTitle: "Connect an existing app",
      declareTitle: "Connect an app by its App ID",
      declareDetail: "Already have an app on Zalo? Enter its App ID to connect it to this ZCA.",
      linkedElsewhere: "Connected to another ZCA",
      skipTitle: "Skip, connect no app for now",
      skipDetail: "You can link an app later, in Settings → Asset management.",
      choice: {
        none: "No app chosen: tap “Continue” to skip this step.",
        skip: "Your choice: skip, no app connected.",
        create: (name: string) => `Your choice: create the new app ${quoted(name)}.`,
        connect: (name: string) => `Your choice: connect the app ${quoted(name)}.`,
        declare: (appId: string) => `Your choice: connect the app with App ID ${appId} (declared by you).`,
        declareIncomplete: "Your choice: connect an app by its App ID. Enter a valid App ID.",
      },
      stale: {
        app_missing: "The app you chose earlier no longer belongs to you. Choose again.",
        app_linked_elsewhere: (name: string) =>
          `The app ${quoted(name)} you chose earlier was just connected to another ZCA. Choose again.`,
        app_id_taken: (appId: string) =>
          `The App ID ${appId} was just connected to another ZCA, so it cannot be connected to this one. Everything else you entered is kept. Choose again: create a new app, connect another app or skip.`,
      },
    },

    terms: {
      heading: "Terms & regulations",
      version: (version: string) => `Version ${version}`,
      agree: "I have read and agree to the Terms & regulations",
      updated: "The terms were just updated. Read them again and agree before finishing.",
      action: "Finish",
      creating: "Creating the ZCA…",
      summary: "You are about to create",
      chooseOa: "Choose another OA",
      chooseApp: "Choose another app",
      chooseAppAgain: "Choose the app again at step 4",
      appIdTaken: (appId: string) =>
        `The App ID ${appId} was just connected to another ZCA, so it cannot be connected to this one. Everything else you entered is kept. Choose the app again at step 4: create a new app, connect another app or skip.`,
      openOwned: "Open your ZCA",
      sharePhone: "Share phone number",
      fixDetails: "Correct the name or business details",
    },

    summary: {
      name: "ZCA name",
      permanent: "Can never be changed after it is created",
      oa: "OA",
      app: "App",
      noApp: "No app connected",
      newApp: (name: string) => `${name} (new app)`,
    },

    done: {
      heading: "Zalo Cloud Account created",
      role: "You are the Super Admin of this ZCA.",
      nextTitle: "What to do next",
      nextSteps: [
        "Top up the ZCA's balance to use the paid features.",
        "Use the balance to buy the verified OA package and send proactive and ZNS messages.",
        "Link more OAs in Settings → Asset management → Link OA.",
      ],
      open: "Open the ZCA",
    },
  },
});

export type Strings = (typeof strings)["vi"];
