CREATE TYPE "public"."member_role" AS ENUM('super_admin', 'admin', 'editor', 'finance');--> statement-breakpoint
CREATE TABLE "account_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"phone" text NOT NULL,
	"role" "member_role" NOT NULL,
	"invited_by" text NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_invitations_account_phone" UNIQUE("account_id","phone"),
	CONSTRAINT "account_invitations_not_super_admin" CHECK ("account_invitations"."role" <> 'super_admin')
);
--> statement-breakpoint
CREATE TABLE "account_members" (
	"account_id" text NOT NULL,
	"person_id" text NOT NULL,
	"role" "member_role" NOT NULL,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_members_account_id_person_id_pk" PRIMARY KEY("account_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "app_admins" (
	"app_id" text NOT NULL,
	"zalo_id" text NOT NULL,
	CONSTRAINT "app_admins_app_id_zalo_id_pk" PRIMARY KEY("app_id","zalo_id")
);
--> statement-breakpoint
ALTER TABLE "account_invitations" ADD CONSTRAINT "account_invitations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_invitations" ADD CONSTRAINT "account_invitations_invited_by_people_zalo_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_members" ADD CONSTRAINT "account_members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_members" ADD CONSTRAINT "account_members_person_id_people_zalo_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_members" ADD CONSTRAINT "account_members_added_by_people_zalo_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_admins" ADD CONSTRAINT "app_admins_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_admins" ADD CONSTRAINT "app_admins_zalo_id_people_zalo_id_fk" FOREIGN KEY ("zalo_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_invitations_phone_idx" ON "account_invitations" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "account_members_person_idx" ON "account_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_members_one_super_admin" ON "account_members" USING btree ("account_id") WHERE "account_members"."role" = 'super_admin';--> statement-breakpoint
CREATE INDEX "app_admins_person_idx" ON "app_admins" USING btree ("zalo_id");--> statement-breakpoint
CREATE INDEX "people_phone_idx" ON "people" USING btree ("phone");