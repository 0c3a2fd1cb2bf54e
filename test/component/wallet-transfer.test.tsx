import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useSession } from "../../src/store/session";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, transferTopup, walletApi } from "./support/wallet-fixtures";

beforeEach(resetWalletStores);

const PATH = `${BASE}/wallet/topups/topup-2/transfer`;
const facts = () => within(screen.getByRole("region", { name: "Hoặc tự nhập thông tin chuyển khoản" }));

describe("Chuyển khoản nhanh", () => {
  it("shows the ZCA's own account, what to send, its VietQR code and the warning about other numbers", async () => {
    walletApi({ [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }) });
    renderWallet(PATH);
    expect(
      await screen.findByRole("img", { name: "Mã VietQR chuyển 500.000 đ tới số tài khoản 960000000013" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Tiền chuyển đến số tài khoản khác sẽ không được hoàn lại\./),
    ).toBeInTheDocument();
    expect(facts().getByText("Vietcombank")).toBeInTheDocument();
    expect(facts().getByText("9600 0000 0013")).toBeInTheDocument();
    expect(await facts().findByText("ZCA CONG TY TNHH BINH MINH")).toBeInTheDocument();
    expect(facts().getByText("500.000 đ")).toBeInTheDocument();
    expect(facts().getByText("NAP ZCA")).toBeInTheDocument();
  });

  it("copies each detail as a banking app takes it", async () => {
    walletApi({ [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }) });
    const { user } = renderWallet(PATH);
    await user.click(await screen.findByRole("button", { name: "Sao chép số tài khoản" }));
    expect(await navigator.clipboard.readText()).toBe("960000000013");
    expect(await screen.findByText("Đã sao chép số tài khoản.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sao chép số tiền" }));
    expect(await navigator.clipboard.readText()).toBe("500000");
    expect(await screen.findByText("Đã sao chép số tiền.")).toBeInTheDocument();
  });

  it("keeps HDDN in the note when an invoice is wanted, and says why", async () => {
    walletApi({
      [`GET ${BASE}/topups/topup-2`]: () => ({
        body: transferTopup({
          invoice: true,
          bankTransfer: { ...transferTopup().bankTransfer!, note: "HDDN" },
        }),
      }),
    });
    renderWallet(PATH);
    expect(
      await screen.findByText("Giữ nguyên nội dung “HDDN” để được xuất hóa đơn doanh nghiệp."),
    ).toBeInTheDocument();
  });

  it("in dev mode, has the server send the bank's notice and follows the top-up", async () => {
    useSession.setState({ devMode: true });
    let status: "pending" | "succeeded" = "pending";
    const notice = vi.fn(() => {
      status = "succeeded";
      return { body: { sent: true } };
    });
    walletApi({
      [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup({ status }) }),
      "POST /dev/bank-transfer/zca-binh-minh/topup-2": notice,
    });
    const { user } = renderWallet(PATH);
    await user.click(await screen.findByRole("button", { name: "Giả lập chuyển khoản (chế độ phát triển)" }));
    expect(await screen.findByRole("heading", { name: "Nạp tiền thành công" })).toBeInTheDocument();
    expect(notice).toHaveBeenCalledOnce();
  });

  it("offers no simulation outside dev mode, only the way to the result", async () => {
    walletApi({ [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }) });
    const { user } = renderWallet(PATH);
    await user.click(await screen.findByRole("button", { name: "Tôi đã chuyển khoản" }));
    expect(screen.queryByRole("button", { name: /Giả lập/ })).not.toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { name: "Đang chờ ngân hàng báo tiền về…" }),
    ).toBeInTheDocument();
  });

  it("says a top-up that is over needs no transfer", async () => {
    walletApi({
      [`GET ${BASE}/topups/topup-2`]: () => ({
        body: { ...transferTopup({ status: "succeeded" }), bankTransfer: undefined },
      }),
    });
    renderWallet(PATH);
    expect(
      await screen.findByText("Lần nạp này đã xong. Xem kết quả ở Lịch sử giao dịch."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tôi đã chuyển khoản" })).not.toBeInTheDocument();
  });
});
