import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { AMOUNT_MAX, asksForInvoice } from "../../src/domain/money";
import type { Db } from "../db/client";
import { topups, transferAccounts } from "../db/schema";
import { storable } from "../db/storable";
import { runWrite } from "./command";
import { keepUnmatched, keepUnreadable } from "./kept-payments";
import { credit } from "./ledger";

const bankNotice = z.strictObject({
  transactionId: z.string().min(1).max(128),
  accountNumber: z.string().min(1).max(64),
  amount: z.number().int().positive(),
  content: z.string().max(500),
  paidAt: z.string().max(64),
});

type BankOutcome = "credited" | "already" | "unmatched";

/**
 * A bank's transfer notice, already checked for its signature (over these bytes) and time: the
 * amount is credited to the ZCA whose dedicated number it was sent to, once per transactionId.
 * Money no ZCA takes is recorded for a person to resolve, never dropped: a notice that is not
 * UTF-8 or not our shape, an amount over AMOUNT_MAX, an unknown number, a balance that would pass
 * BALANCE_MAX. "HDDN" in the note asks for an invoice.
 */
export async function handleBankNotice(db: Db, bytes: Uint8Array): Promise<BankOutcome> {
  const text = utf8(bytes);
  if (text === null) {
    // Read with U+FFFD where it is not UTF-8, and the bytes themselves kept beside it.
    const read = new TextDecoder().decode(bytes);
    return keepUnreadable(db, "bank", read, undefined, { base64: Buffer.from(bytes).toString("base64") });
  }
  const body = parseJson(text);
  const parsed = bankNotice.safeParse(body);
  if (!parsed.success) return keepUnreadable(db, "bank", text, body);
  const notice = parsed.data;
  if (notice.amount > AMOUNT_MAX) {
    return keepUnmatched(db, {
      provider: "bank",
      reference: notice.transactionId,
      accountNumber: notice.accountNumber,
      amount: notice.amount,
      content: notice.content,
      reason: "amount_over_bound",
      payload: { raw: storable(text) },
    });
  }
  return runWrite(
    db,
    BANK,
    async ({ tx, audit }) => {
      const [target] = await tx
        .select({ accountId: transferAccounts.accountId })
        .from(transferAccounts)
        .where(eq(transferAccounts.accountNumber, notice.accountNumber));
      if (!target) {
        return keepUnmatched(tx, {
          provider: "bank",
          reference: notice.transactionId,
          accountNumber: notice.accountNumber,
          amount: notice.amount,
          content: notice.content,
          reason: "unknown_account",
          payload: notice,
        });
      }
      const invoice = asksForInvoice(notice.content);
      // The member who opened a transfer top-up of this amount sees it settle.
      const [waiting] = await tx
        .select()
        .from(topups)
        .where(
          and(
            eq(topups.accountId, target.accountId),
            eq(topups.method, "bank_transfer"),
            eq(topups.status, "pending"),
            eq(topups.amount, notice.amount),
          ),
        )
        .orderBy(topups.createdAt)
        .limit(1)
        .for("update");
      const credited = await credit(tx, {
        accountId: target.accountId,
        amount: notice.amount,
        provider: "bank",
        reference: notice.transactionId,
        method: "bank_transfer",
        topupId: waiting?.id,
        invoice: invoice || (waiting?.invoice ?? false),
        description: "topup_bank",
      });
      if (credited === "kept") return "unmatched";
      if (credited === "credited") {
        if (waiting) {
          await tx
            .update(topups)
            .set({ status: "succeeded", reference: notice.transactionId, settledAt: new Date() })
            .where(eq(topups.id, waiting.id));
        }
        audit(
          {
            action: "wallet.topup_credited",
            accountId: target.accountId,
            subjectId: waiting?.id ?? notice.transactionId,
            detail: { amount: notice.amount, provider: "bank", reference: notice.transactionId, invoice },
          },
          waiting ? { personId: waiting.createdBy } : BANK,
        );
      }
      return credited;
    },
    { retries: 3 },
  );
}

/** The bank, the actor of a notice no member's top-up waits for. */
const BANK = { personId: "bank" };

/** The bytes as UTF-8 text, or null when they are not UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? storable(value) : value));
  } catch {
    return undefined;
  }
}
