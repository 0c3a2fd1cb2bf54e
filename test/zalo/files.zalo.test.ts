// An invoice's PDF and a report inside Zalo: zmp-sdk's openDocument and downloadFile take only a
// URL, which Zalo's viewer and downloader fetch themselves. The app asks the API for a short-lived
// link each time and hands it to the real SDK; the emulated Zalo fetches it as Zalo would, with no
// session and no cookie, and must get the file's bytes.
import { sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { API_ORIGIN } from "../zalo-host/build";
import { ACTION, type Platform } from "../zalo-host/sdk";
import { seedAccountOf } from "../zalo-host/seed";
import { screenshot, startZaloStack, type Phone, type ZaloStack } from "../zalo-host/stack";
import { button } from "./support";

let stack: ZaloStack;
beforeAll(async () => {
  stack = await startZaloStack();
});
afterAll(() => stack?.stop());
afterEach(() => {
  expect(stack.violations()).toEqual([]);
});

const ACCOUNT = { id: "zca-ngo-lan", name: "Công ty TNHH Ngô Lan" };
const INVOICE = "invoice-ngo-lan-1";
const PDF = Buffer.from("%PDF-1.7\n% Hóa đơn GTGT C26TZC 0000042, Công ty TNHH Ngô Lan\n%%EOF\n");
const LINK = new RegExp(`^${API_ORIGIN}/api/file-links/[A-Za-z0-9_-]{43}/`);

const WORDS = {
  vi: {
    view: "Xem hóa đơn (PDF)",
    save: "Lưu",
    shown: "Đã mở hóa đơn.",
    saved: "Đã lưu hóa đơn vào máy. Mở tệp trong mục Tải về.",
    title: "Hóa đơn số 0000042",
    exportOpen: "Xuất báo cáo",
    download: "Tải báo cáo",
    history: "lich-su-giao-dich",
    reportSaved: (name: string) => `Đã lưu ${name} vào máy.`,
  },
  en: {
    view: "View invoice (PDF)",
    save: "Save",
    shown: "The invoice was opened.",
    saved: "The invoice was saved to the phone. Open it from Downloads.",
    title: "Invoice no. 0000042",
    exportOpen: "Export report",
    download: "Download report",
    history: "transaction-history",
    reportSaved: (name: string) => `${name} saved to this phone.`,
  },
};

/** A credited top-up of Lan's ZCA with its issued invoice and the provider's PDF, as the worker leaves it. */
async function seedInvoice() {
  await stack.database.db.execute(sql`
    WITH entry AS (
      INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider, reference)
      VALUES (${ACCOUNT.id}, 'topup', 500000, 500000, 'bank_transfer', 'bank', 'vcb-ngo-lan-1')
      RETURNING id)
    INSERT INTO invoices (id, account_id, ledger_entry_id, amount, status, buyer_company_name,
      buyer_tax_code, buyer_address, buyer_email, number, series, pdf, issued_at)
    SELECT ${INVOICE}, ${ACCOUNT.id}, id, 500000, 'issued', ${ACCOUNT.name}, '0303490096',
      '12 Lê Lợi, Quận 1, TP. Hồ Chí Minh', '', '0000042', 'C26TZC', ${PDF}, now()
    FROM entry`);
  await stack.database.db.execute(sql`UPDATE accounts SET balance = 500000 WHERE id = ${ACCOUNT.id}`);
}

const fileParams = (phone: Phone, action: string) =>
  phone.host.calls(action).at(-1)!.params as { url?: string; fileUrl?: string; title?: string };

describe.each([
  ["android", "vi"],
  ["iOS", "en"],
] as [Platform, "vi" | "en"][])("files inside Zalo on %s, in %s", (platform, lang) => {
  const w = WORDS[lang];
  let phone: Phone;
  let page: Page;
  beforeAll(async () => {
    await stack.freshDatabase();
    await seedAccountOf(stack.database.db, "lan", ACCOUNT);
    await seedInvoice();
    phone = await stack.phone("lan", platform, { language: lang });
    page = await phone.open(`accounts/${ACCOUNT.id}/wallet/invoices/${INVOICE}`);
    await button(page, w.view).waitFor();
  });
  afterAll(() => phone?.close());

  it("“Xem” hands Zalo's viewer a link that serves the invoice's PDF to a fetch without the session", async () => {
    await screenshot(page, `zalo-invoice-${platform}-${lang}`);
    await button(page, w.view).click();
    await page.getByRole("status").filter({ hasText: w.shown }).waitFor();
    const opened = fileParams(phone, ACTION.openDocument);
    expect(opened.url).toMatch(LINK);
    expect(opened.url).toMatch(/\/hoa-don-C26TZC-0000042\.pdf$/);
    expect(opened.title).toBe(w.title);
    const [fetched] = phone.host.fetchedFiles;
    expect(fetched).toMatchObject({
      action: ACTION.openDocument,
      url: opened.url,
      status: 200,
      contentType: "application/pdf",
      disposition: 'inline; filename="hoa-don-C26TZC-0000042.pdf"',
    });
    expect(fetched!.bytes.equals(PDF)).toBe(true);
    await screenshot(page, `zalo-invoice-shown-${platform}-${lang}`);
  });

  it("“Lưu” has Zalo's downloadFile keep the PDF from a fresh link", async () => {
    await button(page, w.save).click();
    await page.getByRole("status").filter({ hasText: w.saved }).waitFor();
    const saved = fileParams(phone, ACTION.saveFile);
    expect(saved.fileUrl).toMatch(LINK);
    expect(saved.fileUrl).not.toBe(fileParams(phone, ACTION.openDocument).url);
    const fetched = phone.host.fetchedFiles.at(-1)!;
    expect([fetched.action, fetched.url, fetched.status]).toEqual([ACTION.saveFile, saved.fileUrl, 200]);
    expect(fetched.bytes.equals(PDF)).toBe(true);
  });

  it("a link Zalo fetches after it expired gets nothing of the invoice", async () => {
    const url = fileParams(phone, ACTION.saveFile).fileUrl!;
    await stack.database.db.execute(sql`UPDATE file_links SET expires_at = now() - interval '1 second'`);
    const late = await stack.fetchAsZalo(url);
    expect(late.status).toBe(410);
    expect(Buffer.from(await late.arrayBuffer()).includes(PDF)).toBe(false);
  });

  it("“Xuất báo cáo” has Zalo's downloadFile keep the history from a link", async () => {
    const history = await phone.open(`accounts/${ACCOUNT.id}/wallet/history`);
    await button(history, w.exportOpen).click();
    const sheet = history.getByRole("region", { name: w.exportOpen, exact: true });
    await sheet.waitFor();
    await screenshot(history, `zalo-export-${platform}-${lang}`);
    await sheet.getByRole("button", { name: w.download }).click();
    const name = new RegExp(`^${w.history}-\\d{4}-\\d{2}-\\d{4}-\\d{2}\\.xlsx$`);
    const status = sheet.getByRole("status");
    await expect.poll(() => status.textContent()).toMatch(/\.xlsx/);
    const saved = fileParams(phone, ACTION.saveFile);
    expect(saved.fileUrl).toMatch(LINK);
    const fileName = saved.fileUrl!.split("/").at(-1)!;
    expect(fileName).toMatch(name);
    expect(await status.textContent()).toBe(w.reportSaved(fileName));
    const fetched = phone.host.fetchedFiles.at(-1)!;
    expect(fetched).toMatchObject({
      action: ACTION.saveFile,
      status: 200,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      disposition: `attachment; filename="${fileName}"`,
    });
    // An XLSX is a zip: its first bytes are "PK".
    expect(fetched.bytes.subarray(0, 2).toString()).toBe("PK");
    await screenshot(history, `zalo-export-saved-${platform}-${lang}`);
    await history.close();
  });
});
