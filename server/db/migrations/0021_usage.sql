-- Spending that really happens (issue 27): Zalo's charging services hold an amount before they
-- spend, then send one usage event per charge. Expand only: new tables and new nullable columns
-- that the release before never reads; its instances keep writing ledger entries without them.
-- A hold reserves part of a ZCA's balance until it is captured or its expiry passes; the
-- available balance is the balance minus the active holds not yet expired.
CREATE TABLE "usage_holds" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"oa_id" text,
	"app_id" text,
	"quantity" integer,
	"expires_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"event_id" text,
	"captured_amount" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "usage_holds_kind_known" CHECK ("kind" IN ('oa_package', 'proactive', 'zns')),
	CONSTRAINT "usage_holds_status_known" CHECK ("status" IN ('active', 'captured', 'released')),
	CONSTRAINT "usage_holds_amount_bound" CHECK ("amount" BETWEEN 1 AND 1000000000000 AND "captured_amount" BETWEEN 1 AND "amount")
);--> statement-breakpoint
ALTER TABLE "usage_holds" ADD CONSTRAINT "usage_holds_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "usage_holds_active_idx" ON "usage_holds" USING btree ("account_id") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "usage_holds_expiry_idx" ON "usage_holds" USING btree ("expires_at") WHERE "status" = 'active';--> statement-breakpoint
-- A usage event the balance could not pay (or that named a hold it could not take from): kept,
-- with how often it came, for a person and for the service that sent it.
CREATE TABLE "usage_refusals" (
	"event_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"hold_id" text,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"oa_id" text,
	"app_id" text,
	"quantity" integer,
	"occurred_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"refused_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_refused_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_refusals_kind_known" CHECK ("kind" IN ('oa_package', 'proactive', 'zns')),
	CONSTRAINT "usage_refusals_reason_known" CHECK ("reason" IN ('insufficient_balance', 'hold_unknown', 'hold_closed', 'hold_exceeded')),
	CONSTRAINT "usage_refusals_amount_bound" CHECK ("amount" BETWEEN 1 AND 1000000000000)
);--> statement-breakpoint
ALTER TABLE "usage_refusals" ADD CONSTRAINT "usage_refusals_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A spend says which usage event made it: debited once per event id (the unique index).
ALTER TABLE "ledger_entries" ADD COLUMN "event_id" text;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "hold_id" text;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "usage_kind" text;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "quantity" integer;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "occurred_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_usage_kind_known" CHECK ("usage_kind" IN ('oa_package', 'proactive', 'zns')) NOT VALID;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_event_idx" ON "ledger_entries" USING btree ("event_id");
