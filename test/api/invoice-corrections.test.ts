// Issue 26's invoice rules over real HTTP: a tax code on an invoice can no longer change (in the
// invoice details and in the business details), the invoice details carry their own address, and
// a wrong company name or address is corrected only by a replacement invoice that references the
// original (Decree 70/2025), issued and emailed through the provider's stand-in.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { REPLACEMENT_REASON } from "../../server/einvoice/viettel";
import { issueDueInvoices } from "../../server/services/invoices";
import { SEED_ACCOUNT_BUSINESS } from "../../server/seed/directory";
import type { Invoice } from "../../src/domain/invoices";
import { quietLog } from "../support/log";
import { auditActions, countRows, createBody, postAccount } from "./helpers/fixtures";
import { einvoiceStandIn, OTHER_COMPANY_DETAILS, TEST_EINVOICE } from "./helpers/einvoice";
import { freshServer } from "./helpers/fresh-server";
import { checkoutCallback } from "./helpers/payments";

const { server } = freshServer({ consistency: true });
const ACCOUNT = "zca-binh-minh";
const { accountId: _id, updatedBy: _by, updatedAt: _at, ...BUSINESS } = SEED_ACCOUNT_BUSINESS[0]!;
const DETAILS = OTHER_COMPANY_DETAILS;
/** Another tax code that passes the check digit. */
const OTHER_TAX_CODE = "0399000014";
const CORRECTION = {
  companyName: "Công ty Cổ phần Kế Toán Sao Việt Nam",
  address: "122 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
};

const provider = einvoiceStandIn();

let binh: string;
beforeEach(async () => {
  binh = await server.signIn("binh");
});

const work = () => issueDueInvoices(server.db, provider.einvoice, quietLog());
const invoiceInfoPath = `/api/accounts/${ACCOUNT}/invoice-info`;
const putDetails = (body: object, token = binh) => server.request("PUT", invoiceInfoPath, { token, body });
const replacementPath = (invoiceId: string, account = ACCOUNT) =>
  `/api/accounts/${account}/invoices/${invoiceId}/replacement`;
const replace = (invoiceId: string, body: object = CORRECTION, token = binh, account = ACCOUNT) =>
  server.post(replacementPath(invoiceId, account), token, body);

/** A top-up paid online, "Xuất hóa đơn" on or off; answers once its invoice is opened. */
async function paidTopup(amount: number, invoice: boolean) {
  const res = await server.post(
    `/api/accounts/${ACCOUNT}/topups`,
    binh,
    { amount, method: "checkout", invoice },
    { "Idempotency-Key": `corrections-${randomUUID()}` },
  );
  expect(res.status, res.text).toBe(201);
  const callback = await server.post(
    "/api/payments/checkout/callback",
    undefined,
    checkoutCallback(res.body),
  );
  expect(callback.body.returnCode).toBe(1);
}

const listInvoices = async (): Promise<Invoice[]> => {
  const res = await server.get(`/api/accounts/${ACCOUNT}/invoices`, binh);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

/** An invoice made out to the invoice details, issued and emailed. */
async function issuedToDetails(): Promise<Invoice> {
  expect((await putDetails(DETAILS)).status).toBe(200);
  await paidTopup(1_100_000, true);
  await work();
  const [invoice] = await listInvoices();
  expect(invoice).toMatchObject({ status: "emailed", buyer: { taxCode: DETAILS.taxCode } });
  return invoice!;
}

describe("the tax code on an invoice cannot change", () => {
  it("lets the invoice details' tax code change before any invoice, and refuses it with 409 once an invoice carries it", async () => {
    const before = await putDetails(DETAILS);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ taxCode: DETAILS.taxCode, taxCodeLocked: false });
    expect((await putDetails({ ...DETAILS, taxCode: OTHER_TAX_CODE })).status).toBe(200);
    expect((await putDetails(DETAILS)).status).toBe(200);

    await paidTopup(500_000, true);
    expect((await server.get(invoiceInfoPath, binh)).body).toMatchObject({ taxCodeLocked: true });
    const refused = await putDetails({ ...DETAILS, companyName: "Công ty Mới", taxCode: OTHER_TAX_CODE });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("tax_code_invoiced");
    // Nothing of the refused change was written; the other fields still change.
    expect((await server.get(invoiceInfoPath, binh)).body).toMatchObject({
      companyName: DETAILS.companyName,
      taxCode: DETAILS.taxCode,
    });
    const renamed = await putDetails({ ...DETAILS, companyName: "Công ty Cổ phần Sao Việt Mới" });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ companyName: "Công ty Cổ phần Sao Việt Mới", taxCodeLocked: true });
  });

  it("locks the business details' tax code once an invoice was made out with it, and leaves the other fields editable", async () => {
    const patch = (business: object) =>
      server.request("PATCH", `/api/accounts/${ACCOUNT}/business`, {
        token: binh,
        body: business,
      });
    const account = () => server.get(`/api/accounts/${ACCOUNT}`, binh);
    expect((await account()).body.businessTaxCodeLocked).toBe(false);
    expect((await patch({ ...BUSINESS, taxCode: OTHER_TAX_CODE })).status).toBe(200);
    expect((await patch(BUSINESS)).status).toBe(200);

    await paidTopup(200_000, false);
    expect((await account()).body.businessTaxCodeLocked).toBe(true);
    const refused = await patch({ ...BUSINESS, taxCode: OTHER_TAX_CODE });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("tax_code_invoiced");
    expect((await account()).body.business.taxCode).toBe(BUSINESS.taxCode);
    const moved = await patch({
      ...BUSINESS,
      address: "30 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
    });
    expect(moved.status).toBe(200);
  });

  it("is not locked by another ZCA's invoices carrying the same tax code", async () => {
    // Bình's invoice details name An's company: Bình's invoice carries An's tax code.
    const an = await server.signIn("an");
    const anZca = (await postAccount(server, an, createBody())).body;
    expect((await putDetails({ ...DETAILS, taxCode: anZca.business.taxCode })).status).toBe(200);
    await paidTopup(300_000, true);
    expect((await listInvoices())[0]!.buyer.taxCode).toBe(anZca.business.taxCode);

    const anAccount = await server.get(`/api/accounts/${anZca.id}`, an);
    expect(anAccount.body.businessTaxCodeLocked).toBe(false);
    const changed = await server.request("PATCH", `/api/accounts/${anZca.id}/business`, {
      token: an,
      body: { ...anAccount.body.business, taxCode: OTHER_TAX_CODE },
    });
    expect(changed.status, changed.text).toBe(200);
  });

  it("never lets a change and a credit racing each other leave an invoice with a tax code that changed after it", async () => {
    expect((await putDetails(DETAILS)).status).toBe(200);
    const [change] = await Promise.all([
      putDetails({ ...DETAILS, taxCode: OTHER_TAX_CODE }),
      paidTopup(400_000, true),
    ]);
    const [invoice] = await listInvoices();
    if (change.status === 200) {
      // The change came first: the credit's invoice took the new tax code.
      expect(invoice!.buyer.taxCode).toBe(OTHER_TAX_CODE);
    } else {
      expect(change.status).toBe(409);
      expect(invoice!.buyer.taxCode).toBe(DETAILS.taxCode);
      expect((await server.get(invoiceInfoPath, binh)).body.taxCode).toBe(DETAILS.taxCode);
    }
  });
});

describe("the invoice details' address", () => {
  it("is required, and is the address on the invoices they make out", async () => {
    const { address: _address, ...withoutAddress } = DETAILS;
    const missing = await putDetails(withoutAddress);
    expect(missing.status).toBe(400);
    expect((await putDetails({ ...DETAILS, address: "Q1" })).body.error.fields).toEqual({
      address: "too_short",
    });
    await issuedToDetails();
    expect((await listInvoices())[0]!.buyer.address).toBe(DETAILS.address);
    expect(provider.standIn.invoices().at(-1)!.buyer.address).toBe(DETAILS.address);
  });

  it("falls back to the ZCA's address on details saved before it was asked, when they name the same company", async () => {
    await putDetails({ ...DETAILS, taxCode: BUSINESS.taxCode });
    await server.db.execute(sql`UPDATE invoice_info SET address = '' WHERE account_id = ${ACCOUNT}`);
    await paidTopup(100_000, true);
    expect((await listInvoices())[0]!.buyer.address).toBe(BUSINESS.address);
  });
});

describe("POST /api/accounts/:id/invoices/:invoiceId/replacement", () => {
  it("issues and emails a replacement that references the original, which stays on record, replaced", async () => {
    const original = await issuedToDetails();
    const made = await replace(original.id);
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({
      status: "issuing",
      amount: original.amount,
      topupId: original.topupId,
      buyer: { ...CORRECTION, taxCode: DETAILS.taxCode, email: DETAILS.email },
      replaces: { id: original.id, number: original.number, series: original.series },
      replacedBy: null,
    });
    expect(await auditActions(server.db, ACCOUNT)).toContain(`wallet.invoice_replacement:${made.body.id}`);

    await work();
    const [replacement, replaced] = await listInvoices();
    expect(replacement).toMatchObject({ id: made.body.id, status: "emailed", replaces: { id: original.id } });
    expect(replaced).toMatchObject({
      id: original.id,
      status: "emailed",
      buyer: { companyName: DETAILS.companyName, address: DETAILS.address },
      replacedBy: { id: replacement!.id, number: replacement!.number, series: TEST_EINVOICE.series },
    });
    // The provider got Viettel's replacement fields and marked its original replaced.
    const provided = provider.standIn.invoices();
    expect(provided.find((i) => i.transactionUuid === replacement!.id)).toMatchObject({
      buyer: { name: CORRECTION.companyName, address: CORRECTION.address, taxCode: DETAILS.taxCode },
      replaces: { invoiceNo: original.number, reason: REPLACEMENT_REASON },
    });
    expect(provided.find((i) => i.transactionUuid === original.id)!.replacedBy).toBe(replacement!.number);
    expect(provider.standIn.emails().filter((e) => e.invoiceNo === replacement!.number)).toEqual([
      {
        to: DETAILS.email,
        subject: expect.stringContaining(replacement!.number!),
        invoiceNo: replacement!.number,
      },
    ]);
  });

  it("makes one replacement whatever the double taps and replays, and refuses another correction of the same invoice", async () => {
    const original = await issuedToDetails();
    const answers = await Promise.all(Array.from({ length: 10 }, () => replace(original.id)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await countRows(server.db, "invoices", sql`replaces_invoice_id IS NOT NULL`)).toBe(1);
    const other = await replace(original.id, {
      ...CORRECTION,
      address: "1 Lê Duẩn, Quận 1, TP. Hồ Chí Minh",
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe("invoice_replaced");
  });

  it("refuses an invoice not issued yet, a correction that changes nothing, a tax code, and bad fields", async () => {
    expect((await putDetails(DETAILS)).status).toBe(200);
    await paidTopup(600_000, true);
    const [issuing] = await listInvoices();
    const early = await replace(issuing!.id);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("invoice_not_issued");

    await work();
    const same = await replace(issuing!.id, { companyName: DETAILS.companyName, address: DETAILS.address });
    expect(same.status).toBe(409);
    expect(same.body.error.code).toBe("invoice_unchanged");
    // Spaces around the same words are the same words.
    const padded = await replace(issuing!.id, {
      companyName: ` ${DETAILS.companyName} `,
      address: DETAILS.address,
    });
    expect(padded.body.error?.code).toBe("invoice_unchanged");
    for (const body of [
      { ...CORRECTION, taxCode: OTHER_TAX_CODE },
      { companyName: CORRECTION.companyName },
      { ...CORRECTION, address: "Q1" },
      { ...CORRECTION, companyName: "x".repeat(5000) },
      [],
    ]) {
      expect((await replace(issuing!.id, body)).status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect(await countRows(server.db, "invoices", sql`replaces_invoice_id IS NOT NULL`)).toBe(0);
  });

  it("lets only the ZCA's wallet members correct its own invoices", async () => {
    const original = await issuedToDetails();
    const giang = await server.signIn("giang");
    expect((await replace(original.id, CORRECTION, giang)).status).toBe(403);
    const an = await server.signIn("an");
    const anZca = (await postAccount(server, an, createBody())).body.id as string;
    expect((await replace(original.id, CORRECTION, an, anZca)).status).toBe(404);
    expect((await replace(original.id, CORRECTION, an)).status).toBe(403);
    expect((await replace("invoice-unknown")).status).toBe(404);
    expect((await server.post(replacementPath(original.id), undefined, CORRECTION)).status).toBe(401);
    expect(await countRows(server.db, "invoices", sql`replaces_invoice_id IS NOT NULL`)).toBe(0);
    // Finance may.
    const em = await server.signIn("em");
    expect((await replace(original.id, CORRECTION, em)).status).toBe(201);
  });
});

describe("the provider's stand-in checks a replacement's reference", () => {
  const buyer = {
    companyName: "Công ty Sao Việt",
    taxCode: DETAILS.taxCode,
    address: DETAILS.address,
    email: "",
  };
  const issue = (replaces: { invoiceNo: string; issuedAt: Date }, taxCode = DETAILS.taxCode) =>
    provider.einvoice.issue({
      transactionUuid: `invoice-${randomUUID()}`,
      buyer: { ...buyer, taxCode },
      amount: 110_000,
      issuedAt: new Date(),
      replaces: { ...replaces, reason: REPLACEMENT_REASON, agreedAt: new Date() },
    });

  it("refuses an original it never issued, another day, another buyer tax code, or one already replaced", async () => {
    const original = await provider.einvoice.issue({
      transactionUuid: `invoice-${randomUUID()}`,
      buyer,
      amount: 110_000,
      issuedAt: new Date(),
    });
    const [stored] = provider.standIn.invoices().filter((i) => i.invoiceNo === original.invoiceNo);
    const reference = { invoiceNo: original.invoiceNo, issuedAt: stored!.issuedAt };
    await expect(issue({ ...reference, invoiceNo: "C26TZC999999" })).rejects.toThrow(
      /ORIGINAL_INVOICE_INVALID/,
    );
    await expect(issue({ ...reference, issuedAt: new Date(Date.now() - 3 * 86_400_000) })).rejects.toThrow(
      /ORIGINAL_INVOICE_INVALID/,
    );
    await expect(issue(reference, OTHER_TAX_CODE)).rejects.toThrow(/ORIGINAL_INVOICE_INVALID/);
    const replacement = await issue(reference);
    expect(provider.standIn.invoices().find((i) => i.invoiceNo === original.invoiceNo)!.replacedBy).toBe(
      replacement.invoiceNo,
    );
    await expect(issue(reference)).rejects.toThrow(/ORIGINAL_INVOICE_INVALID/);
  });
});
