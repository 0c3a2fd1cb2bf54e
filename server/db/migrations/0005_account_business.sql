CREATE TABLE "account_business" (
	"account_id" text PRIMARY KEY NOT NULL,
	"company_name" text NOT NULL,
	"tax_code" text NOT NULL,
	"address" text NOT NULL,
	"representative" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_business" ADD CONSTRAINT "account_business_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_business" ADD CONSTRAINT "account_business_updated_by_people_zalo_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;