import { sql } from "drizzle-orm";
import {
  bigint,
  uniqueIndex,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  varchar,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { PAYMENT_PROVIDERS, TOPUP_METHODS } from "../../src/domain/money";
import { FILE_LINK_KINDS } from "../../src/domain/file-links";
import { INVOICE_STATUSES } from "../../src/domain/invoices";
import type { Lang } from "../../src/domain/languages";
import type { ReportFormat } from "../../src/domain/report-range";
import { OA_ADMIN_SOURCES, OA_GRANT_STATUSES } from "../../src/domain/oa-grants";
import { LANGS } from "../../src/domain/languages";
import { DELIVERY_STATUSES, type NotificationEvent } from "../../src/domain/notifications";
import { NOTIFICATION_KINDS } from "../../src/domain/notification-kinds";
import { ROLES } from "../../src/domain/permissions";
import { STAFF_ROLES } from "../../src/domain/staff-permissions";
import { TOPUP_STATUSES, TRANSACTION_KINDS } from "../../src/domain/types";
import { USAGE_KINDS, USAGE_REFUSALS } from "../../src/domain/usage";
import type { ZaloOaProfile } from "../auth/zalo-oa";

/**
 * A name as a search matches it: without Vietnamese tone marks or diacritics, đ as d, lower case
 * ("Bình Minh" → "binh minh"). fold_vi() is a SQL function of migration 0009, so a search folds
 * what a person types the same way.
 */
const folded = (column: string) => sql.raw(`fold_vi("${column}")`);

/**
 * The CHECK that a text column holds one of the code's `values` (or null). A CHECK, not a pgEnum:
 * it is added and changed without rewriting the table, and NOT VALID while old rows are looked at
 * (docs/deploy.md, migration 0015); an enum's change locks and rewrites every row.
 */
function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  const literals = values.map((value) => {
    if (!/^[A-Za-z_]+$/.test(value)) throw new Error(`${name}: ${value} is not a plain word`);
    return `'${value}'`;
  });
  return check(name, sql`${column} IN (${sql.raw(literals.join(", "))})`);
}

// Members are added by phone: the phone is how a person is found.
export const people = pgTable(
  "people",
  {
    id: text("zalo_id").primaryKey(),
    name: text("name").notNull(),
    avatar: text("avatar").notNull().default(""),
    phone: text("phone"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Raised by "Đăng xuất mọi thiết bị": a session token issued under an earlier one is refused. */
    sessionVersion: integer("session_version").notNull().default(0),
    /** The language the person last used the app in (null until they sign in after 0022): their notifications speak it. */
    lang: text("lang"),
  },
  (t) => [index("people_phone_idx").on(t.phone), oneOf("people_lang_known", t.lang, LANGS)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    // R1 lives here: one ZCA per Super Admin phone, enforced by the database.
    superAdminPhone: text("super_admin_phone").notNull().unique(),
    superAdminId: text("super_admin_id")
      .notNull()
      .references(() => people.id),
    termsVersion: text("terms_version").notNull(),
    termsAcceptedAt: timestamp("terms_accepted_at", { withTimezone: true }).notNull(),
    balance: bigint("balance", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The tax code a person confirmed, before the first top-up, for the ZCA's invoices to carry. */
    taxCodeConfirmed: text("tax_code_confirmed"),
  },
  // The bounds of 0013_amount_bounds (NOT VALID there: rows before it are not checked).
  (t) => [
    index("accounts_super_admin_idx").on(t.superAdminId),
    check("accounts_balance_bound", sql`${t.balance} BETWEEN -9007199254740991 AND 9007199254740991`),
  ],
);

export const oas = pgTable("oas", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  nameFolded: text("name_folded").generatedAlwaysAs(folded("name")),
  avatar: text("avatar").notNull().default(""),
  verified: boolean("verified").notNull(),
  category: text("category").notNull().default(""),
  followers: integer("followers").notNull().default(0),
  // What Zalo's OA API said (GET /v2.0/oa/getoa), for OAs that came through a grant.
  oaType: integer("oa_type"),
  packageName: text("package_name"),
  packageValidThrough: text("package_valid_through"),
  /** Zalo's own record of the ZCA the OA is linked to, outside this app. */
  zaloLinkedAccount: text("zalo_linked_zca"),
  /** When Zalo last described the OA; null for the seeded directory. */
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }),
});

export const oaAdmins = pgTable(
  "oa_admins",
  {
    oaId: text("oa_id")
      .notNull()
      .references(() => oas.id),
    personId: text("zalo_id")
      .notNull()
      .references(() => people.id),
    /** How we know: "seed" (the demo directory) or "zalo_grant" (the person's OA authorization). */
    source: text("source", { enum: OA_ADMIN_SOURCES }).notNull().default("seed"),
    grantedAt: timestamp("granted_at", { withTimezone: true }),
    /** Set when Zalo stopped honouring the grant: the person must authorize the OA again. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /**
     * The OA's name, copied from oas by triggers (migration 0009) on every insert and rename, so
     * a person's OAs are read in name order straight off an index, a page at a time.
     */
    oaName: text("oa_name").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.oaId, t.personId] }),
    index("oa_admins_person_name_idx").on(t.personId, t.oaName, t.oaId),
    oneOf("oa_admins_source_known", t.source, OA_ADMIN_SOURCES),
  ],
);

/** An OA's tokens from Zalo, sealed (AES-256-GCM under ZALO_TOKEN_KEY); never sent anywhere but Zalo. */
export const oaTokens = pgTable("oa_tokens", {
  oaId: text("oa_id")
    .primaryKey()
    .references(() => oas.id),
  refreshToken: text("refresh_token").notNull(),
  accessToken: text("access_token").notNull(),
  accessExpiresAt: timestamp("access_expires_at", { withTimezone: true }).notNull(),
  grantedBy: text("granted_by")
    .notNull()
    .references(() => people.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/** One OA authorization a person started: the state Zalo echoes back, single use, ten minutes. */
export const oaGrants = pgTable(
  "oa_grants",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    /**
     * SHA-256 of the state, made when the grant's browser opens it (null until then): the state
     * itself exists only in the URL Zalo redirects to.
     */
    stateHash: text("state_hash").unique(),
    codeVerifier: text("code_verifier").notNull(),
    lang: text("lang").notNull(),
    status: text("status", { enum: OA_GRANT_STATUSES }).notNull().default("pending"),
    /** SHA-256 of the single-use ticket of the app's link (`/api/oa-grants/:id/open`), 2 minutes. */
    ticketHash: text("ticket_hash"),
    ticketExpiresAt: timestamp("ticket_expires_at", { withTimezone: true }),
    ticketUsedAt: timestamp("ticket_used_at", { withTimezone: true }),
    /** SHA-256 of the cookie the ticket set: only that browser's callback and confirmation count. */
    browserHash: text("browser_hash"),
    /** Between Zalo's callback and the person's "Xác nhận": Zalo's OA and its tokens (sealed). */
    pendingOa: jsonb("pending_oa").$type<ZaloOaProfile>(),
    pendingTokens: text("pending_tokens"),
    error: text("error"),
    oaId: text("oa_id").references(() => oas.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("oa_grants_person_idx").on(t.personId),
    oneOf("oa_grants_status_known", t.status, OA_GRANT_STATUSES),
  ],
);

export const apps = pgTable(
  "apps",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    nameFolded: text("name_folded").generatedAlwaysAs(folded("name")),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // An app connected by its App ID on a person's word (no Zalo API proves it): who said so, when.
    declaredBy: text("declared_by").references(() => people.id),
    declaredAt: timestamp("declared_at", { withTimezone: true }),
  },
  (t) => [check("apps_declared_by_and_at", sql`(${t.declaredBy} IS NULL) = (${t.declaredAt} IS NULL)`)],
);

// Zalo's apps have several admins, like OAs: whoever administers one may link it to a ZCA.
export const appAdmins = pgTable(
  "app_admins",
  {
    appId: text("app_id")
      .notNull()
      .references(() => apps.id),
    personId: text("zalo_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.appId, t.personId] }), index("app_admins_person_idx").on(t.personId)],
);

export const memberRole = pgEnum("member_role", ROLES);

// One membership per person and ZCA; one Super Admin per ZCA, enforced by the database.
export const accountMembers = pgTable(
  "account_members",
  {
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    role: memberRole("role").notNull(),
    addedBy: text("added_by")
      .notNull()
      .references(() => people.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.personId] }),
    index("account_members_person_idx").on(t.personId),
    uniqueIndex("account_members_one_super_admin")
      .on(t.accountId)
      .where(sql`${t.role} = 'super_admin'`),
  ],
);

// A phone added as a member before any Zalo account with it has signed in here (Zalo mode): it
// becomes a membership when a person signs in and shares that phone.
export const accountInvitations = pgTable(
  "account_invitations",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    phone: text("phone").notNull(),
    role: memberRole("role").notNull(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => people.id),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("account_invitations_account_phone").on(t.accountId, t.phone),
    index("account_invitations_phone_idx").on(t.phone),
    check("account_invitations_not_super_admin", sql`${t.role} <> 'super_admin'`),
  ],
);

// "One ZCA per OA": the OA id is the primary key of its link.
export const accountOas = pgTable(
  "account_oas",
  {
    oaId: text("oa_id")
      .primaryKey()
      .references(() => oas.id),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    linkedBy: text("linked_by")
      .notNull()
      .references(() => people.id),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_oas_account_idx").on(t.accountId)],
);

export const accountApps = pgTable(
  "account_apps",
  {
    appId: text("app_id")
      .primaryKey()
      .references(() => apps.id),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
  },
  (t) => [index("account_apps_account_idx").on(t.accountId)],
);

/** What an Idempotency-Key can make (services/idempotency.ts). */
export const IDEMPOTENCY_SCOPES = ["account", "topup"] as const;
export type IdempotencyScope = (typeof IDEMPOTENCY_SCOPES)[number];

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    key: text("key").notNull(),
    scope: text("scope", { enum: IDEMPOTENCY_SCOPES }).notNull().default("account"),
    requestHash: text("request_hash").notNull(),
    /** The ZCA the key acted on. */
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    /** What it made there; null on a ZCA's key kept by the release before 0016 (the ZCA itself). */
    resourceId: text("resource_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.key] }),
    oneOf("idempotency_keys_scope_known", t.scope, IDEMPOTENCY_SCOPES),
  ],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    actorId: text("actor_id").notNull(),
    action: text("action").notNull(),
    accountId: text("account_id"),
    subjectId: text("subject_id"),
    requestId: text("request_id"),
    detail: jsonb("detail").notNull().default({}),
  },
  (t) => [index("audit_events_account_idx").on(t.accountId)],
);

/**
 * Each ZCA's own bank account number for transfers (a virtual account at BANK_BIN): made with the
 * ZCA, never reused. Its last digit is a Luhn check digit, so a mistyped number is recognised.
 */
export const transferAccounts = pgTable("transfer_accounts", {
  accountId: text("account_id")
    .primaryKey()
    .references(() => accounts.id),
  accountNumber: text("account_number").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A top-up a member started: followed until Zalo Checkout or the bank says how it ended. */
export const topups = pgTable(
  "topups",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    amount: bigint("amount", { mode: "number" }).notNull(),
    method: text("method", { enum: TOPUP_METHODS }).notNull(),
    status: text("status", { enum: TOPUP_STATUSES }).notNull().default("pending"),
    invoice: boolean("invoice").notNull().default(false),
    createdBy: text("created_by")
      .notNull()
      .references(() => people.id),
    /**
     * The top-up's Idempotency-Key, as idempotency_keys keeps it too: still written for the
     * instances of the release before 0016, which read it here (docs/deploy.md, contract step).
     */
    idempotencyKey: text("idempotency_key").notNull(),
    requestHash: text("request_hash").notNull(),
    /**
     * Zalo Checkout's order id, once the app has created the order (or Zalo's signed callback
     * named it). Set once; an order belongs to at most one top-up (the unique index).
     */
    checkoutOrderId: text("checkout_order_id"),
    /** The payment provider's transaction id, once it is known. */
    reference: text("reference"),
    failure: text("failure"),
    /**
     * Why a person must look at this top-up (status "review": Checkout's answer did not prove
     * the payment is this top-up's), and the answer as it came.
     */
    reviewReason: text("review_reason"),
    reviewAnswer: jsonb("review_answer"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp("settled_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("topups_idempotency_idx").on(t.createdBy, t.idempotencyKey),
    uniqueIndex("topups_checkout_order_idx").on(t.checkoutOrderId),
    check("topups_amount_bound", sql`${t.amount} BETWEEN 1 AND 1000000000000`),
    oneOf("topups_method_known", t.method, TOPUP_METHODS),
    oneOf("topups_status_known", t.status, TOPUP_STATUSES),
    index("topups_account_idx").on(t.accountId, t.createdAt),
    index("topups_pending_idx").on(t.status, t.createdAt),
  ],
);

/**
 * The truth about a ZCA's money: one row per credit or debit, with the balance after it. The
 * balance in accounts changes only in the same transaction as a row here, and always equals
 * their sum. A provider's transaction id is credited at most once (the unique index).
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    kind: text("kind", { enum: TRANSACTION_KINDS }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    balanceAfter: bigint("balance_after", { mode: "number" }).notNull(),
    method: text("method", { enum: TOPUP_METHODS }),
    /** Who told us of money that came in; null for spends and adjustments. */
    provider: text("provider", { enum: PAYMENT_PROVIDERS }),
    reference: text("reference"),
    topupId: text("topup_id").references(() => topups.id),
    description: text("description").notNull().default(""),
    /** What a spend paid for: an OA's package or messages, an app's ZNS. */
    oaId: text("oa_id"),
    appId: text("app_id"),
    invoice: boolean("invoice").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** A spend's usage event (POST /api/usage/events): debited once per event id (the unique index). */
    eventId: text("event_id"),
    holdId: text("hold_id"),
    usageKind: text("usage_kind", { enum: USAGE_KINDS }),
    quantity: integer("quantity"),
    /** When the service says the usage happened; createdAt is when it was debited. */
    occurredAt: timestamp("occurred_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("ledger_provider_reference_idx").on(t.provider, t.reference),
    uniqueIndex("ledger_event_idx").on(t.eventId),
    oneOf("ledger_entries_usage_kind_known", t.usageKind, USAGE_KINDS),
    check(
      "ledger_entries_amount_bound",
      sql`${t.amount} BETWEEN -9007199254740991 AND 9007199254740991 AND ${t.balanceAfter} BETWEEN -9007199254740991 AND 9007199254740991`,
    ),
    uniqueIndex("ledger_topup_idx").on(t.topupId),
    oneOf("ledger_entries_kind_known", t.kind, TRANSACTION_KINDS),
    oneOf("ledger_entries_method_known", t.method, TOPUP_METHODS),
    oneOf("ledger_entries_provider_known", t.provider, PAYMENT_PROVIDERS),
    index("ledger_account_idx").on(t.accountId, t.createdAt, t.id),
  ],
);

/**
 * An amount a Zalo service reserved on a ZCA's balance before spending it: active until the
 * service's usage event captures it (the rest released) or its expiry passes (the sweep releases
 * it). The available balance is the balance minus the active holds not yet expired.
 */
export const usageHolds = pgTable(
  "usage_holds",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    kind: text("kind", { enum: USAGE_KINDS }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    oaId: text("oa_id"),
    appId: text("app_id"),
    quantity: integer("quantity"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["active", "captured", "released"] })
      .notNull()
      .default("active"),
    eventId: text("event_id"),
    capturedAmount: bigint("captured_amount", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp("settled_at", { withTimezone: true }),
  },
  (t) => [
    oneOf("usage_holds_kind_known", t.kind, USAGE_KINDS),
    oneOf("usage_holds_status_known", t.status, ["active", "captured", "released"]),
    check(
      "usage_holds_amount_bound",
      sql`${t.amount} BETWEEN 1 AND 1000000000000 AND ${t.capturedAmount} BETWEEN 1 AND ${t.amount}`,
    ),
    index("usage_holds_active_idx")
      .on(t.accountId)
      .where(sql`${t.status} = 'active'`),
    index("usage_holds_expiry_idx")
      .on(t.expiresAt)
      .where(sql`${t.status} = 'active'`),
  ],
);

/** A usage event that was not debited, and why: kept for a person, with how often it came. */
export const usageRefusals = pgTable(
  "usage_refusals",
  {
    eventId: text("event_id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    holdId: text("hold_id"),
    kind: text("kind", { enum: USAGE_KINDS }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    oaId: text("oa_id"),
    appId: text("app_id"),
    quantity: integer("quantity"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    reason: text("reason", { enum: USAGE_REFUSALS }).notNull(),
    attempts: integer("attempts").notNull().default(1),
    refusedAt: timestamp("refused_at", { withTimezone: true }).notNull().defaultNow(),
    lastRefusedAt: timestamp("last_refused_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    oneOf("usage_refusals_kind_known", t.kind, USAGE_KINDS),
    oneOf("usage_refusals_reason_known", t.reason, USAGE_REFUSALS),
    check("usage_refusals_amount_bound", sql`${t.amount} BETWEEN 1 AND 1000000000000`),
  ],
);

/** Money that arrived but matches no ZCA (or not its top-up): kept for a person to resolve. */
export const unmatchedPayments = pgTable(
  "unmatched_payments",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    provider: text("provider", { enum: PAYMENT_PROVIDERS }).notNull(),
    reference: text("reference").notNull(),
    accountNumber: text("account_number"),
    amount: bigint("amount", { mode: "number" }).notNull(),
    content: text("content").notNull().default(""),
    reason: text("reason").notNull(),
    payload: jsonb("payload").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("unmatched_provider_reference_idx").on(t.provider, t.reference),
    check("unmatched_payments_amount_bound", sql`${t.amount} BETWEEN 0 AND 9007199254740991`),
    oneOf("unmatched_payments_provider_known", t.provider, PAYMENT_PROVIDERS),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * The e-invoice of one credited payment: written in the credit's transaction, one per ledger
 * entry (the unique index), then issued through the provider by services/invoices.ts. The buyer
 * is a snapshot taken then: later edits of the details never reach it. A replacement invoice
 * (a wrong company name or address, Decree 70/2025) is a row of its own: no ledger entry (its
 * original keeps it), the original named in `replaces_invoice_id`, at most one per original.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    /** The credit it invoices; null on a replacement. */
    ledgerEntryId: bigint("ledger_entry_id", { mode: "number" }).references(() => ledgerEntries.id),
    /** The invoice this one replaces; null on an original. */
    replacesInvoiceId: text("replaces_invoice_id").references((): AnyPgColumn => invoices.id),
    topupId: text("topup_id").references(() => topups.id),
    amount: bigint("amount", { mode: "number" }).notNull(),
    status: text("status", { enum: INVOICE_STATUSES }).notNull().default("issuing"),
    buyerCompanyName: text("buyer_company_name").notNull(),
    buyerTaxCode: text("buyer_tax_code").notNull(),
    buyerAddress: text("buyer_address").notNull(),
    buyerEmail: text("buyer_email").notNull(),
    number: text("number"),
    series: text("series"),
    /** The provider's lookup code (Viettel's reservationCode): how a buyer finds it on their site. */
    lookupCode: text("lookup_code"),
    providerTransactionId: text("provider_transaction_id"),
    /** The provider's signed PDF, stored once fetched. */
    pdf: bytea("pdf"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("invoices_ledger_entry_idx").on(t.ledgerEntryId),
    uniqueIndex("invoices_replaces_idx").on(t.replacesInvoiceId),
    check(
      "invoices_credit_or_replacement",
      sql`(${t.ledgerEntryId} IS NULL) <> (${t.replacesInvoiceId} IS NULL)`,
    ),
    oneOf("invoices_status_known", t.status, INVOICE_STATUSES),
    check("invoices_amount_bound", sql`${t.amount} BETWEEN 1 AND 9007199254740991`),
    index("invoices_account_idx").on(t.accountId, t.createdAt, t.id),
    index("invoices_due_idx").on(t.status, t.nextAttemptAt),
    index("invoices_buyer_tax_code_idx").on(t.accountId, t.buyerTaxCode),
  ],
);

/**
 * A short-lived link that serves one file of a ZCA without the session, to Zalo's document viewer
 * and downloader (server/routes/file-links.ts says who may use it and why it is safe). Only the
 * token's SHA-256 is kept; the file is described (`file`: the invoice, or the report's months,
 * format and language), and made when the link is fetched, for a person still allowed to see it.
 */
export const fileLinks = pgTable(
  "file_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FILE_LINK_KINDS }).notNull(),
    file: jsonb("file").$type<FileLinkFile>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    oneOf("file_links_kind_known", t.kind, FILE_LINK_KINDS),
    index("file_links_expires_idx").on(t.expiresAt),
  ],
);

/** What a file link serves: an invoice's PDF, or a report of the chosen months. */
export type FileLinkFile =
  | { kind: "invoice_pdf"; invoiceId: string }
  | {
      kind: "spending_export" | "history_export";
      format: ReportFormat;
      from: string;
      to: string;
      lang: Lang;
    };

/** The business invoice details a ZCA's top-ups use when an invoice is asked for. */
export const invoiceInfo = pgTable("invoice_info", {
  accountId: text("account_id")
    .primaryKey()
    .references(() => accounts.id),
  companyName: text("company_name").notNull(),
  taxCode: text("tax_code").notNull(),
  buyer: text("buyer").notNull(),
  phone: text("phone").notNull(),
  email: text("email").notNull(),
  /** Where the company is, as invoices print it; '' on details saved before it was asked. */
  address: text("address").notNull().default(""),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The low-balance setting before "Quản lý thông báo" (0022 copied it into notification_settings,
 * and a trigger copies what instances of the previous release still write). Nothing reads it; the
 * next release's contract step drops it (docs/deploy.md).
 */
export const alertSettings = pgTable(
  "alert_settings",
  {
    accountId: text("account_id")
      .primaryKey()
      .references(() => accounts.id),
    lowBalanceEnabled: boolean("low_balance_enabled").notNull().default(false),
    lowBalanceThreshold: bigint("low_balance_threshold", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("alert_settings_threshold_bound", sql`${t.lowBalanceThreshold} BETWEEN 0 AND 1000000000000`)],
);

/**
 * "Quản lý thông báo": one row per ZCA and kind, written when someone saves it (a kind without a
 * row is off). `below` is the low-balance alert's state: set, race-safe, by the debit that crossed
 * the threshold downward (that one alerts), cleared when the balance is back above it.
 */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    enabled: boolean("enabled").notNull().default(false),
    threshold: bigint("threshold", { mode: "number" }).notNull().default(0),
    thresholdDays: integer("threshold_days"),
    recipients: text("recipients")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    below: boolean("below").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.kind] }),
    oneOf("notification_settings_kind_known", t.kind, NOTIFICATION_KINDS),
    check("notification_settings_threshold_bound", sql`${t.threshold} BETWEEN 0 AND 1000000000000`),
    check("notification_settings_days_bound", sql`${t.thresholdDays} BETWEEN 1 AND 365`),
  ],
);

/**
 * Every notification to one person (the inbox) and the outbox of its Zalo message: written in the
 * transaction of the event that causes it, one per event and person (`event_key`), delivered by
 * any instance's worker (SKIP LOCKED). Its id is the ZNS tracking_id.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    eventKey: text("event_key").notNull(),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    event: jsonb("event").$type<NotificationEvent>().notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** Zalo's `error` for the last refusal (negative), or null. */
    zaloError: integer("zalo_error"),
    lastError: text("last_error"),
    zaloMsgId: text("zalo_msg_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notifications_event_person_idx").on(t.eventKey, t.personId),
    index("notifications_inbox_idx").on(t.personId, t.accountId, t.createdAt, t.id),
    index("notifications_due_idx").on(t.status, t.nextAttemptAt),
    oneOf("notifications_kind_known", t.kind, NOTIFICATION_KINDS),
    oneOf("notifications_status_known", t.status, DELIVERY_STATUSES),
  ],
);

// A ZCA's business details (today's rules). A ZCA created before they were asked has no row here
// until an admin fills them in.
export const accountBusiness = pgTable("account_business", {
  accountId: text("account_id")
    .primaryKey()
    .references(() => accounts.id),
  companyName: text("company_name").notNull(),
  taxCode: text("tax_code").notNull(),
  address: text("address").notNull(),
  representative: text("representative").notNull(),
  phone: text("phone").notNull(),
  email: text("email").notNull(),
  updatedBy: text("updated_by")
    .notNull()
    .references(() => people.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Rate limit counts, shared by every API instance (rate-limiter-flexible's RateLimiterPostgres:
 * its own columns and types). Created here, so instances starting together never race to.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});

export const staffRole = pgEnum("staff_role", STAFF_ROLES);

/**
 * The operator's staff who may sign in to the console, and their role: kept here, managed by an
 * ops_admin, never taken from a claim of the identity provider. A staff member is found by the
 * IdP's subject once they have signed in, and by their (lower-case, verified) email before.
 */
export const staff = pgTable(
  "staff",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: staffRole("role").notNull(),
    oidcSubject: text("oidc_subject").unique(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("staff_email_lower", sql`${t.email} = lower(${t.email})`)],
);

/** A console session: only the SHA-256 of its cookie is kept; it ends at expiry or when idle too long. */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    /** Sent back by the console in X-CSRF-Token on every write, checked against this. */
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("staff_sessions_staff_idx").on(t.staffId)],
);

/**
 * What staff did in the console (sign-ins, refused sign-ins, searches, ZCAs opened, role
 * changes), with who did it. Apart from audit_events, whose actor is a person of the mini app and
 * which a ZCA's own members read.
 */
export const staffAudit = pgTable(
  "staff_audit",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Null for an identity the console refused (no staff member). */
    staffId: text("staff_id").references(() => staff.id),
    staffEmail: text("staff_email").notNull(),
    action: text("action").notNull(),
    accountId: text("account_id"),
    requestId: text("request_id"),
    detail: jsonb("detail").notNull().default({}),
  },
  (t) => [index("staff_audit_at_idx").on(t.at, t.id), index("staff_audit_account_idx").on(t.accountId)],
);
