// Issue 26's "Done when", as Bình lives it at 390×844 in Vietnamese: a top-up with "Xuất hóa đơn"
// and one without each get one e-invoice (made out with the saved invoice details, and with the
// ZCA's own business details), issued by the worker through the Viettel S-Invoice stand-in and
// emailed; both are in "Quản lý hóa đơn", one opens with its PDF, and editing the invoice details
// afterwards changes neither the issued invoice's buyer on screen nor what the API says. Then a
// wrong address is corrected by a replacement invoice (Decree 70/2025), issued and emailed, the
// two linked on screen, and the tax code on those invoices is shown locked, in Vietnamese and English.
import { writeFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Invoice } from "../../src/domain/invoices";
import { pdfTextLines } from "./support/pdf-text";
import { SCREENSHOTS, screenSettled, screenshot, startE2e, type E2e } from "./support/harness";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.stop());

const ACCOUNT = "zca-binh-minh";
/** The ZCA's own business details, as seeded. */
const BUSINESS = {
  name: "Công ty TNHH Bình Minh",
  taxCode: "0399123457",
  address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
  email: "lienhe@binhminh.example",
};
/** The invoice details Bình saves before topping up: another name and email than the business's. */
const DETAILS = { name: "Công ty Cổ phần Ánh Dương Việt", email: "hoadon@anhduong.example.vn" };
/** What she changes them to once both invoices are issued. */
const LATER = { name: "Công ty TNHH Hoàng Kim Phát", email: "ketoan@hoangkim.example.vn" };

const button = (page: Page, name: string | RegExp) => page.getByRole("button", { name, exact: true });
const invoiceRows = (page: Page) => page.getByRole("list", { name: "Hóa đơn điện tử" }).getByRole("listitem");

/** "Quản lý hóa đơn"'s card of invoice details: "Sửa thông tin", a new name and email, "Lưu thông tin". */
async function editInvoiceDetails(page: Page, to: { name: string; email: string }) {
  await button(page, "Sửa thông tin").click();
  await page.getByRole("textbox", { name: "Tên công ty", exact: true }).fill(to.name);
  await page.getByRole("textbox", { name: "Email nhận hóa đơn", exact: true }).fill(to.email);
  await button(page, "Lưu thông tin").click();
  // Saved, the form closes and the card shows what future invoices will carry.
  const card = page.getByRole("region", { name: "Thông tin xuất hóa đơn" });
  await card.getByRole("button", { name: "Sửa thông tin", exact: true }).waitFor();
  await card.getByText(to.name, { exact: true }).waitFor();
  await card.getByText(to.email, { exact: true }).waitFor();
}

/** From the ZCA's home: "Nạp tiền", the amount, "Xuất hóa đơn" or not, then paid in the dev checkout. */
async function topUp(page: Page, amount: string, withInvoice: boolean) {
  await button(page, "Nạp tiền").click();
  await page.getByRole("textbox", { name: "Số tiền nạp" }).fill(amount.replace(/\D/g, ""));
  const invoiceSwitch = page.getByRole("switch", { name: "Xuất hóa đơn" });
  await invoiceSwitch.setChecked(withInvoice);
  if (withInvoice) await page.getByText(DETAILS.email).waitFor();
  await button(page, `Thanh toán ${amount}`).click();
  const sheet = page.getByRole("dialog", { name: "Thanh toán thử" });
  await sheet.getByRole("button", { name: "Thanh toán thành công", exact: true }).click();
  await page.getByRole("heading", { name: "Nạp tiền thành công" }).waitFor();
  await button(page, "Về trang ZCA").click();
  await screenSettled(page);
}

/** The invoices as `GET /api/accounts/:id/invoices` answers the list screen as it opens. */
function listedByApi(page: Page): Promise<Invoice[]> {
  return page
    .waitForResponse((r) => new URL(r.url()).pathname === `/api/accounts/${ACCOUNT}/invoices`)
    .then(async (response) => {
      expect(response.status()).toBe(200);
      return ((await response.json()) as { items: Invoice[] }).items;
    });
}

describe("e-invoices, from a top-up to its PDF", () => {
  it("issues one invoice per top-up with the right buyer, emails it, shows it and its PDF, and keeps it as issued", async () => {
    const { page, context } = await e2e.open(`?as=binh&lang=vi`);
    await button(page, "Nạp tiền").waitFor();

    // The invoice details that "Xuất hóa đơn" will use, saved in "Quản lý hóa đơn".
    await button(page, "Hóa đơn").click();
    await page.getByRole("heading", { name: "Thông tin xuất hóa đơn" }).waitFor();
    await editInvoiceDetails(page, DETAILS);
    await page.goBack();
    await screenSettled(page);

    await topUp(page, "200.000 đ", true);
    await topUp(page, "100.000 đ", false);

    // The worker issues both through the provider, which emails each buyer.
    await expect
      .poll(() => e2e.einvoice.invoices().map((i) => ({ buyer: i.buyer, total: i.total })))
      .toEqual([
        // The details' own address (seeded: the ZCA's, the same company).
        { buyer: { ...BUSINESS, name: DETAILS.name, email: DETAILS.email }, total: 200_000 },
        { buyer: BUSINESS, total: 100_000 },
      ]);
    const [withDetails, withBusiness] = e2e.einvoice.invoices();
    await expect
      .poll(() => e2e.einvoice.emails().map(({ to, invoiceNo }) => ({ to, invoiceNo })))
      .toEqual([
        { to: DETAILS.email, invoiceNo: withDetails!.invoiceNo },
        { to: BUSINESS.email, invoiceNo: withBusiness!.invoiceNo },
      ]);

    // "Quản lý hóa đơn": newest first, each with its buyer and the email it went to.
    await button(page, "Hóa đơn").click();
    const rows = invoiceRows(page);
    await expect.poll(() => rows.count()).toBe(2);
    const byBusiness = rows.filter({ hasText: "100.000 đ" });
    await byBusiness.getByText(BUSINESS.name).waitFor();
    await byBusiness.getByText(`Đã gửi email tới ${BUSINESS.email}`).waitFor();
    const byDetails = rows.filter({ hasText: "200.000 đ" });
    await byDetails.getByText(DETAILS.name).waitFor();
    await byDetails.getByText(`Đã gửi email tới ${DETAILS.email}`).waitFor();
    await screenshot(page, "invoices-vi-1-list");

    // One invoice: its number and series as the provider gave them, and whom it is made out to.
    await byDetails.getByRole("button").click();
    const facts = page.getByRole("region", { name: /^Số / });
    await facts.getByText(withDetails!.series).first().waitFor();
    const buyer = page.getByRole("region", { name: "Người mua" });
    await buyer.getByText(DETAILS.name, { exact: true }).waitFor();
    await buyer.getByText(BUSINESS.taxCode, { exact: true }).waitFor();
    await buyer.getByText(DETAILS.email, { exact: true }).waitFor();
    await screenshot(page, "invoices-vi-2-invoice");

    // "Xem hóa đơn (PDF)": a new tab on the PDF the provider signed.
    const [tab] = await Promise.all([
      context.waitForEvent("page"),
      button(page, "Xem hóa đơn (PDF)").click(),
    ]);
    await page.getByRole("status").getByText("Đã mở hóa đơn trong thẻ mới.").waitFor();
    expect(tab.url()).toMatch(/^blob:/);
    const pdf = Buffer.from(
      await page.evaluate(async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        return Array.from(bytes);
      }, tab.url()),
    );
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Headless Chromium shows no PDF: its text is read back instead, Vietnamese as written, in the
    // DejaVu Sans it embeds (every Vietnamese glyph). The lead gets the file to look at.
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    const lines = pdfTextLines(pdf);
    expect(lines).toContain("HÓA ĐƠN GIÁ TRỊ GIA TĂNG");
    expect(lines).toContain(DETAILS.name);
    expect(lines).toContain(`Mã số thuế: ${BUSINESS.taxCode}`);
    expect(lines).toContain(`Địa chỉ: ${BUSINESS.address}`);
    expect(lines).toContain(`Email: ${DETAILS.email}`);
    expect(lines).toContain("Tổng tiền thanh toán: 200.000 ₫");
    await writeFile(`${SCREENSHOTS}/invoices-vi-3-invoice.pdf`, pdf);
    await tab.close();

    // Bình changes the invoice details afterwards: the issued invoice keeps its buyer.
    await page.goBack();
    await screenSettled(page);
    await editInvoiceDetails(page, LATER);
    await byDetails.getByText(DETAILS.name).waitFor();
    const listed = listedByApi(page);
    await page.reload();
    const afterEdit = await listed;
    expect(
      afterEdit.map((i) => ({ amount: i.amount, buyer: i.buyer.companyName, email: i.buyer.email })),
    ).toEqual([
      { amount: 100_000, buyer: BUSINESS.name, email: BUSINESS.email },
      { amount: 200_000, buyer: DETAILS.name, email: DETAILS.email },
    ]);
    await invoiceRows(page).filter({ hasText: "200.000 đ" }).getByRole("button").click();
    await page.getByRole("region", { name: "Người mua" }).getByText(DETAILS.name, { exact: true }).waitFor();
    await expect.poll(() => page.getByText(LATER.name).count()).toBe(0);
    expect(e2e.einvoice.invoices().map((i) => i.buyer.name)).toEqual([DETAILS.name, BUSINESS.name]);
    await context.close();
  });

  it("corrects a wrong address by a replacement invoice, emailed and linked both ways, and shows the tax code locked", async () => {
    const NEW_ADDRESS = "27 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh";
    const { page, context } = await e2e.open(`?as=binh&lang=vi`);
    await button(page, "Hóa đơn").click();
    const original = e2e.einvoice.invoices().find((i) => i.buyer.name === BUSINESS.name)!;
    await invoiceRows(page).filter({ hasText: "100.000 đ" }).getByRole("button").click();

    // “Sửa tên công ty hoặc địa chỉ”: the two fields, the tax code fixed, then what will happen.
    await button(page, "Sửa tên công ty hoặc địa chỉ").click();
    const form = page.getByRole("region", { name: "Sửa tên công ty hoặc địa chỉ" });
    const address = form.getByRole("textbox", { name: "Địa chỉ", exact: true });
    await address.fill(NEW_ADDRESS);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, "invoices-vi-4-correction-form");
    await form.getByRole("button", { name: "Tiếp tục", exact: true }).click();
    await form.getByRole("heading", { name: "Xuất hóa đơn thay thế?" }).waitFor();
    await form.getByText(`gửi tới ${BUSINESS.email}`, { exact: false }).waitFor();
    await screenshot(page, "invoices-vi-5-correction-confirm");
    await form.getByRole("button", { name: "Xuất hóa đơn thay thế", exact: true }).click();
    await page.getByText("Đã yêu cầu xuất hóa đơn thay thế. Hóa đơn mới sẽ được gửi qua email.").waitFor();

    // The provider issues it as a replacement of the original, emails it, and marks the original.
    await expect
      .poll(() => e2e.einvoice.invoices().find((i) => i.replaces?.invoiceNo === original.invoiceNo)?.buyer)
      .toEqual({ ...BUSINESS, address: NEW_ADDRESS });
    const replacement = e2e.einvoice.invoices().find((i) => i.replaces?.invoiceNo === original.invoiceNo)!;
    await expect
      .poll(() => e2e.einvoice.emails().some((e) => e.invoiceNo === replacement.invoiceNo))
      .toBe(true);
    expect(e2e.einvoice.invoices().find((i) => i.invoiceNo === original.invoiceNo)!.replacedBy).toBe(
      replacement.invoiceNo,
    );

    // On screen, each says what the other is, and links to it; the original keeps its buyer.
    const shown = (invoiceNo: string, series: string) => invoiceNo.slice(series.length);
    await page.reload();
    const toReplacement = button(
      page,
      `Đã được thay thế bởi hóa đơn số ${shown(replacement.invoiceNo, replacement.series)}`,
    );
    await toReplacement.waitFor();
    await page
      .getByRole("region", { name: "Người mua" })
      .getByText(BUSINESS.address, { exact: true })
      .waitFor();
    await expect.poll(() => button(page, "Sửa tên công ty hoặc địa chỉ").count()).toBe(0);
    await screenshot(page, "invoices-vi-6-replaced");
    await toReplacement.click();
    await button(page, `Thay thế cho hóa đơn số ${shown(original.invoiceNo, original.series)}`).waitFor();
    await page.getByRole("region", { name: "Người mua" }).getByText(NEW_ADDRESS, { exact: true }).waitFor();
    await screenshot(page, "invoices-vi-7-replacement");

    // The invoice details: their address, and the tax code on those invoices, locked, said so.
    await page.goBack();
    await page.goBack();
    await screenSettled(page);
    const details = page.getByRole("region", { name: "Thông tin xuất hóa đơn" });
    await details.getByText(BUSINESS.address, { exact: true }).waitFor();
    await details.getByRole("button", { name: "Sửa thông tin", exact: true }).click();
    const taxCode = details.getByRole("textbox", { name: "Mã số thuế", exact: true });
    expect(await taxCode.getAttribute("readonly")).not.toBeNull();
    await details.getByText("Mã số thuế này đã có trên hóa đơn đã xuất nên không đổi được nữa.").waitFor();
    await details.scrollIntoViewIfNeeded();
    await screenshot(page, "invoices-vi-8-details-locked");
    await context.close();

    // The same in English.
    const en = await e2e.open(`?as=binh&lang=en`);
    await button(en.page, "Invoices").click();
    const rows = en.page.getByRole("list", { name: "E-invoices" }).getByRole("listitem");
    await rows
      .filter({ hasText: `Replaced by invoice no. ${shown(replacement.invoiceNo, replacement.series)}` })
      .waitFor();
    await screenshot(en.page, "invoices-en-1-list");
    await rows.filter({ hasText: "Replaces invoice no." }).getByRole("button").click();
    await button(en.page, `Replaces invoice no. ${shown(original.invoiceNo, original.series)}`).waitFor();
    await button(en.page, "Correct the company name or address").click();
    await en.page
      .getByRole("region", { name: "Correct the company name or address" })
      .scrollIntoViewIfNeeded();
    await screenshot(en.page, "invoices-en-2-correction-form");
    await en.page.goBack();
    await screenSettled(en.page);
    const enDetails = en.page.getByRole("region", { name: "Invoice details" });
    await enDetails.getByRole("button", { name: "Edit details", exact: true }).click();
    await enDetails
      .getByText("This tax code is on an issued invoice, so it can no longer be changed.")
      .waitFor();
    await enDetails.scrollIntoViewIfNeeded();
    await screenshot(en.page, "invoices-en-3-details-locked");
    await en.context.close();
  });
});
