// E-invoices over real HTTP (issue 26): one per credited payment whatever the retries and races,
// issued through the provider's stand-in by the worker, made out to a snapshot of the buyer, and
// read only by the ZCA's members who see its wallet.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import {
  INVOICE_MAX_ATTEMPTS,
  INVOICE_RETRY_BASE_MS,
  issueDueInvoices,
} from "../../server/services/invoices";
import { quietLog } from "../support/log";
import { countRows, createBody, postAccount, queryRows } from "./helpers/fixtures";
import { einvoiceStandIn, OTHER_COMPANY_DETAILS } from "./helpers/einvoice";
import { freshServer } from "./helpers/fresh-server";
import { bankNoticeRequest, checkoutCallback } from "./helpers/payments";

const { server } = freshServer({ consistency: true });
const ACCOUNT = "zca-binh-minh";
/** The ZCA's own business details, as seeded. */
const BUSINESS = {
  companyName: "Công ty TNHH Bình Minh",
  taxCode: "0399123457",
  address: "25 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
  email: "lienhe@binhminh.example",
};
const DETAILS = OTHER_COMPANY_DETAILS;

const provider = einvoiceStandIn();

let binh: string;
beforeEach(async () => {
  provider.standIn.setDown(false);
  provider.standIn.refuseNext(0);
  provider.standIn.loseNextAnswers(0);
  binh = await server.signIn("binh");
});

/** One pass of the worker, at `at` (now by default). */
const work = (at = new Date()) => issueDueInvoices(server.db, provider.einvoice, quietLog(), at);

async function checkoutTopup(amount: number, invoice = false): Promise<{ id: string; amount: number }> {
  const res = await server.post(
    `/api/accounts/${ACCOUNT}/topups`,
    binh,
    { amount, method: "checkout", invoice },
    { "Idempotency-Key": `invoices-${randomUUID()}` },
  );
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const pay = (topup: { id: string; amount: number }) =>
  server.post("/api/payments/checkout/callback", undefined, checkoutCallback(topup));

async function bankTransfer(amount: number, content = "NAP ZCA") {
  const accountNumber = (await server.get(`/api/accounts/${ACCOUNT}/wallet`, binh)).body.bankTransfer
    .accountNumber;
  const body = {
    transactionId: `vcb-${randomUUID()}`,
    accountNumber,
    amount,
    content,
    paidAt: new Date().toISOString(),
  };
  const res = await server.request("POST", "/api/payments/bank/webhook", bankNoticeRequest(body));
  expect(res.body).toMatchObject({ ok: true, outcome: "credited" });
}

const listInvoices = async (query = "", token = binh) => {
  const res = await server.get(`/api/accounts/${ACCOUNT}/invoices${query}`, token);
  expect(res.status, res.text).toBe(200);
  return res.body.items as {
    id: string;
    number: string | null;
    series: string | null;
    topupId: string | null;
    amount: number;
    status: string;
    issuedAt: string | null;
    buyer: typeof BUSINESS;
  }[];
};

describe("one invoice per credited payment", () => {
  it("makes one invoice for a top-up whose callback comes 20 times at once, issued and emailed once", async () => {
    const topup = await checkoutTopup(550_000);
    const answers = await Promise.all(Array.from({ length: 20 }, () => pay(topup)));
    expect(answers.every((res) => res.body.returnCode === 1)).toBe(true);
    const [waiting] = await listInvoices();
    expect(waiting).toMatchObject({
      topupId: topup.id,
      amount: 550_000,
      status: "issuing",
      number: null,
      issuedAt: null,
      buyer: BUSINESS,
    });
    expect(await countRows(server.db, "invoices")).toBe(1);

    await Promise.all([work(), work()]);
    const [done] = await listInvoices();
    expect(done).toMatchObject({ id: waiting!.id, status: "emailed", series: "C26TZC" });
    expect(done!.number).toMatch(/^C26TZC\d+$/);
    expect(done!.issuedAt).not.toBeNull();
    const made = provider.standIn.invoices().filter((i) => i.transactionUuid === waiting!.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ total: 550_000, line: { withoutTax: 500_000, tax: 50_000 } });
    expect(provider.standIn.emails().filter((e) => e.invoiceNo === done!.number)).toEqual([
      { to: BUSINESS.email, subject: expect.stringContaining(done!.number!), invoiceNo: done!.number },
    ]);
  });

  it("makes out a top-up with “Xuất hóa đơn” to the saved invoice details, and a later edit leaves it as it was", async () => {
    await server.request("PUT", `/api/accounts/${ACCOUNT}/invoice-info`, { token: binh, body: DETAILS });
    await pay(await checkoutTopup(1_100_000, true));
    await pay(await checkoutTopup(200_000, false));
    await work();
    await server.request("PUT", `/api/accounts/${ACCOUNT}/invoice-info`, {
      token: binh,
      body: { ...DETAILS, companyName: "Công ty Cổ phần Sao Việt Mới", email: "moi@saoviet.example" },
    });
    const [withoutInvoice, withInvoice] = await listInvoices();
    expect(withInvoice!.buyer).toEqual({
      companyName: DETAILS.companyName,
      taxCode: DETAILS.taxCode,
      address: DETAILS.address,
      email: DETAILS.email,
    });
    expect(withoutInvoice!.buyer).toEqual(BUSINESS);
    const made = provider.standIn.invoices().find((i) => i.transactionUuid === withInvoice!.id);
    expect(made!.buyer.name).toBe(DETAILS.companyName);
  });

  it("makes out a bank transfer credited without a top-up to the ZCA's own details, and one with HDDN to the invoice details", async () => {
    await server.request("PUT", `/api/accounts/${ACCOUNT}/invoice-info`, { token: binh, body: DETAILS });
    await bankTransfer(3_000_000);
    await bankTransfer(2_000_000, "HDDN nap tien");
    const [hddn, plain] = await listInvoices();
    expect(plain).toMatchObject({ topupId: null, amount: 3_000_000, buyer: BUSINESS });
    expect(hddn).toMatchObject({ topupId: null, amount: 2_000_000, buyer: { taxCode: DETAILS.taxCode } });
  });
});

describe("the provider down, refusing or losing answers", () => {
  it("keeps the invoice issuing while the provider is down, and issues it once later", async () => {
    await pay(await checkoutTopup(300_000));
    provider.standIn.setDown(true);
    expect(await work()).toBe(0);
    const [row] = await queryRows<{
      status: string;
      attempts: number;
      next_attempt_at: Date;
      last_error: string;
    }>(server.db, sqlInvoice());
    expect(row).toMatchObject({ status: "issuing", attempts: 1 });
    expect(row!.last_error).toContain("503");
    // Not before its wait is over, even once the provider is back.
    provider.standIn.setDown(false);
    expect(await work()).toBe(0);
    expect(await work(new Date(Date.now() + INVOICE_RETRY_BASE_MS + 1000))).toBe(1);
    const [invoice] = await listInvoices();
    expect(invoice!.status).toBe("emailed");
    expect(provider.standIn.invoices().filter((i) => i.transactionUuid === invoice!.id)).toHaveLength(1);
  });

  it("gets the same invoice when an answer was lost and the call is made again with the same transactionUuid", async () => {
    await pay(await checkoutTopup(400_000));
    provider.standIn.loseNextAnswers(1);
    const before = provider.standIn.invoices().length;
    await work();
    expect(provider.standIn.invoices().length).toBe(before + 1);
    expect((await listInvoices())[0]!.status).toBe("issuing");
    await work(new Date(Date.now() + INVOICE_RETRY_BASE_MS + 1000));
    const [invoice] = await listInvoices();
    expect(invoice!.status).toBe("emailed");
    expect(provider.standIn.invoices().length).toBe(before + 1);
    expect(provider.standIn.invoices().at(-1)).toMatchObject({
      transactionUuid: invoice!.id,
      invoiceNo: invoice!.number,
    });
  });

  it("waits longer after each failure and marks the invoice failed after the last attempt", async () => {
    await pay(await checkoutTopup(100_000));
    provider.standIn.refuseNext(INVOICE_MAX_ATTEMPTS);
    let at = Date.now();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= INVOICE_MAX_ATTEMPTS; attempt++) {
      await work(new Date(at));
      const [row] = await queryRows<{ next_attempt_at: Date }>(server.db, sqlInvoice());
      waits.push(new Date(row!.next_attempt_at).getTime() - at);
      at = new Date(row!.next_attempt_at).getTime();
    }
    expect(waits.slice(0, 3)).toEqual([
      INVOICE_RETRY_BASE_MS,
      2 * INVOICE_RETRY_BASE_MS,
      4 * INVOICE_RETRY_BASE_MS,
    ]);
    const [invoice] = await listInvoices();
    expect(invoice!.status).toBe("failed");
    expect(await work(new Date(at + 1))).toBe(0);
  });
});

describe("GET /api/accounts/:id/invoices and …/pdf", () => {
  it("pages newest first with a cursor, and refuses limits and cursors it did not give", async () => {
    for (const amount of [100_000, 200_000, 300_000]) await pay(await checkoutTopup(amount));
    const first = await server.get(`/api/accounts/${ACCOUNT}/invoices?limit=2`, binh);
    expect(first.body.items.map((i: { amount: number }) => i.amount)).toEqual([300_000, 200_000]);
    const second = await server.get(
      `/api/accounts/${ACCOUNT}/invoices?limit=2&cursor=${first.body.nextCursor}`,
      binh,
    );
    expect(second.body.items.map((i: { amount: number }) => i.amount)).toEqual([100_000]);
    expect(second.body.nextCursor).toBeUndefined();
    for (const query of [
      "?limit=0",
      "?limit=101",
      "?limit=-1",
      "?limit=1.5",
      "?limit=abc",
      "?cursor=xyz",
      "?cursor=WyIxIl0",
    ]) {
      expect((await server.get(`/api/accounts/${ACCOUNT}/invoices${query}`, binh)).status, query).toBe(400);
    }
  });

  it("serves the provider's PDF once issued, never another ZCA's, nor to a member without the wallet", async () => {
    await pay(await checkoutTopup(250_000));
    const [waiting] = await listInvoices();
    const pdfPath = (account: string, id: string) => `/api/accounts/${account}/invoices/${id}/pdf`;
    expect((await server.get(pdfPath(ACCOUNT, waiting!.id), binh)).status).toBe(404);
    await work();
    const pdf = await fetch(`${server.url}${pdfPath(ACCOUNT, waiting!.id)}`, {
      headers: { Authorization: `Bearer ${binh}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    // Finance sees it; an editor of the same ZCA does not.
    const em = await server.signIn("em");
    expect((await listInvoices("", em)).length).toBe(1);
    const giang = await server.signIn("giang");
    expect((await server.get(`/api/accounts/${ACCOUNT}/invoices`, giang)).status).toBe(403);
    expect((await server.get(pdfPath(ACCOUNT, waiting!.id), giang)).status).toBe(403);
    // An's own ZCA cannot reach Bình's invoice by its id.
    const an = await server.signIn("an");
    const anZca = (await postAccount(server, an, createBody())).body.id as string;
    expect((await server.get(pdfPath(anZca, waiting!.id), an)).status).toBe(404);
    expect((await server.get(`/api/accounts/${ACCOUNT}/invoices`, an)).status).toBe(403);
    expect((await server.get(`/api/accounts/${anZca}/invoices`, an)).body).toEqual({ items: [] });
    expect((await server.get(`/api/accounts/${ACCOUNT}/invoices`)).status).toBe(401);
  });
});

function sqlInvoice() {
  return sql`SELECT status, attempts, next_attempt_at, last_error FROM invoices`;
}
