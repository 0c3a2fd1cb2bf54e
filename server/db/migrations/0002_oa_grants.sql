CREATE TABLE "oa_grants" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"state_hash" text NOT NULL,
	"code_verifier" text NOT NULL,
	"lang" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"error" text,
	"oa_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "oa_grants_state_hash_unique" UNIQUE("state_hash")
);
--> statement-breakpoint
CREATE TABLE "oa_tokens" (
	"oa_id" text PRIMARY KEY NOT NULL,
	"refresh_token" text NOT NULL,
	"access_token" text NOT NULL,
	"access_expires_at" timestamp with time zone NOT NULL,
	"granted_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "oa_admins" ADD COLUMN "source" text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE "oa_admins" ADD COLUMN "granted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oa_admins" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oas" ADD COLUMN "oa_type" integer;--> statement-breakpoint
ALTER TABLE "oas" ADD COLUMN "package_name" text;--> statement-breakpoint
ALTER TABLE "oas" ADD COLUMN "package_valid_through" text;--> statement-breakpoint
ALTER TABLE "oas" ADD COLUMN "zalo_linked_zca" text;--> statement-breakpoint
ALTER TABLE "oas" ADD COLUMN "refreshed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD CONSTRAINT "oa_grants_person_id_people_zalo_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD CONSTRAINT "oa_grants_oa_id_oas_id_fk" FOREIGN KEY ("oa_id") REFERENCES "public"."oas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oa_tokens" ADD CONSTRAINT "oa_tokens_oa_id_oas_id_fk" FOREIGN KEY ("oa_id") REFERENCES "public"."oas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oa_tokens" ADD CONSTRAINT "oa_tokens_granted_by_people_zalo_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oa_grants_person_idx" ON "oa_grants" USING btree ("person_id");