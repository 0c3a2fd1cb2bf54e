import { act, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WAIT_MS } from "../../src/features/wallet/topup-store";
import { useLocale } from "../../src/i18n/locale";
import { apiError } from "./support/assets-fixtures";
import { renderWallet } from "./support/render-wallet";
import {
  BASE,
  checkoutTopup,
  resetWalletStores,
  transferTopup,
  wallet,
  walletApi,
} from "./support/wallet-fixtures";

beforeEach(resetWalletStores);
afterEach(() => {
  vi.useRealTimers();
});

describe("the result of a top-up", () => {
  it("waits for the bank's notice, says so once the wait is over, and checks again on request", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let status: "pending" | "succeeded" = "pending";
    walletApi({
      [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup({ status }) }),
      [`GET ${BASE}/wallet`]: () => ({
        body: wallet({ balance: status === "pending" ? 1_250_000 : 1_750_000 }),
      }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topups/topup-2`);
    expect(
      await screen.findByRole("heading", { name: "Đang chờ ngân hàng báo tiền về…" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Chuyển khoản nhanh")).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(WAIT_MS + 1));
    expect(await screen.findByRole("heading", { name: "Ngân hàng chưa báo tiền về" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Về trang ZCA" })).toBeInTheDocument();

    status = "succeeded";
    await user.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    expect(await screen.findByRole("heading", { name: "Nạp tiền thành công" })).toBeInTheDocument();
    expect(screen.getByText("500.000 đ đã vào số dư của Cong ty TNHH Binh Minh.")).toBeInTheDocument();
    expect(await screen.findByText("Số dư hiện tại: 1.750.000 đ")).toBeInTheDocument();
  });

  it("says each change of the top-up's state in one live region, read whole", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let status: "pending" | "succeeded" = "pending";
    walletApi({ [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup({ status }) }) });
    const { user } = renderWallet(`${BASE}/wallet/topups/topup-2`);
    const waiting = await screen.findByRole("heading", { name: "Đang chờ ngân hàng báo tiền về…" });
    const region = waiting.closest("[role=status]");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveAttribute("aria-atomic", "true");

    await act(() => vi.advanceTimersByTimeAsync(WAIT_MS + 1));
    status = "succeeded";
    await user.click(await screen.findByRole("button", { name: "Kiểm tra lại" }));
    const done = await screen.findByRole("heading", { name: "Nạp tiền thành công" });
    // The same region, changed in place, so a screen reader hears the new state.
    expect(done.closest("[role=status]")).toBe(region);
  });

  it("offers to top up again after a failed payment, with the same amount and invoice choice, as a new top-up", async () => {
    const failed = checkoutTopup({ status: "failed", amount: 350_000, invoice: true, checkout: undefined });
    const { calls } = walletApi({
      [`GET ${BASE}/topups/topup-1`]: () => ({ body: failed }),
      [`POST ${BASE}/topups`]: () => ({
        status: 201,
        body: checkoutTopup({ id: "topup-9", amount: 350_000 }),
      }),
      "POST /dev/checkout/zca-binh-minh/topup-9": () => ({ body: { orderId: "dev-order-9" } }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topups/topup-1`);
    expect(await screen.findByRole("heading", { name: "Nạp tiền không thành công" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nạp lại" }));
    expect(await screen.findByRole("textbox", { name: "Số tiền nạp" })).toHaveValue("350.000");
    expect(screen.getByRole("radio", { name: /Thanh toán trực tuyến/ })).toBeChecked();
    expect(screen.getByRole("switch", { name: "Xuất hóa đơn" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Thanh toán 350.000 đ" }));
    await vi.waitFor(() => expect(calls.filter((c) => c.path === `${BASE}/topups`)).toHaveLength(1));
    const [again] = calls.filter((c) => c.path === `${BASE}/topups`);
    expect(again!.body).toEqual({ amount: 350_000, method: "checkout", invoice: true });
  });

  it("does not claim Zalo is seconds from confirming a checkout top-up opened again later", async () => {
    walletApi({ [`GET ${BASE}/topups/topup-1`]: () => ({ body: checkoutTopup() }) });
    renderWallet(`${BASE}/wallet/topups/topup-1`);
    expect(await screen.findByRole("heading", { name: "Lần nạp này chưa có kết quả" })).toBeInTheDocument();
    expect(screen.queryByText(/vài giây/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole("heading", { name: "Đang chờ Zalo xác nhận thanh toán…" }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Nạp lại" })).toBeInTheDocument();
  });

  it("says a top-up waits for a person when the server put it under review", async () => {
    walletApi({
      [`GET ${BASE}/topups/topup-1`]: () => ({
        body: checkoutTopup({ status: "review", checkout: undefined }),
      }),
    });
    renderWallet(`${BASE}/wallet/topups/topup-1`);
    expect(await screen.findByRole("heading", { name: "Lần nạp đang được kiểm tra" })).toBeInTheDocument();
  });

  it("says an invoice will follow a top-up that asked for one", async () => {
    walletApi({
      [`GET ${BASE}/topups/topup-1`]: () => ({ body: checkoutTopup({ status: "succeeded", invoice: true }) }),
    });
    renderWallet(`${BASE}/wallet/topups/topup-1`);
    expect(
      await screen.findByText("Hóa đơn doanh nghiệp sẽ được xuất theo thông tin xuất hóa đơn đã lưu."),
    ).toBeInTheDocument();
  });

  it("explains a top-up it cannot read", async () => {
    walletApi({ [`GET ${BASE}/topups/topup-9`]: () => apiError(404, "not_found") });
    renderWallet(`${BASE}/wallet/topups/topup-9`);
    expect(await screen.findByRole("alert")).toHaveTextContent("Không tìm thấy nội dung này.");
  });

  it("speaks English", async () => {
    useLocale.setState({ lang: "en" });
    walletApi({ [`GET ${BASE}/topups/topup-1`]: () => ({ body: checkoutTopup({ status: "succeeded" }) }) });
    renderWallet(`${BASE}/wallet/topups/topup-1`);
    expect(await screen.findByRole("heading", { name: "Top-up succeeded" })).toBeInTheDocument();
    expect(screen.getByText("₫200,000 is now in the balance of Cong ty TNHH Binh Minh.")).toBeInTheDocument();
  });
});
