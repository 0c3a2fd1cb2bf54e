import { createHash, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { QRPay } from "vietnam-qr-pay";
import type { TopupRequest } from "../../src/domain/schemas";
import { transferNote, type TopupMethod } from "../../src/domain/money";
import { withoutDiacritics } from "../../src/domain/text";
import type {
  AlertSettings,
  CheckoutOrder,
  InvoiceInfo,
  Topup,
  TopupStatus,
  Wallet,
} from "../../src/domain/types";
import { isUniqueViolation, type Db, type Tx } from "../db/client";
import { accounts, alertSettings, invoiceInfo, topups, transferAccounts } from "../db/schema";
import { ApiError } from "../errors";
import { orderMac } from "../payments/checkout-mac";
import type { CheckoutStatus } from "../payments/checkout-status";
import { authorize } from "../policy";
import { recordAudit, type Actor } from "./audit";
import { askCheckout } from "./payments";

export interface PaymentSettings {
  checkoutKey: string;
  bankBin: string;
  bankName: string;
}

/** Luhn's check digit: a mistyped transfer account number fails it. */
function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Whether an account number carries a valid check digit (the bank may send one mistyped). */
export function isTransferAccountNumber(number: string): boolean {
  return /^96\d{10}$/.test(number) && luhnDigit(number.slice(0, -1)) === number.slice(-1);
}

/**
 * The ZCA's own transfer account number, made with the ZCA (for ZCAs made before the wallet,
 * on first use): "96", a number from a sequence, and a check digit. Never reused.
 */
export async function ensureTransferAccount(tx: Db | Tx, accountId: string): Promise<string> {
  const [existing] = await tx
    .select({ number: transferAccounts.accountNumber })
    .from(transferAccounts)
    .where(eq(transferAccounts.accountId, accountId));
  if (existing) return existing.number;
  const next = (await tx.execute(sql`SELECT nextval('transfer_account_seq') AS n`)) as unknown as {
    rows: { n: string | number }[];
  };
  const body = `96${String(next.rows[0]!.n).padStart(9, "0")}`;
  const number = body + luhnDigit(body);
  const [made] = await tx
    .insert(transferAccounts)
    .values({ accountId, accountNumber: number })
    .onConflictDoNothing({ target: transferAccounts.accountId })
    .returning({ number: transferAccounts.accountNumber });
  return made?.number ?? ensureTransferAccount(tx, accountId);
}

/** The name a bank shows for the transfer account: the ZCA's name, in capitals, without diacritics. */
function accountHolder(name: string): string {
  return `ZCA ${withoutDiacritics(name)
    .replace(/[^A-Za-z0-9 ]/g, "")
    .toUpperCase()}`.trim();
}

async function zcaNamed(db: Db | Tx, accountId: string) {
  const [row] = await db
    .select({ name: accounts.name, balance: accounts.balance })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!row) throw new ApiError("not_found");
  return row;
}

export async function getWallet(
  db: Db,
  settings: PaymentSettings,
  personId: string,
  accountId: string,
): Promise<Wallet> {
  await authorize(db, personId, accountId, "account.view");
  const [zca, accountNumber, alerts] = await Promise.all([
    zcaNamed(db, accountId),
    ensureTransferAccount(db, accountId),
    readAlerts(db, accountId),
  ]);
  const { enabled, threshold } = alerts.lowBalance;
  return {
    balance: zca.balance,
    currency: "VND",
    bankTransfer: {
      bankName: settings.bankName,
      bankBin: settings.bankBin,
      accountNumber,
      accountName: accountHolder(zca.name),
    },
    lowBalance: { enabled, threshold, below: enabled && zca.balance < threshold },
  };
}

type TopupRow = typeof topups.$inferSelect;

/** A top-up as the app shows it, with what paying it needs: the signed order, or the transfer. */
async function describeTopup(db: Db | Tx, settings: PaymentSettings, row: TopupRow): Promise<Topup> {
  const topup: Topup = {
    id: row.id,
    amount: row.amount,
    method: row.method as TopupMethod,
    status: row.status as TopupStatus,
    invoice: row.invoice,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.status !== "pending") return topup;
  if (row.method === "checkout") return { ...topup, checkout: checkoutOrder(settings.checkoutKey, row) };
  const accountNumber = await ensureTransferAccount(db, row.accountId);
  const note = transferNote(row.invoice);
  const qr = QRPay.initVietQR({
    bankBin: settings.bankBin,
    bankNumber: accountNumber,
    // vietnam-qr-pay measures the amount as text: a number would corrupt the payload.
    amount: String(row.amount),
    purpose: note,
  }).build();
  return { ...topup, bankTransfer: { accountNumber, bankName: settings.bankName, note, qr } };
}

/** Exactly what the app passes to Zalo Checkout's createOrder, with its MAC. */
function checkoutOrder(key: string, row: TopupRow): CheckoutOrder {
  const order = {
    amount: row.amount,
    desc: `Nap tien ZCA ${row.amount}`,
    item: [{ id: row.id, amount: row.amount }],
    extradata: JSON.stringify({ topupId: row.id }),
  };
  return { ...order, mac: orderMac(key, order) };
}

/**
 * Starts a top-up. One Idempotency-Key gives one top-up, whatever the retries; the same key with
 * another body is refused. The top-up is pending until Checkout's callback or the bank's notice.
 */
export async function createTopup(
  db: Db,
  settings: PaymentSettings,
  actor: Actor,
  accountId: string,
  request: TopupRequest,
  idempotencyKey: string,
): Promise<{ topup: Topup; replayed: boolean }> {
  const body = { amount: request.amount, method: request.method, invoice: request.invoice ?? false };
  const requestHash = createHash("sha256")
    .update(JSON.stringify({ accountId, ...body }))
    .digest("hex");
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        await authorize(tx, actor.personId, accountId, "wallet.use");
        const [previous] = await tx
          .select()
          .from(topups)
          .where(and(eq(topups.createdBy, actor.personId), eq(topups.idempotencyKey, idempotencyKey)));
        if (previous) {
          if (previous.requestHash !== requestHash) throw new ApiError("idempotency_key_reused");
          return { topup: await describeTopup(tx, settings, previous), replayed: true };
        }
        const [row] = await tx
          .insert(topups)
          .values({
            id: `topup-${randomUUID()}`,
            accountId,
            ...body,
            createdBy: actor.personId,
            idempotencyKey,
            requestHash,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: "wallet.topup_start",
          accountId,
          subjectId: row!.id,
          detail: body,
        });
        return { topup: await describeTopup(tx, settings, row!), replayed: false };
      });
    } catch (error) {
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function topupOf(db: Db | Tx, accountId: string, topupId: string): Promise<TopupRow> {
  const [row] = await db
    .select()
    .from(topups)
    .where(and(eq(topups.id, topupId), eq(topups.accountId, accountId)));
  if (!row) throw new ApiError("not_found");
  return row;
}

export async function getTopup(
  db: Db,
  settings: PaymentSettings,
  personId: string,
  accountId: string,
  topupId: string,
): Promise<Topup> {
  await authorize(db, personId, accountId, "wallet.use");
  return describeTopup(db, settings, await topupOf(db, accountId, topupId));
}

/**
 * Keeps Zalo Checkout's order id of a top-up, as createOrder answered it in the app: the server
 * asks Checkout about that order if its callback never comes, and believes the answer only when
 * it names this top-up (services/payments.ts). One top-up, one order, set once: the same report
 * again is answered alike; another order for this top-up, or an order another top-up holds, is
 * 409 order_taken (a payment retried in the app makes a new top-up).
 */
export async function recordCheckoutOrder(
  db: Db,
  actor: Actor,
  accountId: string,
  topupId: string,
  orderId: string,
): Promise<void> {
  await authorize(db, actor.personId, accountId, "wallet.use");
  const row = await topupOf(db, accountId, topupId);
  if (row.method !== "checkout") throw new ApiError("invalid_input", "This top-up is a bank transfer.");
  if (row.checkoutOrderId === orderId) return;
  if (row.checkoutOrderId !== null) {
    throw new ApiError("order_taken", "This top-up has another order; a new payment needs a new top-up.");
  }
  try {
    const [set] = await db
      .update(topups)
      .set({ checkoutOrderId: orderId })
      .where(and(eq(topups.id, topupId), sql`${topups.checkoutOrderId} IS NULL`))
      .returning({ id: topups.id });
    if (set) return;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiError("order_taken", "This order belongs to another top-up.");
  }
  // Another report for this top-up came first: the same order is answered alike.
  const [now] = await db
    .select({ orderId: topups.checkoutOrderId })
    .from(topups)
    .where(eq(topups.id, topupId));
  if (now?.orderId !== orderId) throw new ApiError("order_taken", "This top-up has another order.");
}

/**
 * The app saw Checkout's sheet close (paid or not, the app cannot know): the server asks
 * Checkout about the top-up's order at once and settles it from that answer alone, as the sweep
 * would (failed, credited, or under review); while Checkout says it is processing, or does not
 * answer, it stays pending for the sweep. Answers the top-up as it is then.
 */
export async function checkoutClosed(
  db: Db,
  settings: PaymentSettings,
  status: CheckoutStatus | null,
  personId: string,
  accountId: string,
  topupId: string,
): Promise<Topup> {
  await authorize(db, personId, accountId, "wallet.use");
  const row = await topupOf(db, accountId, topupId);
  if (row.method !== "checkout") throw new ApiError("invalid_input", "This top-up is a bank transfer.");
  if (row.status !== "pending" || !row.checkoutOrderId || !status) return describeTopup(db, settings, row);
  await askCheckout(db, status, row.id);
  return describeTopup(db, settings, await topupOf(db, accountId, topupId));
}

export async function getInvoiceInfo(
  db: Db,
  personId: string,
  accountId: string,
): Promise<InvoiceInfo | null> {
  await authorize(db, personId, accountId, "wallet.use");
  const [row] = await db.select().from(invoiceInfo).where(eq(invoiceInfo.accountId, accountId));
  if (!row) return null;
  const { companyName, taxCode, buyer, phone, email } = row;
  return { companyName, taxCode, buyer, phone, email };
}

export async function putInvoiceInfo(
  db: Db,
  actor: Actor,
  accountId: string,
  info: InvoiceInfo,
): Promise<InvoiceInfo> {
  await db.transaction(async (tx) => {
    await authorize(tx, actor.personId, accountId, "wallet.use");
    const values = { ...info, updatedAt: new Date() };
    await tx
      .insert(invoiceInfo)
      .values({ accountId, ...values })
      .onConflictDoUpdate({ target: invoiceInfo.accountId, set: values });
    await recordAudit(tx, actor, { action: "wallet.invoice_info", accountId, subjectId: accountId });
  });
  return info;
}

async function readAlerts(db: Db | Tx, accountId: string): Promise<AlertSettings> {
  const [row] = await db.select().from(alertSettings).where(eq(alertSettings.accountId, accountId));
  return {
    lowBalance: { enabled: row?.lowBalanceEnabled ?? false, threshold: row?.lowBalanceThreshold ?? 0 },
  };
}

export async function getAlerts(db: Db, personId: string, accountId: string): Promise<AlertSettings> {
  await authorize(db, personId, accountId, "alerts.manage");
  return readAlerts(db, accountId);
}

export async function putAlerts(
  db: Db,
  actor: Actor,
  accountId: string,
  alerts: AlertSettings,
): Promise<AlertSettings> {
  await db.transaction(async (tx) => {
    await authorize(tx, actor.personId, accountId, "alerts.manage");
    const values = {
      lowBalanceEnabled: alerts.lowBalance.enabled,
      lowBalanceThreshold: alerts.lowBalance.threshold,
      updatedAt: new Date(),
    };
    await tx
      .insert(alertSettings)
      .values({ accountId, ...values })
      .onConflictDoUpdate({ target: alertSettings.accountId, set: values });
    await recordAudit(tx, actor, {
      action: "wallet.alerts",
      accountId,
      subjectId: accountId,
      detail: { ...alerts.lowBalance },
    });
  });
  return alerts;
}
