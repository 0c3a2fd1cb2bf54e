-- Short-lived links that serve one file without the session (an invoice's PDF, a report), for
-- Zalo's document viewer and downloader, which fetch a URL themselves (issue 26). Only the
-- SHA-256 of the token is kept. A link dies with its ZCA or its person. Expand only: a new table
-- that the previous release never reads.
CREATE TABLE "file_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"file" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "file_links_kind_known" CHECK ("kind" IN ('invoice_pdf', 'spending_export', 'history_export'))
);--> statement-breakpoint
ALTER TABLE "file_links" ADD CONSTRAINT "file_links_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_links" ADD CONSTRAINT "file_links_person_id_people_zalo_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("zalo_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "file_links_expires_idx" ON "file_links" USING btree ("expires_at");
