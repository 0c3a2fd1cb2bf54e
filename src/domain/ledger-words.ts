import type { Lang } from "./languages";
import type { TransactionKind } from "./types";

/**
 * What a ledger entry is called, in each language: the history screen and the history export say
 * the same words. A description the list does not know is shown as it is stored.
 */
export const LEDGER_WORDS = {
  vi: {
    kinds: { topup: "Nạp tiền", spend: "Chi tiêu", adjustment: "Điều chỉnh số dư" },
    descriptions: {
      topup_checkout: "Nạp tiền trực tuyến qua Zalo",
      topup_bank: "Nạp tiền bằng chuyển khoản",
      oa_package: "Gói dịch vụ OA xác thực",
      zns: "Gửi tin ZNS",
      proactive_message: "Gửi Tin chủ động",
      opening_balance: "Số dư đầu kỳ",
    } as Record<string, string | undefined>,
  },
  en: {
    kinds: { topup: "Top-up", spend: "Spending", adjustment: "Balance adjustment" },
    descriptions: {
      topup_checkout: "Online top-up via Zalo",
      topup_bank: "Top-up by bank transfer",
      oa_package: "Verified OA service package",
      zns: "ZNS messages",
      proactive_message: "Proactive messages",
      opening_balance: "Opening balance",
    } as Record<string, string | undefined>,
  },
} satisfies Record<
  Lang,
  { kinds: Record<TransactionKind, string>; descriptions: Record<string, string | undefined> }
>;
