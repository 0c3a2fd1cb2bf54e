import { act, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useLocale } from "../../src/i18n/locale";
import { apiError } from "./support/assets-fixtures";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, spending, transaction, walletApi } from "./support/wallet-fixtures";

beforeEach(resetWalletStores);
afterEach(() => {
  vi.unstubAllGlobals();
});

const firstPage = [
  transaction({
    id: "t1",
    kind: "topup",
    amount: 300_000,
    balanceAfter: null,
    status: "pending",
    method: "checkout",
    description: "topup_checkout",
    createdAt: "2026-12-01T08:00:00.000Z",
  }),
  transaction({ id: "l11" }),
  transaction({
    id: "t2",
    kind: "topup",
    amount: 50_000,
    balanceAfter: null,
    status: "failed",
    method: "checkout",
    description: "topup_checkout",
    createdAt: "2026-11-02T08:00:00.000Z",
  }),
];
const secondPage = [
  transaction({
    id: "l4",
    kind: "topup",
    amount: 2_000_000,
    balanceAfter: 2_600_000,
    method: "bank_transfer",
    description: "topup_bank",
    invoice: true,
    createdAt: "2025-03-20T03:30:00.000Z",
  }),
];

describe("Lịch sử giao dịch", () => {
  it("shows each entry's words, sign, status and balance after, then the next page on “Tải thêm”", async () => {
    const asked: string[] = [];
    walletApi({
      [`GET ${BASE}/transactions`]: () => {
        const page = asked.length === 0 ? { items: firstPage, nextCursor: "c1" } : { items: secondPage };
        asked.push("page");
        return { body: page };
      },
    });
    const { user } = renderWallet(`${BASE}/wallet/history`);
    const list = await screen.findByRole("list", { name: "Lịch sử giao dịch" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Nạp tiền trực tuyến qua ZaloChờ thanh toán.*\+300\.000 đ$/),
      expect.stringMatching(/^Gửi tin ZNSChi tiêu.*−220\.000 đSố dư sau: 1\.250\.000 đ$/),
      expect.stringMatching(/^Nạp tiền trực tuyến qua ZaloKhông thành công.*\+50\.000 đ$/),
    ]);
    await user.click(screen.getByRole("button", { name: "Tải thêm" }));
    await within(list).findByText("Nạp tiền bằng chuyển khoản");
    expect(within(list).getByText("Thành công · Có hóa đơn")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tải thêm" })).not.toBeInTheDocument();
    expect(screen.getByText("Đã hiện tất cả giao dịch.")).toBeInTheDocument();
  });

  it("never says “Có hóa đơn” on a top-up that failed or waits for a person, only on one paid or still payable", async () => {
    const topup = (id: string, status: "pending" | "succeeded" | "failed" | "review") =>
      transaction({
        id,
        kind: "topup",
        amount: 200_000,
        balanceAfter: status === "succeeded" ? 1_450_000 : null,
        status,
        method: "checkout",
        description: "topup_checkout",
        invoice: true,
      });
    walletApi({
      [`GET ${BASE}/transactions`]: () => ({
        body: {
          items: [
            topup("t1", "failed"),
            topup("t2", "review"),
            topup("t3", "pending"),
            topup("l4", "succeeded"),
          ],
        },
      }),
    });
    renderWallet(`${BASE}/wallet/history`);
    const list = await screen.findByRole("list", { name: "Lịch sử giao dịch" });
    const facts = within(list)
      .getAllByRole("listitem")
      .map((row) => row.querySelector(".row-main .muted")!.textContent);
    expect(facts).toEqual([
      "Không thành công",
      "Đang kiểm tra",
      "Chờ thanh toán · Có hóa đơn",
      "Thành công · Có hóa đơn",
    ]);
  });

  it("asks for the next page with the cursor it was given, as the end of the list scrolls into view", async () => {
    let seen: (() => void) | null = null;
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
        observe() {
          seen = () => this.report([{ isIntersecting: true }]);
        }
        disconnect() {}
      },
    );
    const { calls } = walletApi({
      [`GET ${BASE}/transactions`]: () => ({ body: { items: firstPage, nextCursor: "c1" } }),
    });
    renderWallet(`${BASE}/wallet/history`);
    await screen.findByRole("list", { name: "Lịch sử giao dịch" });
    act(() => seen!());
    await vi.waitFor(() => expect(calls.filter((c) => c.path.endsWith("/transactions"))).toHaveLength(2));
  });

  it("names the entries in English", async () => {
    useLocale.setState({ lang: "en" });
    walletApi({ [`GET ${BASE}/transactions`]: () => ({ body: { items: firstPage } }) });
    renderWallet(`${BASE}/wallet/history`);
    const list = await screen.findByRole("list", { name: "Transaction history" });
    expect(within(list).getByText("ZNS messages")).toBeInTheDocument();
    expect(within(list).getByText("Awaiting payment")).toBeInTheDocument();
    expect(within(list).getByText("−₫220,000")).toBeInTheDocument();
  });

  it("explains a failed load with a retry", async () => {
    let down = true;
    walletApi({
      [`GET ${BASE}/transactions`]: () => (down ? apiError(500, "internal") : { body: { items: firstPage } }),
    });
    const { user } = renderWallet(`${BASE}/wallet/history`);
    const alert = await screen.findByRole("alert");
    down = false;
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("list", { name: "Lịch sử giao dịch" })).toBeInTheDocument();
  });
});

describe("Chi tiêu", () => {
  it("draws six months, the OAs and the apps, each bar with its amount in words", async () => {
    walletApi({ [`GET ${BASE}/spending`]: () => ({ body: spending }) });
    renderWallet(`${BASE}/wallet/spending`);
    const months = within(await screen.findByRole("region", { name: /^Theo tháng/ }));
    expect(months.getByText("1.170.000 đ")).toBeInTheDocument();
    expect(months.getByText("Tháng 7/2026: 210.000 đ")).toBeInTheDocument();
    expect(months.getByText("Tháng 12/2026: 0 đ")).toBeInTheDocument();
    expect(months.getAllByRole("listitem")).toHaveLength(6);
    const byOa = within(screen.getByRole("region", { name: "Theo OA" }));
    expect(byOa.getByText("Bình Minh Spa")).toBeInTheDocument();
    expect(byOa.getByText("240.000 đ")).toBeInTheDocument();
    const byApp = within(screen.getByRole("region", { name: "Theo ứng dụng" }));
    expect(byApp.getByText("930.000 đ")).toBeInTheDocument();
  });

  it("says when nothing was spent", async () => {
    walletApi({
      [`GET ${BASE}/spending`]: () => ({
        body: { byMonth: spending.byMonth.map((m) => ({ ...m, amount: 0 })), byOa: [], byApp: [] },
      }),
    });
    renderWallet(`${BASE}/wallet/spending`);
    expect(await screen.findAllByText("Chưa có chi tiêu nào trong 6 tháng qua.")).toHaveLength(3);
  });
});
