import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { transferAccounts } from "../db/schema";

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

/** The ZCA's transfer account number, or null while it has none (a ZCA made before the wallet). */
export async function transferAccountOf(db: Db | Tx, accountId: string): Promise<string | null> {
  const [row] = await db
    .select({ number: transferAccounts.accountNumber })
    .from(transferAccounts)
    .where(eq(transferAccounts.accountId, accountId));
  return row?.number ?? null;
}

/**
 * The ZCA's own transfer account number, made inside the write that needs it: the ZCA's creation,
 * or (for a ZCA made before the wallet) its first bank-transfer top-up. "96", a number from a
 * sequence, and a check digit. Never reused.
 */
export async function makeTransferAccount(tx: Tx, accountId: string): Promise<string> {
  const existing = await transferAccountOf(tx, accountId);
  if (existing) return existing;
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
  return made?.number ?? makeTransferAccount(tx, accountId);
}
