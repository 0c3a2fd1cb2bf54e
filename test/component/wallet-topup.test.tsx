import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createOrder, events } from "zmp-sdk/apis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POLL_MS, WAIT_MS, useTopup } from "../../src/features/wallet/topup-store";
import { useSession } from "../../src/store/session";
import { useLocale } from "../../src/i18n/locale";
import { apiError } from "./support/assets-fixtures";
import { renderWallet } from "./support/render-wallet";
import {
  BASE,
  checkoutTopup,
  invoiceInfo,
  transferTopup,
  resetWalletStores,
  wallet,
  walletApi,
  zaloEmits,
} from "./support/wallet-fixtures";

beforeEach(() => {
  resetWalletStores();
  vi.mocked(createOrder).mockClear();
  vi.mocked(events.on).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

const amountField = () => screen.findByRole("textbox", { name: "Số tiền nạp" });
const insideZalo = () => Object.assign(window, { ZaloJavaScriptInterface: {} });
const topupCalls = (calls: ReturnType<typeof walletApi>["calls"]) =>
  calls.filter((c) => c.method === "POST" && c.path === `${BASE}/topups`);

/** A server that starts top-up-1 and answers its status as `status()` says. */
function checkoutServer(
  status: () => "pending" | "succeeded" | "failed" = () => "pending",
  balance = 1_450_000,
) {
  return walletApi({
    [`POST ${BASE}/topups`]: () => ({ status: 201, body: checkoutTopup() }),
    [`POST ${BASE}/topups/topup-1/checkout-order`]: () => ({ status: 204 }),
    [`POST ${BASE}/topups/topup-1/checkout-closed`]: () => ({ body: checkoutTopup({ status: status() }) }),
    [`GET ${BASE}/topups/topup-1`]: () => ({ body: checkoutTopup({ status: status() }) }),
    [`GET ${BASE}/wallet`]: () => ({
      body: wallet({ balance: status() === "succeeded" ? balance : 1_250_000 }),
    }),
  });
}

describe("the amount", () => {
  it("is grouped as it is typed, with the caret kept beside the digit typed", async () => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = (await amountField()) as HTMLInputElement;
    await user.type(field, "1250000");
    expect(field).toHaveValue("1.250.000");
    await user.type(field, "9", { initialSelectionStart: 1, initialSelectionEnd: 1 });
    expect(field).toHaveValue("19.250.000");
    expect(field.selectionStart).toBe(2);
    await user.type(field, "{Backspace}", { initialSelectionStart: 4, initialSelectionEnd: 4 });
    expect(field).toHaveValue("1.950.000");
    expect(field.selectionStart).toBe(3);
  });

  it("takes a preset with one tap", async () => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const presets = within(await screen.findByRole("group", { name: "Chọn nhanh số tiền" }));
    expect(presets.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "50.000",
      "200.000",
      "500.000",
      "1.000.000",
      "5.000.000",
    ]);
    await user.click(presets.getByRole("button", { name: "500.000" }));
    expect(await amountField()).toHaveValue("500.000");
    expect(presets.getByRole("button", { name: "500.000" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Thanh toán 500.000 đ" })).toBeInTheDocument();
  });

  it("says the minimum beside the field once the person leaves it, and the online maximum", async () => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = await amountField();
    await user.type(field, "20000");
    expect(screen.queryByText(/tối thiểu là/)).not.toBeInTheDocument();
    await user.tab();
    // The sentence comes once the field is left (after a tap has landed).
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Số tiền nạp tối thiểu là 50\.000 đ\./));
    await user.clear(field);
    await user.type(field, "300000000");
    expect(
      screen.getByText(/Thanh toán trực tuyến tối đa 250\.000\.000 đ mỗi lần\. Hãy nhập số nhỏ hơn/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /^Chuyển khoản nhanh/ }));
    expect(screen.queryByText(/tối đa 250\.000\.000 đ mỗi lần\. Hãy/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Xem thông tin chuyển khoản" })).toBeInTheDocument();
  });

  it("says what is wrong with the amount out loud when the field is left, and with the field", async () => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = await amountField();
    await user.type(field, "20000");
    await user.tab();
    const said = await screen.findByRole("alert");
    expect(said).toHaveTextContent("Số tiền nạp tối thiểu là 50.000 đ.");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Số tiền nạp tối thiểu là 50.000 đ."));
  });

  it("refuses to pay without an amount, and says so", async () => {
    const { calls } = walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await amountField();
    await user.click(screen.getByRole("button", { name: "Thanh toán" }));
    expect(screen.getByText("Hãy nhập số tiền muốn nạp.")).toBeInTheDocument();
    expect(await amountField()).toHaveFocus();
    expect(topupCalls(calls)).toEqual([]);
  });

  it("says money topped up is not refunded, before paying", async () => {
    walletApi();
    renderWallet(`${BASE}/wallet/topup`);
    expect(
      await screen.findByText("Tiền đã nạp không được hoàn lại. Hãy kiểm tra số tiền trước khi thanh toán."),
    ).toBeInTheDocument();
  });
});

describe("the amount as people write it", () => {
  const decimal = "Hãy nhập số đồng chẵn, không có phần thập phân, ví dụ 50.000.";
  it.each([
    ["50000.00", "50.000.00", decimal],
    ["100000,00", "100.000,00", decimal],
    ["-50000", "-50000", "Số tiền không được có dấu trừ hay dấu cộng. Hãy chỉ nhập chữ số, ví dụ 50.000."],
    ["1e6", "1e6", "Số tiền chỉ gồm chữ số, ví dụ 50.000."],
  ])("refuses %s typed, shown as typed, with a sentence that says why", async (typed, shown, sentence) => {
    const { calls } = walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = await amountField();
    await user.type(field, typed);
    expect(field).toHaveValue(shown);
    await user.click(screen.getByRole("button", { name: "Thanh toán" }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(sentence));
    expect(topupCalls(calls)).toEqual([]);
  });

  it.each([
    ["50000.00", "Hãy nhập số đồng chẵn, không có phần thập phân, ví dụ 50.000."],
    ["50.0000", "Dấu chấm dùng để tách mỗi 3 chữ số, ví dụ 50.000 hoặc 1.000.000."],
    ["50,000", "Hãy nhập số đồng chẵn, không có phần thập phân, ví dụ 50.000."],
    ["1000000000001", "Số tiền tối đa là 1.000.000.000.000 đ."],
  ])("refuses %s pasted, with a sentence once the person leaves the field", async (pasted, sentence) => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = await amountField();
    await user.click(field);
    await user.paste(pasted);
    expect(field).toHaveValue(pasted);
    await user.tab();
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(sentence)));
  });

  it.each([
    ["50.000", "50.000", "Thanh toán 50.000 đ"],
    ["1.000.000", "1.000.000", "Thanh toán 1.000.000 đ"],
    ["50 000", "50.000", "Thanh toán 50.000 đ"],
    ["50000", "50.000", "Thanh toán 50.000 đ"],
  ])("reads %s pasted as Vietnamese writes it", async (pasted, shown, pay) => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = await amountField();
    await user.click(field);
    await user.paste(pasted);
    expect(field).toHaveValue(shown);
    expect(screen.getByRole("button", { name: pay })).toBeInTheDocument();
  });

  it("takes a preset in place of what was typed, and its sentence goes", async () => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = await amountField();
    await user.type(field, "-5");
    await user.tab();
    await waitFor(() => expect(field).toHaveAccessibleDescription(/dấu trừ/));
    await user.click(screen.getByRole("button", { name: "200.000" }));
    expect(field).toHaveValue("200.000");
    expect(field).not.toHaveAccessibleDescription(/dấu trừ/);
  });
});

describe("one tap, one top-up", () => {
  it("makes one top-up when “Xem thông tin chuyển khoản” is tapped twice at once", async () => {
    const { calls } = walletApi({
      [`POST ${BASE}/topups`]: () => ({ status: 201, body: transferTopup() }),
      [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "500000");
    await user.click(screen.getByRole("radio", { name: /^Chuyển khoản nhanh/ }));
    const see = screen.getByRole("button", { name: "Xem thông tin chuyển khoản" });
    fireEvent.click(see);
    fireEvent.click(see);
    expect(await screen.findByText("9600 0000 0013")).toBeInTheDocument();
    expect(topupCalls(calls)).toHaveLength(1);
  });

  it("opens the same top-up again, not a second one, when the form is tapped again after it was made", async () => {
    useSession.setState({ devMode: true });
    const { calls } = walletApi({
      [`POST ${BASE}/topups`]: () => ({ status: 201, body: checkoutTopup() }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    const pay = screen.getByRole("button", { name: "Thanh toán 200.000 đ" });
    await user.click(pay);
    await screen.findByRole("dialog", { name: "Thanh toán thử" });
    // The sheet is closed without a choice (its close, as zmp-ui's Modal calls it), and the form tapped again.
    act(() => useTopup.getState().closeDevCheckout());
    await user.click(pay);
    expect(await screen.findByRole("dialog", { name: "Thanh toán thử" })).toBeInTheDocument();
    expect(topupCalls(calls)).toHaveLength(1);
  });
});

describe("paying online inside Zalo", () => {
  it("passes the server's signed order to createOrder unchanged, reports Zalo's order id and follows the server", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    insideZalo();
    let status: "pending" | "succeeded" = "pending";
    const { calls } = checkoutServer(() => status);
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));

    expect(
      await screen.findByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" }),
    ).toBeInTheDocument();
    expect(vi.mocked(createOrder)).toHaveBeenCalledWith(checkoutTopup().checkout);
    // zmp-sdk decides whether to emit PaymentDone from the listeners present when createOrder runs.
    const listened = vi.mocked(events.on).mock;
    const paymentListeners = listened.calls
      .map(([name], i) => ({ name, at: listened.invocationCallOrder[i]! }))
      .filter(({ name }) => String(name).startsWith("action.payment."));
    expect(paymentListeners.map((l) => l.name)).toEqual(["action.payment.done", "action.payment.close"]);
    expect(Math.max(...paymentListeners.map((l) => l.at))).toBeLessThan(
      vi.mocked(createOrder).mock.invocationCallOrder[0]!,
    );
    const [start] = topupCalls(calls);
    expect(start!.body).toEqual({ amount: 200_000, method: "checkout", invoice: false });
    expect(start!.headers.get("Idempotency-Key")).toMatch(/^[\w-]{8,}$/);
    await vi.waitFor(() =>
      expect(calls.find((c) => c.path.endsWith("/checkout-order"))?.body).toEqual({
        orderId: "zalo-order-1",
      }),
    );

    // Zalo's page closes and reports a payment: the server has not heard from Zalo yet.
    act(() => {
      zaloEmits("action.payment.done", { orderId: "zalo-order-1" });
      zaloEmits("action.payment.close", { resultCode: 1, zmpOrderId: "zalo-order-1" });
    });
    expect(
      await screen.findByRole("heading", { name: "Đang chờ Zalo xác nhận thanh toán…" }),
    ).toBeInTheDocument();
    expect(screen.queryByText("Nạp tiền thành công")).not.toBeInTheDocument();

    // Zalo's signed callback reaches the server; the screen asks again a moment later.
    status = "succeeded";
    await act(() => vi.advanceTimersByTimeAsync(POLL_MS));
    expect(await screen.findByRole("heading", { name: "Nạp tiền thành công" })).toBeInTheDocument();
    expect(await screen.findByText("Số dư hiện tại: 1.450.000 đ")).toBeInTheDocument();
  });

  it("says Zalo has not reported the result when its page stays open past the wait, with a way to check again", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    insideZalo();
    checkoutServer();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    await screen.findByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" });
    await act(() => vi.advanceTimersByTimeAsync(WAIT_MS + POLL_MS));
    expect(await screen.findByRole("heading", { name: "Zalo chưa báo kết quả" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kiểm tra lại" })).toBeInTheDocument();
  });

  it("says the person has not paid when Zalo reports the page closed without paying, and the server asks Checkout", async () => {
    insideZalo();
    const { calls } = checkoutServer();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    await screen.findByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" });
    act(() => zaloEmits("action.payment.close", { resultCode: -2 }));
    expect(await screen.findByRole("heading", { name: "Bạn chưa thanh toán" })).toBeInTheDocument();
    // The server is told the sheet closed; it settles the top-up from Checkout's answer alone.
    await vi.waitFor(() =>
      expect(calls.find((c) => c.path === `${BASE}/topups/topup-1/checkout-closed`)?.body).toEqual({}),
    );
    expect(
      screen.getByText("Trang thanh toán đã đóng trước khi bạn trả tiền. Chưa có khoản tiền nào bị trừ."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nạp lại" }));
    expect(await amountField()).toBeInTheDocument();
  });

  it("makes a new top-up (a new Idempotency-Key) when Zalo's checkout did not open and the person tries again", async () => {
    insideZalo();
    vi.mocked(createOrder).mockRejectedValueOnce({ code: -1400, message: "create order failed" });
    const { calls } = checkoutServer();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa mở được thanh toán");
    expect(alert).toHaveTextContent("Zalo chưa thực hiện được yêu cầu. Hãy thử lại.");
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    await screen.findByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" });
    // The server made the first top-up: its key is spent, so each Checkout order has its own top-up.
    const [first, second] = topupCalls(calls);
    expect(second!.headers.get("Idempotency-Key")).not.toBe(first!.headers.get("Idempotency-Key"));
  });

  it("makes a new key for a top-up of another amount after a failure", async () => {
    insideZalo();
    vi.mocked(createOrder).mockRejectedValueOnce({ code: -1400 });
    const { calls } = checkoutServer();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    const field = await amountField();
    await user.type(field, "200000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    await screen.findByRole("alert");
    await user.clear(field);
    await user.type(field, "300000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 300.000 đ" }));
    await screen.findByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" });
    const [first, second] = topupCalls(calls);
    expect(second!.headers.get("Idempotency-Key")).not.toBe(first!.headers.get("Idempotency-Key"));
  });

  it("explains a refusal from the server without offering the same request again", async () => {
    insideZalo();
    walletApi({ [`POST ${BASE}/topups`]: () => apiError(403, "forbidden") });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Bạn không có quyền thực hiện thao tác này với tài khoản này.");
    expect(within(alert).queryByRole("button", { name: "Thử lại" })).not.toBeInTheDocument();
    expect(vi.mocked(createOrder)).not.toHaveBeenCalled();
  });
});

describe("paying online in a browser (dev mode)", () => {
  it("opens the dev checkout sheet; a failed payment is shown as the server tells it", async () => {
    useSession.setState({ devMode: true });
    let status: "pending" | "failed" = "pending";
    const dev = vi.fn(() => {
      status = "failed";
      return { body: { orderId: "dev-order-1" } };
    });
    walletApi({
      [`POST ${BASE}/topups`]: () => ({ status: 201, body: checkoutTopup() }),
      [`GET ${BASE}/topups/topup-1`]: () => ({ body: checkoutTopup({ status }) }),
      "POST /dev/checkout/zca-binh-minh/topup-1": dev,
    });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    const sheet = await screen.findByRole("dialog", { name: "Thanh toán thử" });
    expect(
      within(sheet)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "Thanh toán thành công",
      "Thanh toán thất bại",
      "Đóng, không thanh toán",
      "Thành công, Zalo báo chậm",
    ]);
    await user.click(within(sheet).getByRole("button", { name: "Thanh toán thất bại" }));
    expect(await screen.findByRole("heading", { name: "Nạp tiền không thành công" })).toBeInTheDocument();
    expect(dev).toHaveBeenCalledWith(expect.objectContaining({ body: { outcome: "fail" } }));
    expect(vi.mocked(createOrder)).not.toHaveBeenCalled();
  });
});

describe("Xuất hóa đơn", () => {
  it("says whose details the invoice carries, on and off, since a top-up gets an invoice either way", async () => {
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await amountField();
    const toggle = screen.getByRole("switch", { name: "Xuất hóa đơn" });
    expect(toggle).toHaveAccessibleDescription(
      "Không chọn thì hóa đơn điện tử vẫn được xuất, ghi thông tin doanh nghiệp của ZCA. " +
        "Lần nạp thành công nào cũng có hóa đơn, gửi qua email vào ngày làm việc tiếp theo.",
    );
    await user.click(toggle);
    expect(toggle).toHaveAccessibleDescription(
      "Hóa đơn điện tử của lần nạp này ghi thông tin xuất hóa đơn bên dưới. " +
        "Lần nạp thành công nào cũng có hóa đơn, gửi qua email vào ngày làm việc tiếp theo.",
    );
  });

  it("says whose details the invoice carries in English too", async () => {
    useLocale.setState({ lang: "en" });
    walletApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await screen.findByRole("textbox", { name: "Amount" });
    const toggle = screen.getByRole("switch", { name: "Issue an invoice" });
    expect(toggle).toHaveAccessibleDescription(
      "Left off, an e-invoice is still issued, with the ZCA's own business details. " +
        "Every successful top-up gets an invoice, emailed the next working day.",
    );
    await user.click(toggle);
    expect(toggle).toHaveAccessibleDescription(
      "This top-up's e-invoice carries the invoice details below. " +
        "Every successful top-up gets an invoice, emailed the next working day.",
    );
  });

  it("shows the saved invoice details, and saves changed ones before the top-up asks for an invoice", async () => {
    insideZalo();
    const { taxCodeLocked: _locked, ...savedDetails } = invoiceInfo;
    const put = vi.fn(({ body }: { body: unknown }) => ({ body }));
    const { calls } = walletApi({
      [`PUT ${BASE}/invoice-info`]: put,
      [`POST ${BASE}/topups`]: () => ({ status: 201, body: checkoutTopup({ invoice: true }) }),
      [`POST ${BASE}/topups/topup-1/checkout-order`]: () => ({ status: 204 }),
      [`GET ${BASE}/topups/topup-1`]: () => ({ body: checkoutTopup({ invoice: true }) }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "200000");
    await user.click(screen.getByRole("switch", { name: "Xuất hóa đơn" }));
    const details = await screen.findByRole("region", { name: "Thông tin xuất hóa đơn" });
    expect(await within(details).findByText("0399123457")).toBeInTheDocument();
    expect(within(details).getByText("0901 000 002")).toBeInTheDocument();

    await user.click(within(details).getByRole("button", { name: "Sửa thông tin" }));
    const email = within(details).getByRole("textbox", { name: "Email nhận hóa đơn" });
    await user.clear(email);
    await user.type(email, "ketoan");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    expect(email).toHaveAccessibleDescription("Email chưa đúng, ví dụ ketoan@congty.vn.");
    expect(topupCalls(calls)).toEqual([]);

    await user.type(email, "@binhminh.vn");
    await user.click(screen.getByRole("button", { name: "Thanh toán 200.000 đ" }));
    await screen.findByRole("heading", { name: "Đang chờ bạn thanh toán trong Zalo" });
    expect(put).toHaveBeenCalledWith(
      expect.objectContaining({
        body: { ...savedDetails, phone: "0901 000 002", email: "ketoan@binhminh.vn" },
      }),
    );
    expect(topupCalls(calls)[0]!.body).toEqual({ amount: 200_000, method: "checkout", invoice: true });
    const order = calls.findIndex((c) => c.method === "PUT");
    expect(order).toBeLessThan(calls.indexOf(topupCalls(calls)[0]!));
  });

  it("asks for the details the first time, field by field", async () => {
    walletApi({ [`GET ${BASE}/invoice-info`]: () => ({ body: null }) });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await amountField();
    await user.click(screen.getByRole("switch", { name: "Xuất hóa đơn" }));
    expect(
      await screen.findByText(
        "Chưa có thông tin xuất hóa đơn. Điền một lần, những lần sau ứng dụng tự điền sẵn.",
      ),
    ).toBeInTheDocument();
    const taxCode = screen.getByRole("textbox", { name: "Mã số thuế" });
    await user.type(taxCode, "12345");
    await user.tab();
    await waitFor(() =>
      expect(taxCode).toHaveAccessibleDescription(
        "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số nếu là chi nhánh, ví dụ 0312687878-001.",
      ),
    );
  });

  it("says a tax code's check digit does not match, in its own sentence, not the format's", async () => {
    walletApi({ [`GET ${BASE}/invoice-info`]: () => ({ body: null }) });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await amountField();
    await user.click(screen.getByRole("switch", { name: "Xuất hóa đơn" }));
    const taxCode = await screen.findByRole("textbox", { name: "Mã số thuế" });
    await user.type(taxCode, "0312345678-001");
    await user.tab();
    await waitFor(() =>
      expect(taxCode).toHaveAccessibleDescription(
        "Chữ số kiểm tra không khớp — hãy xem lại mã số thuế trên giấy chứng nhận đăng ký doanh nghiệp.",
      ),
    );
    await user.clear(taxCode);
    await user.type(taxCode, "0312687878-001");
    await user.tab();
    await waitFor(() => expect(taxCode).not.toHaveAccessibleDescription());
  });

  it("says so in English too", async () => {
    useLocale.setState({ lang: "en" });
    walletApi({ [`GET ${BASE}/invoice-info`]: () => ({ body: null }) });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await screen.findByRole("textbox", { name: "Amount" });
    await user.click(screen.getByRole("switch", { name: "Issue an invoice" }));
    const taxCode = await screen.findByRole("textbox", { name: "Tax code" });
    await user.type(taxCode, "0312345678");
    await user.tab();
    await waitFor(() =>
      expect(taxCode).toHaveAccessibleDescription(
        "The check digit does not match — check the tax code on the business registration certificate.",
      ),
    );
  });
});

describe("by transfer", () => {
  it("starts the top-up and opens the transfer screen", async () => {
    const { calls } = walletApi({
      [`POST ${BASE}/topups`]: () => ({ status: 201, body: transferTopup({ amount: 900_000_000 }) }),
      [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup({ amount: 900_000_000 }) }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await amountField(), "900000000");
    await user.click(screen.getByRole("radio", { name: /^Chuyển khoản nhanh/ }));
    await user.click(screen.getByRole("button", { name: "Xem thông tin chuyển khoản" }));
    expect(await screen.findByText("9600 0000 0013")).toBeInTheDocument();
    expect(topupCalls(calls)[0]!.body).toEqual({
      amount: 900_000_000,
      method: "bank_transfer",
      invoice: false,
    });
  });
});

describe("who may top up", () => {
  it("tells an Editor the roles that may", async () => {
    walletApi({}, "editor");
    renderWallet(`${BASE}/wallet/topup`);
    expect(
      await screen.findByText(
        "Chỉ Quản trị viên cấp cao, Quản trị viên và Tài chính viên được nạp tiền vào ZCA.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Số tiền nạp" })).not.toBeInTheDocument();
  });
});
