// Correcting an issued invoice (a wrong company name or address) by a replacement invoice, and the
// invoice details' tax code once an invoice carries it, as Bình meets them on her phone.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setSessionToken } from "../../src/api/client";
import type { Invoice } from "../../src/domain/invoices";
import { useLocale } from "../../src/i18n/locale";
import { apiError } from "./support/assets-fixtures";
import { renderWallet } from "./support/render-wallet";
import { BASE, invoiceInfo, resetWalletStores, walletApi } from "./support/wallet-fixtures";

const LIST = `${BASE}/wallet/invoices`;
const BUYER = {
  companyName: "Công ty TNHH Bình Minh",
  taxCode: "0399123457",
  address: "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
  email: "ketoan@binhminh.vn",
};
const NEW_ADDRESS = "30 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh";

function invoice(extra: Partial<Invoice> = {}): Invoice {
  return {
    id: "inv-1",
    number: "C26TBM123",
    series: "C26TBM",
    topupId: "topup-1",
    amount: 2_000_000,
    status: "emailed",
    issuedAt: "2026-12-02T02:00:00.000Z",
    buyer: BUYER,
    replaces: null,
    replacedBy: null,
    ...extra,
  };
}

const replacement = (extra: Partial<Invoice> = {}) =>
  invoice({
    id: "inv-9",
    number: null,
    series: null,
    status: "issuing",
    issuedAt: null,
    buyer: { ...BUYER, address: NEW_ADDRESS },
    replaces: { id: "inv-1", number: "C26TBM123", series: "C26TBM" },
    ...extra,
  });

function correctionApi(items: Invoice[], post: (request: { body: unknown }) => unknown) {
  return walletApi({
    [`GET ${BASE}/invoices`]: () => ({ body: { items } }),
    [`POST ${BASE}/invoices/inv-1/replacement`]: post as never,
  });
}

beforeEach(() => {
  resetWalletStores();
  setSessionToken("session-of-binh");
});
afterEach(() => {
  setSessionToken(null);
  vi.restoreAllMocks();
});

/** Opens "Sửa tên công ty hoặc địa chỉ" on invoice 123 and answers its form's fields. */
async function openCorrection() {
  const view = renderWallet(`${LIST}/inv-1`);
  await view.user.click(await screen.findByRole("button", { name: "Sửa tên công ty hoặc địa chỉ" }));
  const form = within(screen.getByRole("region", { name: "Sửa tên công ty hoặc địa chỉ" }));
  return {
    ...view,
    form,
    companyName: form.getByRole("textbox", { name: "Tên đơn vị" }),
    address: form.getByRole("textbox", { name: "Địa chỉ" }),
  };
}

describe("Sửa tên công ty hoặc địa chỉ", () => {
  it("edits only the company name and address, the tax code shown fixed, and checks them first", async () => {
    const post = vi.fn(() => ({ status: 201, body: replacement() }));
    correctionApi([invoice()], post);
    const { user, form, companyName, address } = await openCorrection();
    expect(companyName).toHaveFocus();
    expect(companyName).toHaveValue(BUYER.companyName);
    expect(address).toHaveValue(BUYER.address);
    expect(form.getAllByRole("textbox")).toHaveLength(2);
    expect(form.getByRole("definition")).toHaveTextContent("0399123457");
    expect(form.getByText(/^Mã số thuế giữ nguyên\./)).toBeInTheDocument();

    // Nothing changed yet: it says so instead of going on.
    await user.click(form.getByRole("button", { name: "Tiếp tục" }));
    expect(await form.findByRole("alert")).toHaveTextContent(
      "Tên công ty và địa chỉ vẫn giống trên hóa đơn. Hãy sửa ít nhất một trong hai.",
    );
    await user.clear(address);
    await user.type(address, "Q1");
    await user.click(form.getByRole("button", { name: "Tiếp tục" }));
    expect(address).toHaveFocus();
    expect(address).toHaveAccessibleDescription(
      "Hãy nhập địa chỉ công ty như trên giấy phép kinh doanh (5–300 ký tự). Địa chỉ này in trên hóa đơn.",
    );
    expect(post).not.toHaveBeenCalled();
  });

  it("says what will happen before it asks, and “Sửa lại” keeps what was typed", async () => {
    const post = vi.fn(() => ({ status: 201, body: replacement() }));
    correctionApi([invoice()], post);
    const { user, form, address } = await openCorrection();
    await user.clear(address);
    await user.type(address, NEW_ADDRESS);
    await user.click(form.getByRole("button", { name: "Tiếp tục" }));

    const confirm = await form.findByRole("heading", { name: "Xuất hóa đơn thay thế?" });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(
      form.getByText(
        "Một hóa đơn mới, ghi rõ “thay thế cho hóa đơn số 123”, sẽ được xuất với thông tin trên và gửi tới ketoan@binhminh.vn. Hóa đơn số 123 vẫn được lưu, đánh dấu là đã bị thay thế. Mỗi hóa đơn chỉ được thay thế một lần.",
      ),
    ).toBeInTheDocument();
    expect(form.getByText(`${BUYER.companyName} · ${NEW_ADDRESS}`)).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();

    await user.click(form.getByRole("button", { name: "Sửa lại" }));
    expect(await form.findByRole("textbox", { name: "Địa chỉ" })).toHaveValue(NEW_ADDRESS);
  });

  it("asks for the replacement, then shows the invoice as being replaced, with a link to its replacement", async () => {
    const post = vi.fn(() => ({ status: 201, body: replacement() }));
    correctionApi([invoice()], post);
    const { user, form, companyName, address } = await openCorrection();
    await user.clear(companyName);
    await user.type(companyName, "  Công ty TNHH Bình Minh Việt  ");
    await user.clear(address);
    await user.type(address, NEW_ADDRESS);
    await user.click(form.getByRole("button", { name: "Tiếp tục" }));
    await user.click(await form.findByRole("button", { name: "Xuất hóa đơn thay thế" }));

    expect(
      await screen.findByText("Đã yêu cầu xuất hóa đơn thay thế. Hóa đơn mới sẽ được gửi qua email."),
    ).toHaveAttribute("role", "status");
    expect(post).toHaveBeenCalledWith(
      expect.objectContaining({ body: { companyName: "Công ty TNHH Bình Minh Việt", address: NEW_ADDRESS } }),
    );
    expect(screen.queryByRole("button", { name: "Sửa tên công ty hoặc địa chỉ" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Đang được thay thế bởi một hóa đơn đang xuất" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Đang xuất" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thay thế cho hóa đơn số 123" })).toBeInTheDocument();
  });

  it("keeps what was typed when the request fails, and says why", async () => {
    const post = vi
      .fn()
      .mockReturnValueOnce(apiError(503, "internal"))
      .mockReturnValueOnce(apiError(409, "invoice_replaced"));
    correctionApi([invoice()], post);
    const { user, form, address } = await openCorrection();
    await user.clear(address);
    await user.type(address, NEW_ADDRESS);
    await user.click(form.getByRole("button", { name: "Tiếp tục" }));
    await user.click(await form.findByRole("button", { name: "Xuất hóa đơn thay thế" }));

    const failed = await form.findByRole("alert");
    expect(failed).toHaveTextContent("Chưa xuất được hóa đơn thay thế");
    expect(failed).toHaveTextContent(/Thông tin bạn đã nhập vẫn được giữ\./);
    await user.click(within(failed).getByRole("button", { name: "Thử lại" }));
    expect(
      await form.findByText("Hóa đơn này đã được thay thế. Hãy mở hóa đơn thay thế để sửa tiếp."),
    ).toBeInTheDocument();
    await user.click(form.getByRole("button", { name: "Sửa lại" }));
    expect(await form.findByRole("textbox", { name: "Địa chỉ" })).toHaveValue(NEW_ADDRESS);
  });

  it("closes with Escape, back on the button that opened it", async () => {
    correctionApi([invoice()], () => ({ status: 201, body: replacement() }));
    const { user } = await openCorrection();
    await user.keyboard("{Escape}");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Sửa tên công ty hoặc địa chỉ" })).toHaveFocus(),
    );
  });

  it("is not offered before the invoice is issued", async () => {
    correctionApi([invoice({ status: "issuing", number: null, series: null, issuedAt: null })], () => ({}));
    renderWallet(`${LIST}/inv-1`);
    expect(await screen.findByText("Tệp PDF có khi hóa đơn đã được xuất.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sửa tên công ty hoặc địa chỉ" })).not.toBeInTheDocument();
  });

  it("is not offered once the invoice was replaced, which links to its replacement and back", async () => {
    correctionApi(
      [
        replacement({ number: "C26TBM124", series: "C26TBM", status: "emailed" }),
        invoice({ replacedBy: { id: "inv-9", number: "C26TBM124", series: "C26TBM" } }),
        invoice({ id: "inv-2", number: null, series: null, status: "issuing", issuedAt: null }),
      ],
      () => ({ status: 201, body: replacement() }),
    );
    const { user } = renderWallet(LIST);
    const rows = within(await screen.findByRole("list", { name: "Hóa đơn điện tử" })).getAllByRole(
      "listitem",
    );
    expect(within(rows[0]!).getByText("Thay thế cho hóa đơn số 123")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Đã được thay thế bởi hóa đơn số 124")).toBeInTheDocument();

    await user.click(within(rows[1]!).getByRole("button"));
    await user.click(await screen.findByRole("button", { name: "Đã được thay thế bởi hóa đơn số 124" }));
    expect(
      await screen.findByRole("heading", { level: 2, name: "Số 124 · Ký hiệu C26TBM" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sửa tên công ty hoặc địa chỉ" })).toBeInTheDocument();
  });

  it("says so in English too", async () => {
    useLocale.setState({ lang: "en" });
    correctionApi([invoice()], () => ({ status: 201, body: replacement() }));
    const { user } = renderWallet(`${LIST}/inv-1`);
    await user.click(await screen.findByRole("button", { name: "Correct the company name or address" }));
    const form = within(screen.getByRole("region", { name: "Correct the company name or address" }));
    const address = form.getByRole("textbox", { name: "Address" });
    await user.clear(address);
    await user.type(address, NEW_ADDRESS);
    await user.click(form.getByRole("button", { name: "Continue" }));
    expect(
      await form.findByText(
        "A new invoice stating “replaces invoice no. 123” will be issued with the details above and emailed to ketoan@binhminh.vn. Invoice no. 123 stays on record, marked as replaced. An invoice can be replaced only once.",
      ),
    ).toBeInTheDocument();
  });
});

describe("the invoice details' tax code, once on an invoice", () => {
  it("says it can no longer change, keeps it as it is, and still saves the other details with their address", async () => {
    const put = vi.fn(({ body }: { body: unknown }) => ({
      body: { ...(body as object), taxCodeLocked: true },
    }));
    walletApi({
      [`GET ${BASE}/invoices`]: () => ({ body: { items: [] } }),
      [`GET ${BASE}/invoice-info`]: () => ({ body: { ...invoiceInfo, taxCodeLocked: true } }),
      [`PUT ${BASE}/invoice-info`]: put,
    });
    const { user } = renderWallet(LIST);
    const details = within(await screen.findByRole("region", { name: "Thông tin xuất hóa đơn" }));
    expect(
      details.getByText("Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa."),
    ).toBeInTheDocument();
    expect(details.getByText(invoiceInfo.address)).toBeInTheDocument();

    await user.click(details.getByRole("button", { name: "Sửa thông tin" }));
    const taxCode = details.getByRole("textbox", { name: "Mã số thuế" });
    expect(taxCode).toHaveAttribute("readonly");
    expect(taxCode).toHaveAccessibleDescription(
      "Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa.",
    );
    await user.type(taxCode, "999");
    expect(taxCode).toHaveValue(invoiceInfo.taxCode);
    const address = details.getByRole("textbox", { name: "Địa chỉ công ty" });
    await user.clear(address);
    await user.type(address, NEW_ADDRESS);
    await user.click(details.getByRole("button", { name: "Lưu thông tin" }));
    await details.findByRole("button", { name: "Sửa thông tin" });
    expect(put).toHaveBeenCalledWith(
      expect.objectContaining({
        body: {
          companyName: invoiceInfo.companyName,
          taxCode: invoiceInfo.taxCode,
          address: NEW_ADDRESS,
          buyer: invoiceInfo.buyer,
          phone: "0901 000 002",
          email: invoiceInfo.email,
        },
      }),
    );
  });

  it("keeps what was typed when the server refuses a tax code that an invoice took meanwhile", async () => {
    walletApi({
      [`GET ${BASE}/invoices`]: () => ({ body: { items: [] } }),
      [`PUT ${BASE}/invoice-info`]: () => apiError(409, "tax_code_invoiced"),
    });
    const { user } = renderWallet(LIST);
    const details = within(await screen.findByRole("region", { name: "Thông tin xuất hóa đơn" }));
    await user.click(details.getByRole("button", { name: "Sửa thông tin" }));
    const taxCode = details.getByRole("textbox", { name: "Mã số thuế" });
    await user.clear(taxCode);
    await user.type(taxCode, "0303490096");
    await user.click(details.getByRole("button", { name: "Lưu thông tin" }));
    const alert = await details.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa lưu được thông tin xuất hóa đơn");
    expect(alert).toHaveTextContent(
      "Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa. Các thông tin khác vẫn sửa được.",
    );
    expect(taxCode).toHaveValue("0303490096");
    expect(details.getByRole("textbox", { name: "Địa chỉ công ty" })).toHaveValue(invoiceInfo.address);
  });
});
