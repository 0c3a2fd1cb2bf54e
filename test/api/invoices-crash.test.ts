// The real server process (npm run server) is SIGKILLed while its invoice worker waits for the
// e-invoice provider's answer (the provider has made the invoice). Started again on the same
// database, it asks again with the same transactionUuid: one invoice row, one invoice at the
// provider, issued and emailed. On PGlite (a data folder, as `npm start` runs it) and PostgreSQL.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { startEinvoiceStandIn } from "../../server/dev/einvoice-standin";
import { checkConsistency } from "./helpers/consistency";
import { crashDatabase, crashServer } from "./helpers/crash-database";
import { countRows } from "./helpers/fixtures";
import { send } from "./helpers/http";
import { checkoutCallback } from "./helpers/payments";
import { TEST_EINVOICE } from "./helpers/einvoice";
import { dbKindFromEnv } from "./helpers/server";
import type { ServerProcess } from "./helpers/server-process";

const SECRET = "invoices-crash-session-secret-0123456789abcdef";
const ACCOUNT = "zca-binh-minh";

const kind = dbKindFromEnv();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe(`an invoice through a SIGKILL on ${kind === "postgres" ? "PostgreSQL" : "PGlite in a data folder"}`, () => {
  it("leaves one invoice when the server is killed waiting for the provider, issued once after the restart", async () => {
    const database = await crashDatabase(kind);
    cleanups.push(database.drop);
    const standIn = await startEinvoiceStandIn({ ...TEST_EINVOICE, sellerName: "Zalo Cloud Account" });
    cleanups.push(standIn.stop);
    const { start, binh } = await crashServer(database, SECRET, {
      EINVOICE_URL: standIn.url,
      EINVOICE_USERNAME: TEST_EINVOICE.username,
      EINVOICE_PASSWORD: TEST_EINVOICE.password,
      EINVOICE_SUPPLIER_TAX_CODE: TEST_EINVOICE.supplierTaxCode,
      EINVOICE_TEMPLATE_CODE: TEST_EINVOICE.templateCode,
      EINVOICE_SERIES: TEST_EINVOICE.series,
    });
    const invoices = async (server: ServerProcess) =>
      (await send(server.url, "GET", `/api/accounts/${ACCOUNT}/invoices`, { token: binh })).body.items as {
        id: string;
        number: string | null;
        status: string;
      }[];

    // The provider holds the first answer; the credit opens the invoice.
    const held = standIn.holdNextAnswer();
    let server = await start();
    const created = await send(server.url, "POST", `/api/accounts/${ACCOUNT}/topups`, {
      token: binh,
      body: { amount: 770_000, method: "checkout" },
      headers: { "Idempotency-Key": `crash-invoice-${randomUUID()}` },
    });
    expect(created.status, created.text).toBe(201);
    const paid = await send(server.url, "POST", "/api/payments/checkout/callback", {
      body: checkoutCallback(created.body),
    });
    expect(paid.body.returnCode).toBe(1);
    const [opened] = await invoices(server);
    expect(opened).toMatchObject({ status: "issuing" });

    // A restart's first pass takes the invoice on; the provider makes it, and the server is
    // killed before its answer arrives.
    await server.stop("SIGKILL");
    server = await start();
    await held;
    expect(standIn.invoices().filter((i) => i.transactionUuid === opened!.id)).toHaveLength(1);
    await server.stop("SIGKILL");

    server = await start();
    try {
      await expect.poll(async () => (await invoices(server))[0]?.status, { timeout: 20_000 }).toBe("emailed");
      const [issued] = await invoices(server);
      const made = standIn.invoices().filter((i) => i.transactionUuid === opened!.id);
      expect(made).toHaveLength(1);
      expect(issued).toMatchObject({ id: opened!.id, number: made[0]!.invoiceNo });
      expect(standIn.emails().filter((e) => e.invoiceNo === made[0]!.invoiceNo)).toHaveLength(1);
    } finally {
      await server.stop("SIGTERM");
    }

    const after = await database.open();
    try {
      expect(await countRows(after.db, "invoices")).toBe(1);
      expect((await checkConsistency(after.db)).problems).toEqual([]);
    } finally {
      await after.close();
    }
    // Three server starts on a loaded machine: a PGlite folder opens in seconds each.
  }, 120_000);
});
