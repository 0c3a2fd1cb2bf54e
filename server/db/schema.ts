import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { ROLES } from "../../src/domain/permissions";

// Members are added by phone: the phone is how a person is found.
export const people = pgTable(
  "people",
  {
    zaloId: text("zalo_id").primaryKey(),
    name: text("name").notNull(),
    avatar: text("avatar").notNull().default(""),
    phone: text("phone"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("people_phone_idx").on(t.phone)],
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

export const apps = pgTable("apps", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// Zalo's apps have several admins, like OAs: whoever administers one may link it to a ZCA.
export const appAdmins = pgTable(
  "app_admins",
  {
    appId: text("app_id")
      .notNull()
      .references(() => apps.id),
    zaloId: text("zalo_id")
      .notNull()
      .references(() => people.zaloId),
  },
  (t) => [primaryKey({ columns: [t.appId, t.zaloId] }), index("app_admins_person_idx").on(t.zaloId)],
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
      .references(() => people.zaloId),
    role: memberRole("role").notNull(),
    addedBy: text("added_by")
      .notNull()
      .references(() => people.zaloId),
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
      .references(() => people.zaloId),
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
