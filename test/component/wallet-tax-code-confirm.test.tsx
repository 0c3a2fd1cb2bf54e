import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { useLocale } from "../../src/i18n/locale";
import { renderWallet } from "./support/render-wallet";
import {
  BASE,
  invoiceInfo,
  resetWalletStores,
  transferTopup,
  wallet,
  walletApi,
} from "./support/wallet-fixtures";

beforeEach(resetWalletStores);

const BUSINESS_TAX_CODE = "0399123457";
const INVOICE_TAX_CODE = "0303490096";
const SENTENCE = "Mã số thuế này sẽ in trên hóa đơn và không đổi được sau khi đã xuất hóa đơn.";

/** A ZCA nothing was paid into yet, whose tax code `confirmed` a person confirmed (or none). */
function firstTopupApi(confirmed: string | null = null) {
  let confirmedTaxCode = confirmed;
  return walletApi({
    [`GET ${BASE}/wallet`]: () => ({ body: wallet({ beforeFirstPayment: { confirmedTaxCode } }) }),
    [`GET ${BASE}/invoice-info`]: () => ({ body: { ...invoiceInfo, taxCode: INVOICE_TAX_CODE } }),
    [`POST ${BASE}/tax-code-confirmation`]: ({ body }: { body: unknown }) => {
      confirmedTaxCode = (body as { taxCode: string }).taxCode;
      return { status: 204 };
    },
    [`POST ${BASE}/topups`]: () => ({ status: 201, body: transferTopup() }),
    [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }),
  });
}

async function askToTopUpByTransfer(user: ReturnType<typeof renderWallet>["user"], invoice = false) {
  await user.type(await screen.findByRole("textbox", { name: "Số tiền nạp" }), "500000");
  await user.click(screen.getByRole("radio", { name: /^Chuyển khoản nhanh/ }));
  if (invoice) {
    await user.click(screen.getByRole("switch", { name: "Xuất hóa đơn" }));
    await screen.findByText(INVOICE_TAX_CODE);
  }
  await user.click(screen.getByRole("button", { name: "Xem thông tin chuyển khoản" }));
}

const posts = (calls: ReturnType<typeof walletApi>["calls"]) =>
  calls.filter((c) => c.method === "POST").map((c) => c.path);

describe("the tax code, confirmed before the first top-up", () => {
  it("shows the ZCA's own tax code and why, and tops up once the person confirms it", async () => {
    const { calls } = firstTopupApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await askToTopUpByTransfer(user);
    const dialog = await screen.findByRole("dialog", { name: "Xác nhận mã số thuế" });
    expect(dialog).toHaveAccessibleDescription(SENTENCE);
    expect(within(dialog).getByText(BUSINESS_TAX_CODE)).toBeInTheDocument();
    expect(within(dialog).getByText("Theo thông tin doanh nghiệp của ZCA.")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Sửa mã số thuế" })).toHaveFocus();
    expect(posts(calls)).toEqual([]);

    await user.click(within(dialog).getByRole("button", { name: "Xác nhận" }));
    expect(await screen.findByText("9600 0000 0013")).toBeInTheDocument();
    expect(posts(calls)).toEqual([`${BASE}/tax-code-confirmation`, `${BASE}/topups`]);
    expect(calls.find((c) => c.path === `${BASE}/tax-code-confirmation`)?.body).toEqual({
      taxCode: BUSINESS_TAX_CODE,
    });
  });

  it("asks about the invoice details' tax code when “Xuất hóa đơn” is on, and “Sửa” opens them", async () => {
    const { calls } = firstTopupApi(BUSINESS_TAX_CODE);
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await askToTopUpByTransfer(user, true);
    const dialog = await screen.findByRole("dialog", { name: "Xác nhận mã số thuế" });
    expect(within(dialog).getByText(INVOICE_TAX_CODE)).toBeInTheDocument();
    expect(within(dialog).getByText("Theo thông tin xuất hóa đơn đã lưu.")).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Sửa mã số thuế" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(await screen.findByRole("textbox", { name: "Mã số thuế" })).toHaveValue(INVOICE_TAX_CODE);
    expect(posts(calls)).toEqual([]);
  });

  it("does not ask again about a tax code already confirmed", async () => {
    const { calls } = firstTopupApi(BUSINESS_TAX_CODE);
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await askToTopUpByTransfer(user);
    expect(await screen.findByText("9600 0000 0013")).toBeInTheDocument();
    expect(posts(calls)).toEqual([`${BASE}/topups`]);
  });

  it("does not ask once a payment was credited", async () => {
    const { calls } = walletApi({
      [`POST ${BASE}/topups`]: () => ({ status: 201, body: transferTopup() }),
      [`GET ${BASE}/topups/topup-2`]: () => ({ body: transferTopup() }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await askToTopUpByTransfer(user);
    expect(await screen.findByText("9600 0000 0013")).toBeInTheDocument();
    expect(posts(calls)).toEqual([`${BASE}/topups`]);
  });

  it("keeps the question open, saying so, when the confirmation fails", async () => {
    const { calls } = walletApi({
      [`GET ${BASE}/wallet`]: () => ({ body: wallet({ beforeFirstPayment: { confirmedTaxCode: null } }) }),
      [`POST ${BASE}/tax-code-confirmation`]: () => ({
        status: 503,
        body: { error: { code: "internal", message: "down" } },
      }),
    });
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await askToTopUpByTransfer(user);
    const dialog = await screen.findByRole("dialog", { name: "Xác nhận mã số thuế" });
    await user.click(within(dialog).getByRole("button", { name: "Xác nhận" }));
    expect(await within(dialog).findByText("Chưa xác nhận được mã số thuế")).toBeInTheDocument();
    expect(posts(calls)).toEqual([`${BASE}/tax-code-confirmation`]);
  });

  it("asks in English too", async () => {
    useLocale.setState({ lang: "en" });
    firstTopupApi();
    const { user } = renderWallet(`${BASE}/wallet/topup`);
    await user.type(await screen.findByRole("textbox", { name: "Amount" }), "500000");
    await user.click(screen.getByRole("radio", { name: /^Fast bank transfer/ }));
    await user.click(screen.getByRole("button", { name: "See the transfer details" }));
    const dialog = await screen.findByRole("dialog", { name: "Confirm the tax code" });
    expect(dialog).toHaveAccessibleDescription(
      "This tax code will be printed on the invoice and cannot be changed once an invoice has been issued.",
    );
    expect(within(dialog).getByRole("button", { name: "Edit the tax code" })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Confirm" })).toBeInTheDocument();
  });
});
