import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

export const people = pgTable("people", {
  zaloId: text("zalo_id").primaryKey(),
  name: text("name").notNull(),
  avatar: text("avatar").notNull().default(""),
  phone: text("phone"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    // R1 lives here: one ZCA per Super Admin phone, enforced by the database.
    superAdminPhone: text("super_admin_phone").notNull().unique(),
    superAdminId: text("super_admin_id")
      .notNull()
      .references(() => people.zaloId),
    termsVersion: text("terms_version").notNull(),
    termsAcceptedAt: timestamp("terms_accepted_at", { withTimezone: true }).notNull(),
    balance: bigint("balance", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("accounts_super_admin_idx").on(t.superAdminId)],
);

export const oas = pgTable("oas", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  avatar: text("avatar").notNull().default(""),
  verified: boolean("verified").notNull(),
  category: text("category").notNull().default(""),
  followers: integer("followers").notNull().default(0),
});

export const oaAdmins = pgTable(
  "oa_admins",
  {
    oaId: text("oa_id")
      .notNull()
      .references(() => oas.id),
    zaloId: text("zalo_id")
      .notNull()
      .references(() => people.zaloId),
  },
  (t) => [primaryKey({ columns: [t.oaId, t.zaloId] }), index("oa_admins_person_idx").on(t.zaloId)],
);

export const apps = pgTable(
  "apps",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => people.zaloId),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("apps_owner_idx").on(t.ownerId)],
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
      .references(() => people.zaloId),
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

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    personId: text("person_id").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.key] })],
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
    .references(() => people.zaloId),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
