CREATE TABLE "account_apps" (
	"app_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_oas" (
	"oa_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"linked_by" text NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"super_admin_phone" text NOT NULL,
	"super_admin_id" text NOT NULL,
	"terms_version" text NOT NULL,
	"terms_accepted_at" timestamp with time zone NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_super_admin_phone_unique" UNIQUE("super_admin_phone")
);
--> statement-breakpoint
CREATE TABLE "apps" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"owner_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"account_id" text,
	"subject_id" text,
	"request_id" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"person_id" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"account_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_person_id_key_pk" PRIMARY KEY("person_id","key")
);
--> statement-breakpoint
CREATE TABLE "oa_admins" (
	"oa_id" text NOT NULL,
	"zalo_id" text NOT NULL,
	CONSTRAINT "oa_admins_oa_id_zalo_id_pk" PRIMARY KEY("oa_id","zalo_id")
);
--> statement-breakpoint
CREATE TABLE "oas" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"avatar" text DEFAULT '' NOT NULL,
	"verified" boolean NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"followers" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"zalo_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"avatar" text DEFAULT '' NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_apps" ADD CONSTRAINT "account_apps_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_apps" ADD CONSTRAINT "account_apps_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_oas" ADD CONSTRAINT "account_oas_oa_id_oas_id_fk" FOREIGN KEY ("oa_id") REFERENCES "public"."oas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_oas" ADD CONSTRAINT "account_oas_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_oas" ADD CONSTRAINT "account_oas_linked_by_people_zalo_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_super_admin_id_people_zalo_id_fk" FOREIGN KEY ("super_admin_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apps" ADD CONSTRAINT "apps_owner_id_people_zalo_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oa_admins" ADD CONSTRAINT "oa_admins_oa_id_oas_id_fk" FOREIGN KEY ("oa_id") REFERENCES "public"."oas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oa_admins" ADD CONSTRAINT "oa_admins_zalo_id_people_zalo_id_fk" FOREIGN KEY ("zalo_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_apps_account_idx" ON "account_apps" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "account_oas_account_idx" ON "account_oas" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "accounts_super_admin_idx" ON "accounts" USING btree ("super_admin_id");--> statement-breakpoint
CREATE INDEX "apps_owner_idx" ON "apps" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "audit_events_account_idx" ON "audit_events" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "oa_admins_person_idx" ON "oa_admins" USING btree ("zalo_id");