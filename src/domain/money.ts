/** Money is whole Vietnamese đồng, never fractions. The rules of a top-up (SPEC.md, "Money"). */
export const TOPUP_MIN = 50_000;
/** Zalo Checkout takes at most this much in one payment; a bank transfer, AMOUNT_MAX. */
export const CHECKOUT_TOPUP_MAX = 250_000_000;
/**
 * No amount from outside is larger: a top-up, a bank notice credited, an alert threshold. 10¹² đ
 * is far above any real payment and far below 2⁵³, so every amount is a safe integer.
 */
export const AMOUNT_MAX = 1_000_000_000_000;
/**
 * No balance goes past this (2⁵³ − 1): every reader of the API's JSON, the app included, holds
 * any balance up to it exactly.
 */
export const BALANCE_MAX = Number.MAX_SAFE_INTEGER;
/** The amounts offered with one tap. */
export const TOPUP_PRESETS = [50_000, 200_000, 500_000, 1_000_000, 5_000_000] as const;

export const TOPUP_METHODS = ["checkout", "bank_transfer"] as const;
export type TopupMethod = (typeof TOPUP_METHODS)[number];

/** Who told us money came in: Zalo Checkout's callback, or the bank's transfer notice. */
export const PAYMENT_PROVIDERS = ["zalo_checkout", "bank"] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];

export type TopupAmountProblem = "not_whole" | "too_small" | "too_large_online" | "too_large";

/** Why `amount` cannot be topped up by `method`, or null when it can. */
export function topupAmountProblem(amount: number, method: TopupMethod): TopupAmountProblem | null {
  if (!Number.isSafeInteger(amount)) return "not_whole";
  if (amount < TOPUP_MIN) return "too_small";
  if (method === "checkout" && amount > CHECKOUT_TOPUP_MAX) return "too_large_online";
  if (amount > AMOUNT_MAX) return "too_large";
  return null;
}

/** A transfer's note asks for a business invoice with "HDDN", as Zalo's console does. */
export const INVOICE_NOTE = "HDDN";

/** The note of a transfer to a ZCA's own account number: plain ASCII, as every bank app takes it. */
export function transferNote(invoice: boolean): string {
  return invoice ? INVOICE_NOTE : "NAP ZCA";
}

/** Whether a bank transfer's note asks for an invoice. */
export function asksForInvoice(content: string): boolean {
  return /\bHDDN\b/i.test(content);
}
