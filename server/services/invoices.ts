import { randomUUID } from "node:crypto";
import { and, eq, lte, sql } from "drizzle-orm";
import type { Invoice, InvoiceBuyer, InvoiceStatus } from "../../src/domain/invoices";
import type { Page } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { accountBusiness, accounts, invoiceInfo, invoices } from "../db/schema";
import { REPLACEMENT_REASON, type Einvoice, type ReplacedInvoice } from "../einvoice/viettel";
import { ApiError } from "../errors";
import { errorFields, type Log } from "../log";
import { decodeCursor, pageOf } from "../pages";
import { authorize } from "../policy";
import { notify } from "./notify";
import { startPeriodic, type Periodic } from "./periodic";

export const INVOICES_PAGE_MAX = 100;
/** After this many failed attempts an invoice is `failed`, for a person to look at. */
export const INVOICE_MAX_ATTEMPTS = 10;
/** The first retry's wait; each next one doubles it, up to INVOICE_RETRY_MAX_MS. */
export const INVOICE_RETRY_BASE_MS = 30_000;
const INVOICE_RETRY_MAX_MS = 6 * 60 * 60_000;
/** Invoices one pass of the worker takes on at most. */
const INVOICES_PER_PASS = 20;

/**
 * Opens the invoice of a payment just credited, in the credit's transaction: the invoice exists
 * exactly when the credit does (the unique ledger entry says one per payment). The buyer is
 * copied now: the saved invoice details when the payment asked for them (online "Xuất hóa đơn"
 * or "HDDN" in a transfer's note) and they exist, otherwise the ZCA's own business details.
 */
export async function openInvoice(
  tx: Tx,
  credit: {
    accountId: string;
    ledgerEntryId: number;
    topupId?: string;
    amount: number;
    toInvoiceDetails: boolean;
  },
): Promise<void> {
  await tx
    .insert(invoices)
    .values({
      id: `invoice-${randomUUID()}`,
      accountId: credit.accountId,
      ledgerEntryId: credit.ledgerEntryId,
      topupId: credit.topupId ?? null,
      amount: credit.amount,
      ...(await buyerOf(tx, credit.accountId, credit.toInvoiceDetails)),
    })
    .onConflictDoNothing({ target: invoices.ledgerEntryId });
}

async function buyerOf(tx: Tx, accountId: string, toInvoiceDetails: boolean) {
  const [business] = await tx.select().from(accountBusiness).where(eq(accountBusiness.accountId, accountId));
  const [details] = toInvoiceDetails
    ? await tx.select().from(invoiceInfo).where(eq(invoiceInfo.accountId, accountId))
    : [];
  if (details) {
    return {
      buyerCompanyName: details.companyName,
      buyerTaxCode: details.taxCode,
      // Details saved before they had an address: the ZCA's, when it is the same company.
      buyerAddress:
        details.address || (business && business.taxCode === details.taxCode ? business.address : ""),
      buyerEmail: details.email,
    };
  }
  if (business) {
    return {
      buyerCompanyName: business.companyName,
      buyerTaxCode: business.taxCode,
      buyerAddress: business.address,
      buyerEmail: business.email,
    };
  }
  // A ZCA made before business details were asked, none filled in yet: its name alone.
  const [account] = await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId));
  return { buyerCompanyName: account!.name, buyerTaxCode: "", buyerAddress: "", buyerEmail: "" };
}

type InvoiceRow = typeof invoices.$inferSelect;

/** The wait before attempt `attempts + 1`: doubling from INVOICE_RETRY_BASE_MS, capped. */
export function retryDelayMs(attempts: number): number {
  return Math.min(INVOICE_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), INVOICE_RETRY_MAX_MS);
}

/**
 * One pass of the invoice worker: every invoice due (issuing, or issued with its PDF or email
 * still to come) is claimed (locked, SKIP LOCKED: every instance works, never two on one invoice)
 * and taken as far as the provider lets it: numbered (the invoice's id is Viettel's
 * transactionUuid, so a call retried after a lost answer or a crash gets the same invoice), its
 * PDF stored, emailed. A failure waits longer each time and gives up after INVOICE_MAX_ATTEMPTS.
 * Returns how many invoices moved on.
 */
export async function issueDueInvoices(
  db: Db,
  einvoice: Einvoice,
  log: Log,
  now = new Date(),
): Promise<number> {
  let moved = 0;
  for (let i = 0; i < INVOICES_PER_PASS; i++) {
    const result = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(invoices)
        .where(
          and(
            lte(invoices.nextAttemptAt, now),
            sql`(${invoices.status} = 'issuing' OR (${invoices.status} = 'issued' AND (${invoices.pdf} IS NULL OR ${invoices.buyerEmail} <> '')))`,
          ),
        )
        .orderBy(invoices.nextAttemptAt)
        .limit(1)
        .for("update", { skipLocked: true });
      if (!row) return "none" as const;
      return (await advance(tx, einvoice, log, row, now)) ? ("moved" as const) : ("stuck" as const);
    });
    if (result === "none") break;
    if (result === "moved") moved++;
  }
  return moved;
}

/** Takes one claimed invoice as far as it goes; records a failure on the row. True when it moved. */
async function advance(tx: Tx, einvoice: Einvoice, log: Log, row: InvoiceRow, now: Date): Promise<boolean> {
  const changes: Partial<InvoiceRow> = {};
  let status: InvoiceStatus = row.status;
  try {
    let number = row.number;
    if (status === "issuing") {
      const issued = await einvoice.issue({
        transactionUuid: row.id,
        buyer: buyerOfRow(row),
        amount: row.amount,
        issuedAt: now,
        replaces: row.replacesInvoiceId ? await originalOf(tx, row) : undefined,
      });
      number = issued.invoiceNo;
      status = "issued";
      Object.assign(changes, {
        status,
        number,
        series: issued.series,
        lookupCode: issued.lookupCode,
        providerTransactionId: issued.transactionId,
        issuedAt: now,
      });
    }
    if (!row.pdf) changes.pdf = await einvoice.pdf({ invoiceNo: number!, transactionUuid: row.id });
    if (row.buyerEmail) {
      await einvoice.email(row.id);
      status = "emailed";
      Object.assign(changes, { status, emailedAt: now });
    }
    Object.assign(changes, { attempts: 0, lastError: null });
  } catch (error) {
    const attempts = row.attempts + 1;
    const failed = attempts >= INVOICE_MAX_ATTEMPTS && status === "issuing";
    Object.assign(changes, {
      attempts,
      lastError: String((error as Error).message ?? error).slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
      ...(failed ? { status: "failed" } : {}),
    });
    log[failed ? "error" : "warn"]({
      event: "invoice_attempt",
      invoiceId: row.id,
      attempts,
      failed,
      ...errorFields(error),
    });
  }
  await tx.update(invoices).set(changes).where(eq(invoices.id, row.id));
  if (row.status === "issuing" && changes.number) {
    await notify(tx, row.accountId, `invoice:${row.id}`, {
      kind: "invoices",
      number: changes.number,
      amount: row.amount,
    });
  }
  return changes.status !== undefined && changes.status !== row.status;
}

/** What a replacement tells the provider of the invoice it replaces (issued: a replacement needs it). */
async function originalOf(tx: Tx, row: InvoiceRow): Promise<ReplacedInvoice> {
  const [original] = await tx
    .select({ number: invoices.number, issuedAt: invoices.issuedAt })
    .from(invoices)
    .where(eq(invoices.id, row.replacesInvoiceId!));
  return {
    invoiceNo: original!.number!,
    issuedAt: original!.issuedAt!,
    reason: REPLACEMENT_REASON,
    agreedAt: row.createdAt,
  };
}

function buyerOfRow(row: InvoiceRow): InvoiceBuyer {
  return {
    companyName: row.buyerCompanyName,
    taxCode: row.buyerTaxCode,
    address: row.buyerAddress,
    email: row.buyerEmail,
  };
}

/** Issues due invoices every `everyMs` (services/periodic.ts). */
export function startInvoiceWorker(db: Db, einvoice: Einvoice, log: Log, everyMs: number): Periodic {
  return startPeriodic(() => issueDueInvoices(db, einvoice, log), log, "invoice_worker", everyMs);
}

interface ListRow {
  id: string;
  number: string | null;
  series: string | null;
  replaces_id: string | null;
  replaces_number: string | null;
  replaces_series: string | null;
  replaced_by_id: string | null;
  replaced_by_number: string | null;
  replaced_by_series: string | null;
  topup_id: string | null;
  amount: string | number;
  status: InvoiceStatus;
  issued_at: string | Date | null;
  at: string;
  buyer_company_name: string;
  buyer_tax_code: string;
  buyer_address: string;
  buyer_email: string;
}

/** A ZCA's invoices, newest first, a page at a time (keyset on creation time and id). */
export async function listInvoices(
  db: Db,
  personId: string,
  accountId: string,
  opts: { limit: number; cursor?: string },
): Promise<Page<Invoice>> {
  await authorize(db, personId, accountId, "wallet.use");
  const after = opts.cursor ? decodeCursor(opts.cursor, ["time", "text"]) : null;
  const result = (await db.execute(sql`
    ${LIST_SELECT} WHERE i.account_id = ${accountId}
      AND ${after ? sql`(i.created_at, i.id) < (${after[0]}::timestamptz, ${after[1]})` : sql`true`}
    ORDER BY i.created_at DESC, i.id DESC
    LIMIT ${opts.limit + 1}`)) as unknown as { rows: ListRow[] };
  return pageOf(result.rows, opts.limit, toInvoice, (row) => [row.at, row.id]);
}

/** Each invoice with the one it replaces and the one that replaced it (at most one each). */
const LIST_SELECT = sql`
  SELECT i.id, i.number, i.series, i.topup_id, i.amount, i.status, i.issued_at,
         i.buyer_company_name, i.buyer_tax_code, i.buyer_address, i.buyer_email,
         o.id AS replaces_id, o.number AS replaces_number, o.series AS replaces_series,
         r.id AS replaced_by_id, r.number AS replaced_by_number, r.series AS replaced_by_series,
         to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
  FROM invoices i
  LEFT JOIN invoices o ON o.id = i.replaces_invoice_id
  LEFT JOIN invoices r ON r.replaces_invoice_id = i.id`;

/** One invoice of the ZCA as the list shows it. */
export async function invoiceOf(db: Db | Tx, accountId: string, invoiceId: string): Promise<Invoice> {
  const result = (await db.execute(
    sql`${LIST_SELECT} WHERE i.account_id = ${accountId} AND i.id = ${invoiceId}`,
  )) as unknown as { rows: ListRow[] };
  if (!result.rows[0]) throw new ApiError("not_found");
  return toInvoice(result.rows[0]);
}

const link = (id: string | null, number: string | null, series: string | null) =>
  id === null ? null : { id, number, series };

function toInvoice(row: ListRow): Invoice {
  return {
    id: row.id,
    number: row.number,
    series: row.series,
    topupId: row.topup_id,
    amount: Number(row.amount),
    status: row.status,
    issuedAt: row.issued_at === null ? null : new Date(row.issued_at).toISOString(),
    buyer: {
      companyName: row.buyer_company_name,
      taxCode: row.buyer_tax_code,
      address: row.buyer_address,
      email: row.buyer_email,
    },
    replaces: link(row.replaces_id, row.replaces_number, row.replaces_series),
    replacedBy: link(row.replaced_by_id, row.replaced_by_number, row.replaced_by_series),
  };
}

/** The provider's PDF of one of the ZCA's invoices; not_found until it is stored. */
export async function invoicePdf(
  db: Db,
  personId: string,
  accountId: string,
  invoiceId: string,
): Promise<{ pdf: Buffer; number: string; series: string | null }> {
  await authorize(db, personId, accountId, "wallet.use");
  const [row] = await db
    .select({ pdf: invoices.pdf, number: invoices.number, series: invoices.series })
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.accountId, accountId)));
  if (!row?.pdf || !row.number) throw new ApiError("not_found");
  return { pdf: row.pdf, number: row.number, series: row.series };
}
