import { screen, within } from "@testing-library/react";
import { openShareSheet, saveImageToGallery } from "zmp-sdk/apis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSession } from "../../src/store/session";
import { useLocale } from "../../src/i18n/locale";
import { renderWallet } from "./support/render-wallet";
import { BASE, resetWalletStores, transferTopup, walletApi } from "./support/wallet-fixtures";

beforeEach(resetWalletStores);
// jsdom draws no canvas: the QR's photo is this PNG.
const PNG = "data:image/png;base64,iVBORw0KGgo=";
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, "toDataURL").mockReturnValue(PNG);
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, "share");
  Reflect.deleteProperty(navigator, "canShare");
});

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
      await screen.findByText(
        "Giữ nguyên “HDDN” trong nội dung: hóa đơn điện tử của lần nạp này sẽ ghi thông tin xuất hóa đơn đã lưu. " +
          "Thiếu “HDDN” thì hóa đơn vẫn được xuất nhưng ghi thông tin doanh nghiệp của ZCA. " +
          "Hóa đơn được gửi qua email vào ngày làm việc tiếp theo.",
      ),
    ).toBeInTheDocument();
  });

  it("says that a transfer without HDDN still gets an invoice, with the ZCA's own details", async () => {
    walletApi({ [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }) });
    renderWallet(PATH);
    expect(
      await screen.findByText(
        "Hóa đơn điện tử của lần nạp này ghi thông tin doanh nghiệp của ZCA, gửi qua email vào ngày làm việc tiếp theo.",
      ),
    ).toBeInTheDocument();
  });

  it("says whose details the invoice carries in English too", async () => {
    useLocale.setState({ lang: "en" });
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
      await screen.findByText(
        "Keep “HDDN” in the message: this top-up's e-invoice will carry the saved invoice details. " +
          "Without “HDDN”, an invoice is still issued, with the ZCA's own business details. " +
          "The invoice is emailed the next working day.",
      ),
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

describe("Lưu mã QR and Chia sẻ, for a banking app on the same phone", () => {
  const insideZalo = () => Object.assign(window, { ZaloJavaScriptInterface: {} });
  async function openTransfer() {
    walletApi({ [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }) });
    const view = renderWallet(PATH);
    await screen.findByRole("img", { name: /^Mã VietQR/ });
    return view;
  }

  it("saves the QR code to the phone's photos through Zalo, and says how to use it", async () => {
    insideZalo();
    const { user } = await openTransfer();
    await user.click(screen.getByRole("button", { name: "Lưu mã QR" }));
    expect(
      await screen.findByText(
        "Đã lưu mã QR vào thư viện ảnh. Mở ứng dụng ngân hàng, chọn quét mã QR rồi chọn ảnh này.",
      ),
    ).toHaveAttribute("role", "status");
    expect(saveImageToGallery).toHaveBeenCalledWith({ imageBase64Data: PNG });
  });

  it("says so when the person does not let Zalo save photos", async () => {
    insideZalo();
    vi.mocked(saveImageToGallery).mockRejectedValueOnce({ code: -2002, message: "User denied" });
    const { user } = await openTransfer();
    await user.click(screen.getByRole("button", { name: "Lưu mã QR" }));
    expect(
      await screen.findByText(
        "Zalo chưa được phép lưu ảnh. Hãy cho phép Zalo truy cập thư viện ảnh rồi thử lại.",
      ),
    ).toBeInTheDocument();
  });

  it("says so when Zalo cannot save it (a refused gallery answers so too), and offers the screenshot", async () => {
    insideZalo();
    vi.mocked(saveImageToGallery).mockRejectedValueOnce({ code: -2005, message: "Unable to save image" });
    const { user } = await openTransfer();
    await user.click(screen.getByRole("button", { name: "Lưu mã QR" }));
    expect(
      await screen.findByText(
        "Chưa lưu được mã QR. Nếu Zalo hỏi quyền truy cập ảnh, hãy cho phép rồi thử lại; hoặc chụp màn hình mã QR.",
      ),
    ).toBeInTheDocument();
  });

  it("downloads the PNG in a browser (dev mode)", async () => {
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { user } = await openTransfer();
    await user.click(screen.getByRole("button", { name: "Lưu mã QR" }));
    expect(await screen.findByText("Đã tải ảnh mã QR về máy.")).toBeInTheDocument();
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.href).toBe(PNG);
    expect(link.download).toBe("ma-qr-chuyen-khoan-nap-zca.png");
    expect(saveImageToGallery).not.toHaveBeenCalled();
  });

  it("shares the QR code's image through Zalo's share sheet", async () => {
    insideZalo();
    vi.mocked(openShareSheet).mockResolvedValueOnce({ status: 2, shareType: 0, numberOfUser: 1 });
    const { user } = await openTransfer();
    await user.click(screen.getByRole("button", { name: "Chia sẻ" }));
    expect(await screen.findByText("Đã chia sẻ mã QR.")).toBeInTheDocument();
    expect(openShareSheet).toHaveBeenCalledWith({ type: "image", data: { imageUrl: PNG } });
  });

  it("says nothing when the person closes the share sheet", async () => {
    insideZalo();
    vi.mocked(openShareSheet).mockResolvedValueOnce({ status: 0, shareType: 0, numberOfUser: 0 });
    const { user } = await openTransfer();
    await user.click(screen.getByRole("button", { name: "Chia sẻ" }));
    await vi.waitFor(() => expect(openShareSheet).toHaveBeenCalledOnce());
    expect(await screen.findByRole("button", { name: "Chia sẻ" })).toBeEnabled();
    expect(screen.queryByText(/chia sẻ/i, { selector: "[role=status]" })).not.toBeInTheDocument();
  });

  it("outside Zalo, hands the PNG to the system's share sheet, or says to save it where there is none", async () => {
    const share = vi.fn(async () => {});
    Object.assign(navigator, { share, canShare: () => true });
    const { user } = await openTransfer();
    await user.click(screen.getByRole("button", { name: "Chia sẻ" }));
    expect(await screen.findByText("Đã chia sẻ mã QR.")).toBeInTheDocument();
    const [{ files }] = share.mock.calls[0] as unknown as [{ files: File[] }];
    expect(files.map((f) => [f.name, f.type])).toEqual([["ma-qr-chuyen-khoan-nap-zca.png", "image/png"]]);

    Reflect.deleteProperty(navigator, "canShare");
    await user.click(screen.getByRole("button", { name: "Chia sẻ" }));
    expect(
      await screen.findByText(
        "Máy này chưa chia sẻ được ảnh từ đây. Hãy bấm “Lưu mã QR” rồi gửi ảnh từ thư viện ảnh.",
      ),
    ).toBeInTheDocument();
  });
});
