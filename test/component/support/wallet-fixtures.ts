import { events } from "zmp-sdk/apis";
import type { Role } from "../../../src/domain/permissions";
import type { SavedInvoiceInfo, Spending, Topup, Transaction, Wallet } from "../../../src/domain/types";
import { useTopup } from "../../../src/features/wallet/topup-store";
import { useWalletRecords } from "../../../src/features/wallet/store";
import { useTaxCodeConfirmation } from "../../../src/features/wallet/tax-code-store";
import { useWallets } from "../../../src/store/wallets";
import { binhApi, resetStores, binhAccount } from "./assets-fixtures";
import type { fakeApi } from "./fake-api";

export const ACCOUNT = "zca-binh-minh";
export const BASE = `/accounts/${ACCOUNT}`;

/** A wallet as the API answers it; `available` follows `balance` and `held` unless given. */
export function wallet(extra: Partial<Wallet> = {}): Wallet {
  const balance = extra.balance ?? 1_250_000;
  const held = extra.held ?? 0;
  return {
    balance,
    available: balance - held,
    held,
    currency: "VND",
    bankTransfer: {
      bankName: "Vietcombank",
      bankBin: "970436",
      accountNumber: "960000000013",
      accountName: "ZCA CONG TY TNHH BINH MINH",
    },
    lowBalance: { enabled: true, threshold: 1_500_000, thresholdDays: null, below: true },
    spentLast30Days: 300_000,
    beforeFirstPayment: null,
    ...extra,
  };
}

export const invoiceInfo: SavedInvoiceInfo = {
  companyName: "Công ty TNHH Bình Minh",
  taxCode: "0399123457",
  address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
  taxCodeLocked: false,
  buyer: "Trần Thị Bình",
  phone: "+84901000002",
  email: "ketoan@binhminh.vn",
};

export function checkoutTopup(extra: Partial<Topup> = {}): Topup {
  return {
    id: "topup-1",
    amount: 200_000,
    method: "checkout",
    status: "pending",
    invoice: false,
    createdAt: "2026-12-01T08:00:00.000Z",
    checkout: {
      amount: 200_000,
      desc: "Nap tien ZCA 200000",
      item: [{ id: "topup-1", amount: 200_000 }],
      extradata: '{"topupId":"topup-1"}',
      mac: "server-made-mac",
    },
    ...extra,
  };
}

export function transferTopup(extra: Partial<Topup> = {}): Topup {
  return {
    id: "topup-2",
    amount: 500_000,
    method: "bank_transfer",
    status: "pending",
    invoice: false,
    createdAt: "2026-12-01T08:00:00.000Z",
    bankTransfer: {
      accountNumber: "960000000013",
      bankName: "Vietcombank",
      note: "NAP ZCA",
      qr: "00020101021238570010A000000727012700069704360113960000000013",
    },
    ...extra,
  };
}

export function transaction(extra: Partial<Transaction> = {}): Transaction {
  return {
    id: "l0000000000000000011",
    kind: "spend",
    amount: -220_000,
    balanceAfter: 1_250_000,
    status: "succeeded",
    description: "zns",
    invoice: false,
    createdAt: "2026-11-20T09:00:00.000Z",
    ...extra,
  };
}

export const spending: Spending = {
  byMonth: [
    { month: "2026-07", amount: 210_000 },
    { month: "2026-08", amount: 150_000 },
    { month: "2026-09", amount: 260_000 },
    { month: "2026-10", amount: 240_000 },
    { month: "2026-11", amount: 310_000 },
    { month: "2026-12", amount: 0 },
  ],
  byOa: [{ id: "oa-binh-minh", name: "Bình Minh Spa", amount: 240_000 }],
  byApp: [{ id: "1864203957731480522", name: "Bình Minh Đặt lịch", amount: 930_000 }],
};

/** Every store back to its first state, Bình signed in, no Zalo events waiting. */
export function resetWalletStores() {
  resetStores();
  useWallets.getState().clear();
  useTopup.getState().reset();
  useWalletRecords.getState().reset();
  useTaxCodeConfirmation.getState().reset();
  (events as unknown as { removeAllListeners(): void }).removeAllListeners();
  Reflect.deleteProperty(window, "ZaloJavaScriptInterface");
}

/** Zalo, as a test plays it: an event the SDK would emit. */
export function zaloEmits(name: string, data?: unknown) {
  (events as unknown as { emit(name: string, data?: unknown): void }).emit(name, data);
}

/** The API as Bình (or a member of `role`) sees her ZCA's wallet; `routes` adds or overrides. */
export function walletApi(routes: Parameters<typeof fakeApi>[0] = {}, role: Role = "super_admin") {
  return binhApi(
    {
      [`GET ${BASE}/wallet`]: () => ({ body: wallet() }),
      [`GET ${BASE}/invoice-info`]: () => ({ body: invoiceInfo }),
      ...routes,
    },
    { account: { ...binhAccount(), role } },
  );
}
