// Kept apart from notifications.ts (its zod schemas): permissions.ts, on the first screen, reads these.

/**
 * What a ZCA's members can be told, as Zalo's "Quản lý thông báo" lists it: the balance under a
 * threshold, the balance's movements (a top-up credited, a payment failed, a debit above an
 * amount), members changed, assets changed (an OA or app linked or unlinked), an invoice issued.
 */
export const NOTIFICATION_KINDS = ["lowBalance", "balanceMovement", "members", "assets", "invoices"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kinds that tell about money: only those who may see the wallet receive or set them. */
export const MONEY_KINDS: readonly NotificationKind[] = ["lowBalance", "balanceMovement", "invoices"];
