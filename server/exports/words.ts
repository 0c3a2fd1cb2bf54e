import type { Lang } from "../../src/domain/languages";
import { LEDGER_WORDS } from "../../src/domain/ledger-words";
import type { TopupMethod } from "../../src/domain/money";

const vi = {
  total: "Tổng cộng",
  spending: {
    file: "chi-tieu",
    byMonth: "Theo tháng",
    byOa: "Theo OA",
    byApp: "Theo ứng dụng",
    month: "Tháng",
    id: "Mã",
    oa: "Tên OA",
    app: "Tên ứng dụng",
    amount: "Số tiền (₫)",
  },
  history: {
    file: "lich-su-giao-dich",
    sheet: "Lịch sử giao dịch",
    time: "Thời gian (giờ Việt Nam)",
    kind: "Loại",
    description: "Nội dung",
    amount: "Số tiền (₫)",
    balanceAfter: "Số dư sau (₫)",
    method: "Phương thức nạp",
    reference: "Mã giao dịch thanh toán",
    topup: "Mã lệnh nạp tiền",
    usage: "Dùng cho (OA / ứng dụng)",
    invoice: "Hóa đơn",
    withInvoice: "Có",
  },
  ...LEDGER_WORDS.vi,
  methods: { checkout: "Trực tuyến", bank_transfer: "Chuyển khoản" } satisfies Record<TopupMethod, string>,
};

/** The words of the exports, in the language the screen asked for (the app's, vi by default). */
export const EXPORT_WORDS: Record<Lang, typeof vi> = {
  vi,
  en: {
    total: "Total",
    spending: {
      file: "spending",
      byMonth: "By month",
      byOa: "By OA",
      byApp: "By app",
      month: "Month",
      id: "ID",
      oa: "OA name",
      app: "App name",
      amount: "Amount (₫)",
    },
    history: {
      file: "transaction-history",
      sheet: "Transaction history",
      time: "Time (Vietnam)",
      kind: "Type",
      description: "Description",
      amount: "Amount (₫)",
      balanceAfter: "Balance after (₫)",
      method: "Top-up method",
      reference: "Payment reference",
      topup: "Top-up ID",
      usage: "Used for (OA / app)",
      invoice: "Invoice",
      withInvoice: "Yes",
    },
    ...LEDGER_WORDS.en,
    methods: { checkout: "Online", bank_transfer: "Bank transfer" },
  },
};
