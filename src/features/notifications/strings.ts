import type { DeliveryStatus, NotificationEvent } from "../../domain/notifications";
import type { NotificationKind } from "../../domain/notification-kinds";
import { translations } from "../../i18n/locale";

type Movement = Extract<NotificationEvent, { kind: "balanceMovement" }>["movement"];
type MemberChange = Extract<NotificationEvent, { kind: "members" }>["change"];

/** "Quản lý thông báo" and "Thông báo". */
export const strings = translations({
  vi: {
    settings: {
      title: "Quản lý thông báo",
      intro:
        "Người nhận được báo qua Zalo (Tin nhắn ZBS Template từ OA Zalo Cloud Account) và trong mục Thông báo của ZCA.",
      kinds: {
        lowBalance: {
          title: "Số dư thấp",
          hint: "Báo một lần khi số dư xuống dưới mức bạn đặt, đến khi số dư lên lại.",
        },
        balanceMovement: {
          title: "Biến động số dư",
          hint: "Nạp tiền thành công, thanh toán không thành công, và khoản trừ lớn hơn mức bạn đặt.",
        },
        members: { title: "Thành viên", hint: "Thêm, mời, đổi vai trò hoặc xóa thành viên." },
        assets: {
          title: "Tài sản",
          hint: "Liên kết hoặc hủy liên kết OA, ứng dụng. Nếu không phải bạn làm, hãy kiểm tra ngay.",
        },
        invoices: { title: "Hóa đơn", hint: "Mỗi hóa đơn điện tử đã xuất cho một lần nạp tiền." },
      } satisfies Record<NotificationKind, { title: string; hint: string }>,
      on: "Bật thông báo",
      by: "Báo theo",
      byAmount: "Số tiền",
      byDays: "Số ngày dùng được",
      threshold: "Báo khi số dư dưới (đ)",
      thresholdDays: "Báo khi số dư chỉ đủ dùng dưới (ngày)",
      daysHint: "Tính theo mức chi tiêu 30 ngày gần nhất.",
      debitAbove: "Báo khoản trừ lớn hơn (đ)",
      debitAboveHint: "Để 0 để báo mọi khoản trừ.",
      recipients: "Người nhận",
      noRecipients: "Chưa chọn ai: thông báo này chưa gửi cho ai.",
      moneyOnly: "Chỉ Quản trị viên cấp cao, Quản trị viên và Tài chính viên nhận được thông báo về tiền.",
      viewOnly: "Bạn chỉ xem được cài đặt này. Quản trị viên cấp cao và Quản trị viên thay đổi được.",
      viewOnlyMoney:
        "Bạn chỉ xem được cài đặt này. Quản trị viên cấp cao, Quản trị viên và Tài chính viên thay đổi được.",
      amountProblem: "Hãy nhập số tiền bằng chữ số, ví dụ 1.500.000.",
      daysProblem: "Hãy nhập số ngày từ 1 đến 365.",
      save: "Lưu",
      saved: "Đã lưu cài đặt thông báo.",
      saveFailed: "Chưa lưu được cài đặt thông báo",
    },
    inbox: {
      title: "Thông báo",
      entry: "Thông báo",
      unread: (count: number) => (count === 0 ? "Không có thông báo mới" : `${count} thông báo chưa đọc`),
      empty: "Chưa có thông báo nào.",
      more: "Xem thêm",
      newBadge: "Mới",
      delivery: {
        pending: "Đang gửi qua Zalo",
        sent: "Đã gửi qua Zalo",
        undeliverable: "Không gửi được qua Zalo: số điện thoại này không nhận được tin",
        failed: "Không gửi được qua Zalo",
      } satisfies Record<DeliveryStatus, string>,
      movement: {
        credit: (amount: string) => `Nạp tiền thành công ${amount}`,
        debit: (amount: string) => `Trừ ${amount}`,
        payment_failed: (amount: string) => `Thanh toán ${amount} không thành công`,
      } satisfies Record<Movement, (amount: string) => string>,
      balanceNow: (balance: string) => `Số dư hiện tại: ${balance}.`,
      lowBalance: (balance: string, level: string) =>
        `Số dư còn ${balance}, dưới mức cảnh báo ${level}. Hãy nạp thêm.`,
      days: (days: string) => `${days} ngày`,
      members: {
        added: (name: string) => `Đã thêm thành viên ${name}.`,
        invited: (name: string) => `Đã mời thành viên ${name}.`,
        role_changed: (name: string) => `Đã đổi vai trò của ${name}.`,
        removed: (name: string) => `Đã xóa thành viên ${name}.`,
      } satisfies Record<MemberChange, (name: string) => string>,
      assets: {
        linked: {
          oa: (name: string) => `Đã liên kết OA ${name}.`,
          app: (name: string) => `Đã liên kết ứng dụng ${name}.`,
        },
        unlinked: {
          oa: (name: string) => `Đã hủy liên kết OA ${name}.`,
          app: (name: string) => `Đã hủy liên kết ứng dụng ${name}.`,
        },
      },
      invoice: (number: string, amount: string) => `Đã xuất hóa đơn ${number}, số tiền ${amount}.`,
    },
  },
  en: {
    settings: {
      title: "Notifications",
      intro:
        "Recipients are told on Zalo (a ZBS Template Message from the Zalo Cloud Account OA) and in the ZCA's Inbox.",
      kinds: {
        lowBalance: {
          title: "Low balance",
          hint: "Told once when the balance drops below your level, until it is back above.",
        },
        balanceMovement: {
          title: "Balance movements",
          hint: "A top-up credited, a payment that failed, and a debit above the amount you set.",
        },
        members: { title: "Members", hint: "A member added, invited, given another role or removed." },
        assets: {
          title: "Assets",
          hint: "An OA or app linked or unlinked. If it was not you, check it at once.",
        },
        invoices: { title: "Invoices", hint: "Each e-invoice issued for a top-up." },
      },
      on: "Turn on",
      by: "Alert by",
      byAmount: "Amount",
      byDays: "Days left",
      threshold: "Alert when the balance is below (₫)",
      thresholdDays: "Alert when the balance lasts fewer than (days)",
      daysHint: "At the last 30 days' spending.",
      debitAbove: "Tell debits above (₫)",
      debitAboveHint: "Leave 0 to tell every debit.",
      recipients: "Recipients",
      noRecipients: "Nobody chosen: this notification goes to no one yet.",
      moneyOnly: "Only the Super Admin, Admins and Finance members receive money notifications.",
      viewOnly: "You can only view this setting. The Super Admin and Admins can change it.",
      viewOnlyMoney:
        "You can only view this setting. The Super Admin, Admins and Finance members can change it.",
      amountProblem: "Enter the amount in digits, e.g. 1,500,000.",
      daysProblem: "Enter a number of days from 1 to 365.",
      save: "Save",
      saved: "Notification settings saved.",
      saveFailed: "The notification settings were not saved",
    },
    inbox: {
      title: "Inbox",
      entry: "Inbox",
      unread: (count: number) =>
        count === 0
          ? "No new notifications"
          : `${count} unread ${count === 1 ? "notification" : "notifications"}`,
      empty: "No notifications yet.",
      more: "Show more",
      newBadge: "New",
      delivery: {
        pending: "Sending on Zalo",
        sent: "Sent on Zalo",
        undeliverable: "Not sent on Zalo: this phone number cannot receive it",
        failed: "Not sent on Zalo",
      },
      movement: {
        credit: (amount: string) => `Top-up of ${amount} credited`,
        debit: (amount: string) => `Debit of ${amount}`,
        payment_failed: (amount: string) => `Payment of ${amount} failed`,
      },
      balanceNow: (balance: string) => `Balance now: ${balance}.`,
      lowBalance: (balance: string, level: string) =>
        `The balance is ${balance}, below the alert level of ${level}. Top up.`,
      days: (days: string) => `${days} days`,
      members: {
        added: (name: string) => `${name} was added as a member.`,
        invited: (name: string) => `${name} was invited as a member.`,
        role_changed: (name: string) => `${name} was given another role.`,
        removed: (name: string) => `${name} was removed from the members.`,
      },
      assets: {
        linked: {
          oa: (name: string) => `The OA ${name} was linked.`,
          app: (name: string) => `The app ${name} was linked.`,
        },
        unlinked: {
          oa: (name: string) => `The OA ${name} was unlinked.`,
          app: (name: string) => `The app ${name} was unlinked.`,
        },
      },
      invoice: (number: string, amount: string) => `Invoice ${number} issued for ${amount}.`,
    },
  },
});
