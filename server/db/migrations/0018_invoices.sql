-- One e-invoice per credited payment (issue 26): the row is written in the credit's own
-- transaction and points at its ledger entry (unique), so retries, races and crashes never make a
-- second one. Expand only: a new table that the previous release never reads.
CREATE TABLE "invoices" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"ledger_entry_id" bigint NOT NULL,
	"topup_id" text,
	"amount" bigint NOT NULL,
	"status" text DEFAULT 'issuing' NOT NULL,
	"buyer_company_name" text NOT NULL,
	"buyer_tax_code" text NOT NULL,
	"buyer_address" text NOT NULL,
	"buyer_email" text NOT NULL,
	"number" text,
	"series" text,
	"lookup_code" text,
	"provider_transaction_id" text,
	"pdf" bytea,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "invoices_status_known" CHECK ("status" IN ('issuing', 'issued', 'emailed', 'failed')),
	CONSTRAINT "invoices_amount_bound" CHECK ("amount" BETWEEN 1 AND 9007199254740991)
);--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_ledger_entry_id_ledger_entries_id_fk" FOREIGN KEY ("ledger_entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_topup_id_topups_id_fk" FOREIGN KEY ("topup_id") REFERENCES "public"."topups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_ledger_entry_idx" ON "invoices" USING btree ("ledger_entry_id");--> statement-breakpoint
CREATE INDEX "invoices_account_idx" ON "invoices" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_due_idx" ON "invoices" USING btree ("status","next_attempt_at");
