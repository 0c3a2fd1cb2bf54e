import type { Business } from "../../domain/business";
import type { Permission, Role } from "../../domain/permissions";
import { formatters } from "../../i18n/format";
import { translations } from "../../i18n/locale";

/** Who asks, in the request to change the Super Admin: the business as registered. */
type Company = Pick<Business, "companyName" | "taxCode">;

const vi = formatters("vi");
const en = formatters("en");

/** "Quản lý thành viên": members and roles of a ZCA. */
export const strings = translations({
  vi: {
    list: {
      title: "Quản lý thành viên",
      intro: (account: string) => `Những người cùng quản lý ${account}, mỗi người với một vai trò.`,
      add: "Thêm thành viên",
      members: (n: number) => `Thành viên (${n})`,
      you: "bạn",
      pending: "Đang chờ tham gia",
      createdAccount: (at: string) => `Tạo ZCA ngày ${vi.date(at)}`,
      addedBy: (name: string, at: string) => `${name} thêm ngày ${vi.date(at)}`,
      invitedBy: (name: string, at: string) => `${name} mời ngày ${vi.date(at)}`,
      pendingHint:
        "Lời mời đang chờ: người có số điện thoại này sẽ thành thành viên khi mở ứng dụng bằng tài khoản Zalo của số đó.",
      viewOnly: (role: string, whoCan: string) =>
        `Vai trò của bạn (${role}) chỉ được xem. Chỉ ${whoCan} mới thêm, đổi vai trò hoặc xóa thành viên được.`,
      more: "Vai trò",
      roles: "Quyền của các vai trò",
      rolesHint: "Mỗi vai trò được làm gì trong ZCA",
      superAdmin: "Đổi quản trị viên cấp cao",
      superAdminHint: "Doanh nghiệp gửi yêu cầu tới Zalo",
    },
    /** A pending invitation has no name yet: it is named by its (masked) number. */
    numberName: (phone: string) => `Số ${phone}`,
    /** What each permission beyond seeing the ZCA lets a role do: short, in a role's summary… */
    can: {
      "members.manage": "quản lý thành viên",
      "assets.manage": "liên kết tài sản (OA, ứng dụng)",
      "business.edit": "sửa thông tin doanh nghiệp",
      "wallet.use": "dùng ví (nạp tiền, giao dịch, hóa đơn)",
      "alerts.manage": "cài đặt thông báo về tiền (số dư, biến động, hóa đơn)",
      "notifications.manage": "cài đặt thông báo về thành viên và tài sản",
    } satisfies Record<Exclude<Permission, "account.view">, string>,
    /** …and in full, in the table of "Quyền của các vai trò". */
    permissions: {
      "account.view": "Xem ZCA, tài sản, thành viên và thông tin tài khoản",
      "members.manage":
        "Thêm, đổi vai trò, xóa thành viên (cùng cấp hoặc thấp hơn mình; không bao giờ với Quản trị viên cấp cao)",
      "assets.manage": "Liên kết, hủy liên kết OA và ứng dụng (cần là quản trị viên của OA hoặc ứng dụng đó)",
      "business.edit": "Sửa thông tin doanh nghiệp (tên ZCA không đổi được)",
      "wallet.use": "Nạp tiền; xem giao dịch, chi tiêu, hóa đơn; đặt thông tin xuất hóa đơn",
      "alerts.manage": "Cài đặt thông báo về tiền: số dư thấp, biến động số dư, hóa đơn",
      "notifications.manage": "Cài đặt thông báo về thành viên và tài sản",
    } satisfies Record<Permission, string>,
    onlyView: "Chỉ xem ZCA, tài sản, thành viên và thông tin tài khoản",
    /** What a role does in Zalo's own console that this app does not offer, so the role makes sense. */
    inZaloConsole: {
      editor:
        "Trên trang quản lý ZCA của Zalo, Biên tập viên tạo mẫu tin ZNS và dùng các công cụ ZNS; ứng dụng này chưa có các việc đó.",
    } satisfies Partial<Record<Role, string>>,
    add: {
      title: "Thêm thành viên",
      intro: (account: string) => `Thêm một người vào ${account} bằng số điện thoại Zalo của họ.`,
      phone: "Số điện thoại Zalo",
      phoneHint: "Số người đó dùng để đăng nhập Zalo, ví dụ 0912 345 678.",
      phoneProblems: {
        required: "Hãy nhập số điện thoại.",
        format: "Số điện thoại chưa đúng. Hãy nhập số di động Việt Nam gồm 10 chữ số.",
      },
      role: "Vai trò",
      roleMissing: "Hãy chọn vai trò cho người này.",
      submit: "Thêm thành viên",
      failed: "Chưa thêm được thành viên.",
      added: (name: string, role: string, account: string) =>
        `Đã thêm ${name} vào ${account} với vai trò ${role}.`,
      invited: (phone: string, role: string) =>
        `Đã mời số ${phone} với vai trò ${role}. Người đó thành thành viên khi mở ứng dụng bằng Zalo của số này.`,
    },
    member: {
      title: "Thành viên",
      newRole: "Đổi vai trò",
      save: "Lưu vai trò",
      remove: "Xóa khỏi ZCA",
      withdraw: "Hủy lời mời",
      leave: "Rời ZCA này",
      saveFailed: "Chưa đổi được vai trò.",
      removeFailed: "Chưa xóa được thành viên.",
      withdrawn: (name: string) => `Đã hủy lời mời ${name}.`,
      left: (account: string) => `Bạn đã rời ${account}.`,
      superAdminFixed:
        "Không ai có thể xóa hoặc đổi vai trò của Quản trị viên cấp cao, kể cả chính họ. Muốn đổi người, doanh nghiệp gửi yêu cầu tới Zalo.",
      outranked: (role: string) => `Vai trò của bạn (${role}) không quản lý được thành viên này.`,
      notFound: "Người này không còn là thành viên của ZCA.",
      changed: (name: string, role: string) => `${name} giờ là ${role}.`,
      removed: (name: string, account: string) => `Đã xóa ${name} khỏi ${account}.`,
    },
    confirmRole: {
      title: "Đổi vai trò?",
      body: (name: string, role: string, account: string) => `${name} sẽ là ${role} của ${account}.`,
      confirm: "Đổi vai trò",
      cancel: "Hủy",
    },
    confirmRemove: {
      title: "Xóa thành viên?",
      body: (name: string, account: string) =>
        `${name} sẽ không còn xem hay quản lý ${account}. Bạn có thể thêm lại sau.`,
      confirm: "Xóa thành viên",
      cancel: "Giữ lại",
    },
    confirmWithdraw: {
      title: "Hủy lời mời?",
      body: (name: string, account: string) => `${name} sẽ không được mời vào ${account} nữa.`,
      confirm: "Hủy lời mời",
      cancel: "Giữ lời mời",
    },
    confirmLeave: {
      title: "Rời ZCA?",
      body: (_name: string, account: string) =>
        `Bạn sẽ không còn xem hay quản lý ${account}. Muốn quay lại, hãy nhờ một Quản trị viên thêm bạn.`,
      confirm: "Rời ZCA",
      cancel: "Ở lại",
    },
    roles: {
      title: "Quyền của các vai trò",
      intro: "Mỗi thành viên của ZCA có một vai trò. Bảng dưới cho biết mỗi vai trò được làm gì.",
      permission: "Quyền",
      yes: "Được",
      no: "Không",
      ranks: (superAdmin: string, admin: string, others: string) =>
        `Thứ bậc: ${superAdmin}, rồi ${admin}, rồi ${others} ngang nhau. Mỗi người chỉ thêm, đổi vai trò hay xóa được thành viên cùng cấp hoặc thấp hơn mình. ZCA có đúng một ${superAdmin}: người tạo ZCA, không ai xóa hay đổi vai trò được.`,
    },
    superAdmin: {
      title: "Đổi quản trị viên cấp cao",
      intro:
        "Quản trị viên cấp cao không đổi được trong ứng dụng hay trên trang quản lý. Doanh nghiệp gửi yêu cầu tới Zalo:",
      steps: (id: string) => [
        "Soạn công văn đề nghị đổi Quản trị viên cấp cao, có chữ ký của người đại diện theo pháp luật và đóng dấu công ty.",
        `Gửi công văn qua biểu mẫu hỗ trợ của Zalo, tiêu đề “Yêu cầu thay đổi quyền quản trị viên cấp cao ${id}”.`,
        "Zalo phản hồi trong vòng 48 giờ làm việc.",
      ],
      messageLabel: "Nội dung yêu cầu (điền các chỗ trong ngoặc vuông)",
      message: (account: string, id: string, current: string, company: Company | null) =>
        [
          `Yêu cầu thay đổi quyền quản trị viên cấp cao ${id}`,
          "Kính gửi Zalo,",
          `${company ? `${company.companyName} (mã số thuế ${company.taxCode})` : "Doanh nghiệp chúng tôi"} đề nghị thay đổi Quản trị viên cấp cao của Zalo Cloud Account “${account}” (ID: ${id}).`,
          `- Quản trị viên cấp cao hiện tại: ${current}\n- Quản trị viên cấp cao mới: [họ và tên], số điện thoại Zalo [số điện thoại]\n- Lý do: [lý do]`,
          "Kèm theo là công văn có chữ ký của người đại diện theo pháp luật và dấu của công ty.",
          "Trân trọng,\n[họ tên, chức vụ người đại diện]",
        ].join("\n\n"),
      send: "Sao chép hoặc chia sẻ nội dung",
      outcome: {
        zalo: "Đã mở Zalo để bạn chọn nơi gửi.",
        system: "Đã mở bảng chia sẻ để bạn chọn nơi gửi.",
        copied: "Đã sao chép nội dung. Hãy dán vào biểu mẫu hỗ trợ của Zalo, kèm công văn.",
        cancelled: "Bạn chưa chia sẻ nội dung.",
        failed: "Không mở được chia sẻ. Hãy tự sao chép nội dung ở trên.",
      },
    },
  },
  en: {
    list: {
      title: "Members",
      intro: (account: string) => `The people who manage ${account} together, each with a role.`,
      add: "Add a member",
      members: (n: number) => `Members (${n})`,
      you: "you",
      pending: "Invitation pending",
      createdAccount: (at: string) => `Created the ZCA on ${en.date(at)}`,
      addedBy: (name: string, at: string) => `Added by ${name} on ${en.date(at)}`,
      invitedBy: (name: string, at: string) => `Invited by ${name} on ${en.date(at)}`,
      pendingHint:
        "A pending invitation: whoever has this phone number becomes a member when they open the app with that number's Zalo account.",
      viewOnly: (role: string, whoCan: string) =>
        `Your role (${role}) can only view. Only these roles can add, change or remove members: ${whoCan}.`,
      more: "Roles",
      roles: "What each role can do",
      rolesHint: "The permissions of each role in the ZCA",
      superAdmin: "Change the Super Admin",
      superAdminHint: "The business sends Zalo a request",
    },
    numberName: (phone: string) => `Number ${phone}`,
    can: {
      "members.manage": "manage members",
      "assets.manage": "link assets (OAs, apps)",
      "business.edit": "edit business details",
      "wallet.use": "use the wallet (top-ups, transactions, invoices)",
      "alerts.manage": "set money notifications (balance, movements, invoices)",
      "notifications.manage": "set member and asset notifications",
    },
    permissions: {
      "account.view": "See the ZCA, its assets, members and account details",
      "members.manage": "Add, change and remove members (of equal or lower rank; never the Super Admin)",
      "assets.manage": "Link and unlink OAs and apps (also needs admin rights on that OA or app)",
      "business.edit": "Edit business details (the ZCA name never changes)",
      "wallet.use": "Top up; see transactions, spending and invoices; set invoice details",
      "alerts.manage": "Set money notifications: low balance, balance movements, invoices",
      "notifications.manage": "Set member and asset notifications",
    },
    onlyView: "Only sees the ZCA, its assets, members and account details",
    inZaloConsole: {
      editor:
        "In Zalo's ZCA console, an Editor creates ZNS templates and uses the ZNS tools; this app does not offer those.",
    },
    add: {
      title: "Add a member",
      intro: (account: string) => `Add someone to ${account} by their Zalo phone number.`,
      phone: "Zalo phone number",
      phoneHint: "The number they sign in to Zalo with, e.g. 0912 345 678.",
      phoneProblems: {
        required: "Enter a phone number.",
        format: "This is not a valid number. Enter a 10-digit Vietnamese mobile number.",
      },
      role: "Role",
      roleMissing: "Choose a role for this person.",
      submit: "Add member",
      failed: "The member was not added.",
      added: (name: string, role: string, account: string) => `${name} is now ${role} of ${account}.`,
      invited: (phone: string, role: string) =>
        `Number ${phone} is invited as ${role}. They become a member when they open the app with that number's Zalo account.`,
    },
    member: {
      title: "Member",
      newRole: "Change the role",
      save: "Save role",
      remove: "Remove from the ZCA",
      withdraw: "Withdraw the invitation",
      leave: "Leave this ZCA",
      saveFailed: "The role was not changed.",
      removeFailed: "The member was not removed.",
      withdrawn: (name: string) => `The invitation of ${name} is withdrawn.`,
      left: (account: string) => `You have left ${account}.`,
      superAdminFixed:
        "Nobody can remove the Super Admin or change their role, not even the Super Admin. To change who it is, the business sends Zalo a request.",
      outranked: (role: string) => `Your role (${role}) cannot manage this member.`,
      notFound: "This person is no longer a member of the ZCA.",
      changed: (name: string, role: string) => `${name} is now ${role}.`,
      removed: (name: string, account: string) => `${name} is removed from ${account}.`,
    },
    confirmRole: {
      title: "Change the role?",
      body: (name: string, role: string, account: string) => `${name} will be ${role} of ${account}.`,
      confirm: "Change role",
      cancel: "Cancel",
    },
    confirmRemove: {
      title: "Remove the member?",
      body: (name: string, account: string) =>
        `${name} will no longer see or manage ${account}. You can add them again later.`,
      confirm: "Remove member",
      cancel: "Keep",
    },
    confirmWithdraw: {
      title: "Withdraw the invitation?",
      body: (name: string, account: string) => `${name} will no longer be invited to ${account}.`,
      confirm: "Withdraw",
      cancel: "Keep the invitation",
    },
    confirmLeave: {
      title: "Leave the ZCA?",
      body: (_name: string, account: string) =>
        `You will no longer see or manage ${account}. To come back, ask an Admin to add you again.`,
      confirm: "Leave",
      cancel: "Stay",
    },
    roles: {
      title: "What each role can do",
      intro: "Every member of a ZCA has one role. The table shows what each role can do.",
      permission: "Permission",
      yes: "Yes",
      no: "No",
      ranks: (superAdmin: string, admin: string, others: string) =>
        `Ranks: ${superAdmin}, then ${admin}, then ${others} as equals. Each member can add, change or remove only members of equal or lower rank. A ZCA has exactly one ${superAdmin}: the person who created it, whom nobody can remove or change.`,
    },
    superAdmin: {
      title: "Change the Super Admin",
      intro:
        "The Super Admin cannot be changed in the app or in the console. The business sends Zalo a request:",
      steps: (id: string) => [
        "Write a letter asking to change the Super Admin, signed by the legal representative and stamped with the company seal.",
        `Send it through Zalo's support form, titled “Yêu cầu thay đổi quyền quản trị viên cấp cao ${id}” (request to change the Super Admin).`,
        "Zalo answers within 48 working hours.",
      ],
      messageLabel: "The request (fill in the parts in square brackets)",
      message: (account: string, id: string, current: string, company: Company | null) =>
        [
          `Yêu cầu thay đổi quyền quản trị viên cấp cao ${id}`,
          "Dear Zalo,",
          `${company ? `${company.companyName} (tax code ${company.taxCode})` : "Our business"} asks to change the Super Admin of the Zalo Cloud Account “${account}” (ID: ${id}).`,
          `- Current Super Admin: ${current}\n- New Super Admin: [full name], Zalo phone number [phone number]\n- Reason: [reason]`,
          "Attached is the letter signed by our legal representative and stamped with the company seal.",
          "Kind regards,\n[name and position of the representative]",
        ].join("\n\n"),
      send: "Copy or share the request",
      outcome: {
        zalo: "Zalo is open: choose where to send it.",
        system: "The share sheet is open: choose where to send it.",
        copied: "The request is copied. Paste it into Zalo's support form, with the letter.",
        cancelled: "You have not shared the request.",
        failed: "Sharing could not open. Copy the request above yourself.",
      },
    },
  },
});
