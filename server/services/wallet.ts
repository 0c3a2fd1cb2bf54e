import { and, eq, sql } from "drizzle-orm";
import { balanceLastsDays, FORECAST_WINDOW_DAYS } from "../../src/domain/balance-forecast";
import { can } from "../../src/domain/permissions";
import { withoutDiacritics } from "../../src/domain/text";
import type { Wallet } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { accounts, ledgerEntries } from "../db/schema";
import { ApiError } from "../errors";
import { authorize } from "../policy";
import { heldOf } from "./ledger";
import { readNotificationSettings } from "./notification-settings";
import { transferAccountOf } from "./transfer-accounts";

export interface PaymentSettings {
  checkoutKey: string;
  bankBin: string;
  bankName: string;
}

/** The name a bank shows for the transfer account: the ZCA's name, in capitals, without diacritics. */
function accountHolder(name: string): string {
  return `ZCA ${withoutDiacritics(name)
    .replace(/[^A-Za-z0-9 ]/g, "")
    .toUpperCase()}`.trim();
}

async function accountNamed(db: Db, accountId: string) {
  const [row] = await db
    .select({
      name: accounts.name,
      balance: accounts.balance,
      taxCodeConfirmed: accounts.taxCodeConfirmed,
      // Drizzle leaves a column in a select's subquery unqualified: the names are written out.
      paid: sql<boolean>`exists (select 1 from ledger_entries l where l.account_id = "accounts"."id" and l.kind = 'topup')`,
      held: sql<string>`${heldOf(accountId)}`,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!row) throw new ApiError("not_found");
  return row;
}

/**
 * What the ZCA spent over the forecast's window, up to now: home's "the balance lasts about N
 * days", and the low-balance alert in days.
 */
export async function spentLately(db: Db | Tx, accountId: string): Promise<number> {
  const [row] = await db
    .select({ spent: sql<string>`coalesce(-sum(${ledgerEntries.amount}), 0)` })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.accountId, accountId),
        eq(ledgerEntries.kind, "spend"),
        sql`${ledgerEntries.createdAt} > now() - make_interval(days => ${FORECAST_WINDOW_DAYS})`,
      ),
    );
  return Number(row?.spent ?? 0);
}

/**
 * The ZCA's balance (and what of it Zalo's services hold, not to be spent otherwise), its transfer
 * details and its low-balance warning ("Quản lý thông báo"). It only reads: a ZCA made
 * before the wallet that has no transfer account yet answers accountNumber null (its first
 * bank-transfer top-up makes one) rather than a number nobody stored, to which money could be sent.
 * The last days' spending, and before the first payment the tax code confirmed for the invoices,
 * are there only for those who may top up.
 */
export async function getWallet(
  db: Db,
  settings: PaymentSettings,
  personId: string,
  accountId: string,
): Promise<Wallet> {
  const role = await authorize(db, personId, accountId, "account.view");
  const [account, accountNumber, notifications] = await Promise.all([
    accountNamed(db, accountId),
    transferAccountOf(db, accountId),
    readNotificationSettings(db, accountId),
  ]);
  const { enabled, threshold, thresholdDays = null } = notifications.lowBalance;
  const spent =
    can(role, "wallet.use") || (enabled && thresholdDays) ? await spentLately(db, accountId) : null;
  const days = thresholdDays && spent !== null ? balanceLastsDays(account.balance, spent) : null;
  const beforeFirstPayment =
    can(role, "wallet.use") && !account.paid ? { confirmedTaxCode: account.taxCodeConfirmed } : null;
  const held = Number(account.held);
  return {
    balance: account.balance,
    available: account.balance - held,
    held,
    currency: "VND",
    bankTransfer: {
      bankName: settings.bankName,
      bankBin: settings.bankBin,
      accountNumber,
      accountName: accountHolder(account.name),
    },
    lowBalance: {
      enabled,
      threshold,
      thresholdDays,
      below: enabled && (thresholdDays ? days !== null && days < thresholdDays : account.balance < threshold),
    },
    spentLast30Days: can(role, "wallet.use") ? spent : null,
    beforeFirstPayment,
  };
}
