import type { Business } from "./business";
import type { TopupMethod } from "./money";
import type { Role } from "./permissions";

export interface User {
  id: string;
  name: string;
  avatar: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
  /** Masked, e.g. "•••• ••• 123"; null until the person shares their phone. */
  phone: string | null;
  /** What GET /api/me answers at sign-in, so the app starts without a second round trip. */
  me?: Me;
}

export interface AccountSummary {
  id: string;
  name: string;
  role: Role;
}

export type CannotCreateReason = "phone_owns_account" | "phone_required";

export interface Me {
  user: User;
  phone: string | null;
  /**
   * The person's own phone in E.164, answered to them alone: it fills in the business's contact
   * phone, which they may then change. Screens show `phone`, the masked form.
   */
  ownPhone: string | null;
  accounts: AccountSummary[];
  canCreateAccount: boolean;
  reason?: CannotCreateReason;
}

export type OaUnavailableReason =
  | "oa_linked_here"
  | "oa_reauthorize"
  | "oa_linked_elsewhere"
  | "oa_not_verified";

/** An OA as Zalo describes it. */
export interface OaProfile {
  id: string;
  name: string;
  avatar: string;
  verified: boolean;
  category: string;
  followers: number;
}

/** One of the OAs a person administers, with the ZCA that holds it and whether a new ZCA could. */
export interface Oa extends OaProfile {
  linkedAccountId: string | null;
  /** Zalo says the OA is linked to a ZCA outside this app. */
  zaloLinkedAccount: string | null;
  /** Zalo no longer honours the person's authorization of the OA: "Cần cấp quyền lại". */
  reauthorize: boolean;
  linkable: boolean;
  reason?: OaUnavailableReason;
}

/** An app (App ID) the person administers, with the ZCA that holds it. */
export interface App {
  id: string;
  name: string;
  linkedAccountId: string | null;
  /**
   * Who connected it by its App ID on their word, as no Zalo API proves who administers an app;
   * null for an app Zalo's directory shows (or one created here).
   */
  declaredBy: Pick<User, "id" | "name"> | null;
}

export type AppUnavailableReason = "app_linked_elsewhere" | "app_linked_here";

export interface Terms {
  version: string;
  title: string;
  body: string;
}

/** An OA a ZCA holds, with who linked it and when. */
export interface LinkedOa extends OaProfile {
  linkedBy: User;
  linkedAt: string;
}

export interface Account {
  id: string;
  name: string;
  role: Role;
  balance: number;
  superAdmin: User;
  termsVersion: string;
  termsAcceptedAt: string;
  createdAt: string;
  oas: LinkedOa[];
  apps: App[];
  /** null for a ZCA created before the business's details were asked. */
  business: Business | null;
  /** An invoice was written with the business's tax code: it can no longer change. */
  businessTaxCodeLocked: boolean;
}

/** An OA authorization the app follows until Zalo sends the person back. */
export type OaGrant =
  | { status: "pending" | "expired" }
  | { status: "done"; oa: OaProfile }
  | { status: "refused" | "failed"; error?: string };

/** A started OA authorization: the app opens `url` (Zalo's permission page) and polls `id`. */
export interface OaGrantStart {
  id: string;
  url: string;
  expiresAt: string;
}

/** A ZCA's wallet: its balance and its own bank account for transfers. */
export interface Wallet {
  balance: number;
  /** What can be spent: the balance minus what Zalo's services hold for charges under way. */
  available: number;
  /** The live holds' sum (0 when none). */
  held: number;
  currency: "VND";
  /** accountNumber is null for a ZCA made before the wallet, until its first transfer top-up. */
  bankTransfer: { bankName: string; bankBin: string; accountNumber: string | null; accountName: string };
  lowBalance: { enabled: boolean; threshold: number; thresholdDays: number | null; below: boolean };
  /** Spent over the last FORECAST_WINDOW_DAYS days; null for a role that may not see spending. */
  spentLast30Days: number | null;
  /**
   * Until a first payment is credited (its invoice then fixes the tax code): the tax code a person
   * confirmed for the invoices, null while none is. Null after it, and for a role that may not top up.
   */
  beforeFirstPayment: { confirmedTaxCode: string | null } | null;
}

/**
 * "review": not credited, because Checkout's answer about its order did not prove the payment is
 * this top-up's; a person looks at it.
 */
export const TOPUP_STATUSES = ["pending", "succeeded", "failed", "review"] as const;
export type TopupStatus = (typeof TOPUP_STATUSES)[number];

/** What the app passes to Zalo Checkout's createOrder, signed by the server. */
export interface CheckoutOrder {
  amount: number;
  desc: string;
  item: { id: string; amount: number }[];
  extradata: string;
  method?: string;
  mac: string;
}

export interface Topup {
  id: string;
  amount: number;
  method: TopupMethod;
  status: TopupStatus;
  invoice: boolean;
  createdAt: string;
  checkout?: CheckoutOrder;
  bankTransfer?: { accountNumber: string; bankName: string; note: string; qr: string };
}

/** What moved a ZCA's money: a ledger entry's kind, and a history line's. */
export const TRANSACTION_KINDS = ["topup", "spend", "adjustment"] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

export interface Transaction {
  id: string;
  kind: TransactionKind;
  /** Signed: a top-up is positive, a spend negative. */
  amount: number;
  /** Null for a top-up that has not been credited (pending, failed or under review). */
  balanceAfter: number | null;
  method?: TopupMethod;
  status: TopupStatus;
  reference?: string;
  description: string;
  invoice: boolean;
  createdAt: string;
}

/** One page of a list that can grow: `nextCursor` asks for the next, and is absent on the last. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface Spending {
  byMonth: { month: string; amount: number }[];
  byOa: { id: string; name: string; amount: number }[];
  byApp: { id: string; name: string; amount: number }[];
}

export interface InvoiceInfo {
  companyName: string;
  taxCode: string;
  /** Where the company is, as its invoices print it ("Địa chỉ công ty (sử dụng để xuất hóa đơn)"). */
  address: string;
  buyer: string;
  phone: string;
  email: string;
}

/** The saved invoice details as `GET /accounts/:id/invoice-info` answers them. */
export interface SavedInvoiceInfo extends InvoiceInfo {
  /** An invoice was written with this tax code: it can no longer change (Decree 70/2025). */
  taxCodeLocked: boolean;
}

/**
 * A member of a ZCA as its members list shows them. A number no Zalo account has signed in with
 * yet is a pending invitation: `pending`, no name and no person; it becomes a membership when a
 * person signs in and shares that phone.
 */
export interface Member {
  /** The entry's id in the ZCA's members (`/members/:memberId`): the person's, or the invitation's. */
  id: string;
  /** The person, once they have joined; null while the invitation is pending. */
  personId: string | null;
  name: string | null;
  avatar: string;
  /** Masked, as every phone the app shows. */
  phone: string | null;
  role: Role;
  addedBy: User;
  addedAt: string;
  pending: boolean;
}
