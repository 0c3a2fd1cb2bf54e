import { z } from "zod";
import { AMOUNT_MAX } from "./money";

/** The most days a days' threshold may name (a year). */
export const THRESHOLD_DAYS_MAX = 365;
/** The most recipients one kind may have: a ZCA's members are a team, not a mailing list. */
export const RECIPIENTS_MAX = 50;

const recipients = z
  .array(z.string().min(1).max(100))
  .max(RECIPIENTS_MAX)
  .refine((ids) => new Set(ids).size === ids.length, "duplicate recipient");
const amount = z.number().int().min(0).max(AMOUNT_MAX);
const plainKind = z.strictObject({ enabled: z.boolean(), recipients });

/**
 * One kind's setting. lowBalance: under `threshold` đồng, or, with `thresholdDays`, when the
 * balance lasts fewer days than that at the last 30 days' spending. balanceMovement: `threshold`
 * is the debit above which a debit is told (top-ups credited and failed payments always are).
 */
export const notificationSettingsSchema = z.strictObject({
  lowBalance: z.strictObject({
    enabled: z.boolean(),
    threshold: amount,
    thresholdDays: z.number().int().min(1).max(THRESHOLD_DAYS_MAX).nullable().optional(),
    recipients,
  }),
  balanceMovement: z.strictObject({ enabled: z.boolean(), threshold: amount, recipients }),
  members: plainKind,
  assets: plainKind,
  invoices: plainKind,
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** PUT /api/accounts/:id/notifications: the kinds the person changes (each one whole); the others stay. */
export const notificationSettingsChangeSchema = notificationSettingsSchema
  .partial()
  .refine((change) => Object.keys(change).length > 0, "no kind");
export type NotificationSettingsChange = z.infer<typeof notificationSettingsChangeSchema>;

/** How one notification's Zalo message fared. */
export const DELIVERY_STATUSES = ["pending", "sent", "undeliverable", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What happened, in the words the inbox and the Zalo template fill in. */
export type NotificationEvent =
  | {
      kind: "lowBalance";
      balance: number;
      threshold: number;
      /** In days mode: the setting's days, and how many days the balance lasts now. */
      thresholdDays: number | null;
      daysLeft: number | null;
    }
  | {
      kind: "balanceMovement";
      movement: "credit" | "debit" | "payment_failed";
      amount: number;
      balance: number;
    }
  | { kind: "members"; change: "added" | "invited" | "role_changed" | "removed"; memberName: string }
  | { kind: "assets"; change: "linked" | "unlinked"; asset: "oa" | "app"; assetName: string }
  | { kind: "invoices"; number: string; amount: number };

/** One notification in a person's inbox. */
export interface InboxItem {
  id: string;
  accountName: string;
  event: NotificationEvent;
  delivery: DeliveryStatus;
  /** Why Zalo could not deliver it (Zalo's error code), when it could not. */
  deliveryError: number | null;
  createdAt: string;
  read: boolean;
}

export interface Inbox {
  items: InboxItem[];
  nextCursor?: string;
  /** How many of the person's notifications from this ZCA are unread, on every page. */
  unread: number;
}

/** POST /api/accounts/:id/inbox/read: the notifications the person has now seen. */
export const inboxReadSchema = z.strictObject({ ids: z.array(z.string().min(1).max(100)).min(1).max(100) });
