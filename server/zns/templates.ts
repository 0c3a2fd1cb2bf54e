import type { Lang } from "../../src/domain/languages";
import type { NotificationEvent } from "../../src/domain/notifications";
import type { NotificationKind } from "../../src/domain/notification-kinds";

/**
 * The parameters of each kind's ZNS template, as the template registered with Zalo names them
 * (its text is fixed when Zalo approves it: one template per kind and language). The stand-in
 * checks a message against these.
 */
export const TEMPLATE_FIELDS: Record<NotificationKind, readonly string[]> = {
  lowBalance: ["zca_name", "balance", "alert_level"],
  balanceMovement: ["zca_name", "movement", "amount", "balance"],
  members: ["zca_name", "change", "member_name"],
  assets: ["zca_name", "change", "asset_name"],
  invoices: ["zca_name", "invoice_no", "amount"],
};

/** Template ids by kind and language (ZNS_TEMPLATE_<KIND>_<LANG>); Vietnamese serves when no English one is set. */
export type ZnsTemplates = Record<NotificationKind, { vi: string; en?: string }>;

export function templateIdFor(templates: ZnsTemplates, kind: NotificationKind, lang: Lang): string {
  return (lang === "en" ? templates[kind].en : undefined) ?? templates[kind].vi;
}

const WORDS = {
  vi: {
    movement: {
      credit: "Nạp tiền thành công",
      debit: "Trừ tiền",
      payment_failed: "Thanh toán không thành công",
    },
    members: {
      added: "Thêm thành viên",
      invited: "Mời thành viên",
      role_changed: "Đổi vai trò",
      removed: "Xóa thành viên",
    },
    assets: { linked: "Liên kết", unlinked: "Hủy liên kết" },
    asset: { oa: "OA", app: "ứng dụng" },
    days: (n: number) => `${n} ngày`,
  },
  en: {
    movement: { credit: "Top-up credited", debit: "Debit", payment_failed: "Payment failed" },
    members: {
      added: "Member added",
      invited: "Member invited",
      role_changed: "Role changed",
      removed: "Member removed",
    },
    assets: { linked: "Linked", unlinked: "Unlinked" },
    asset: { oa: "OA", app: "app" },
    days: (n: number) => `${n} ${n === 1 ? "day" : "days"}`,
  },
} as const;

/** As the app writes đồng: "1.250.000 đ", "₫1,250,000". */
function money(amount: number, lang: Lang): string {
  return lang === "en"
    ? `₫${new Intl.NumberFormat("en-US").format(amount)}`
    : `${new Intl.NumberFormat("vi-VN").format(amount)} đ`;
}

/** A notification's template parameters, in the recipient's language. */
export function templateData(
  event: NotificationEvent,
  accountName: string,
  lang: Lang,
): Record<string, string> {
  const w = WORDS[lang];
  const zca_name = accountName;
  switch (event.kind) {
    case "lowBalance":
      return {
        zca_name,
        balance: money(event.balance, lang),
        alert_level:
          event.thresholdDays !== null ? w.days(event.thresholdDays) : money(event.threshold, lang),
      };
    case "balanceMovement":
      return {
        zca_name,
        movement: w.movement[event.movement],
        amount: money(event.amount, lang),
        balance: money(event.balance, lang),
      };
    case "members":
      return { zca_name, change: w.members[event.change], member_name: event.memberName };
    case "assets":
      return {
        zca_name,
        change: `${w.assets[event.change]} ${w.asset[event.asset]}`,
        asset_name: event.assetName,
      };
    case "invoices":
      return { zca_name, invoice_no: event.number, amount: money(event.amount, lang) };
  }
}
