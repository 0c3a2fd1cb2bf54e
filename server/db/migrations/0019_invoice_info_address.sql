-- Issue 26's invoice rules. Expand only: the release before it keeps working on the new schema.
-- The saved invoice details get their own address (Zalo's form asks "Địa chỉ công ty (sử dụng để
-- xuất hóa đơn)"): '' for the rows already there and for what the previous release still writes
-- (it names no address), so the column can be NOT NULL at once and the code treats '' as "none".
ALTER TABLE "invoice_info" ADD COLUMN "address" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- A replacement invoice (Decree 70/2025: a wrong company name or address) is a row of its own
-- that names the invoice it replaces and has no ledger entry (the original keeps it): the unique
-- index on ledger_entry_id stays as it is, so the previous release's ON CONFLICT still finds it.
-- Every row is exactly one of the two; one replacement per invoice, by a unique index.
ALTER TABLE "invoices" ALTER COLUMN "ledger_entry_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "replaces_invoice_id" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_replaces_invoice_id_invoices_id_fk" FOREIGN KEY ("replaces_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credit_or_replacement" CHECK (("ledger_entry_id" IS NULL) <> ("replaces_invoice_id" IS NULL));--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_replaces_idx" ON "invoices" USING btree ("replaces_invoice_id");--> statement-breakpoint
-- The tax-code lock asks "has an invoice of this ZCA been written to this tax code?".
CREATE INDEX "invoices_buyer_tax_code_idx" ON "invoices" USING btree ("account_id","buyer_tax_code");
