-- "Quản lý thông báo" (issue 27): each ZCA's settings per kind, the notifications (inbox and
-- outbox of their Zalo messages) and each person's language. Expand only: new tables, a nullable
-- column, and the low-balance setting copied from alert_settings, which instances of the previous
-- release still read and write until the last one is gone: a trigger copies their writes, and the
-- next release drops alert_settings with the trigger (docs/deploy.md).
ALTER TABLE "people" ADD COLUMN "lang" text;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_lang_known" CHECK ("lang" IN ('vi', 'en')) NOT VALID;--> statement-breakpoint
CREATE TABLE "notification_settings" (
	"account_id" text NOT NULL,
	"kind" text NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"threshold" bigint DEFAULT 0 NOT NULL,
	"threshold_days" integer,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"below" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_settings_account_id_kind_pk" PRIMARY KEY("account_id","kind"),
	CONSTRAINT "notification_settings_kind_known" CHECK ("kind" IN ('lowBalance', 'balanceMovement', 'members', 'assets', 'invoices')),
	CONSTRAINT "notification_settings_threshold_bound" CHECK ("threshold" BETWEEN 0 AND 1000000000000),
	CONSTRAINT "notification_settings_days_bound" CHECK ("threshold_days" BETWEEN 1 AND 365)
);--> statement-breakpoint
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"person_id" text NOT NULL,
	"event_key" text NOT NULL,
	"kind" text NOT NULL,
	"event" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"zalo_error" integer,
	"last_error" text,
	"zalo_msg_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_kind_known" CHECK ("kind" IN ('lowBalance', 'balanceMovement', 'members', 'assets', 'invoices')),
	CONSTRAINT "notifications_status_known" CHECK ("status" IN ('pending', 'sent', 'undeliverable', 'failed'))
);--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_zalo_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_event_person_idx" ON "notifications" USING btree ("event_key","person_id");--> statement-breakpoint
CREATE INDEX "notifications_inbox_idx" ON "notifications" USING btree ("person_id","account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_due_idx" ON "notifications" USING btree ("status","next_attempt_at");--> statement-breakpoint
-- The low-balance setting as it was: the banner's threshold, now also a Zalo message to the
-- Super Admin (the one the banner spoke to first). A ZCA already under it is "below": no message
-- until the balance has been back above it.
INSERT INTO "notification_settings" ("account_id", "kind", "enabled", "threshold", "recipients", "below")
SELECT s."account_id", 'lowBalance', s."low_balance_enabled", s."low_balance_threshold",
       ARRAY[a."super_admin_id"], s."low_balance_enabled" AND a."balance" < s."low_balance_threshold"
FROM "alert_settings" s JOIN "accounts" a ON a."id" = s."account_id"
ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE FUNCTION "alert_settings_to_notifications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "notification_settings" ("account_id", "kind", "enabled", "threshold", "recipients")
  SELECT NEW."account_id", 'lowBalance', NEW."low_balance_enabled", NEW."low_balance_threshold", ARRAY[a."super_admin_id"]
  FROM "accounts" a WHERE a."id" = NEW."account_id"
  ON CONFLICT ("account_id", "kind") DO UPDATE
    SET "enabled" = EXCLUDED."enabled", "threshold" = EXCLUDED."threshold", "updated_at" = now();
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "alert_settings_to_notifications" AFTER INSERT OR UPDATE ON "alert_settings"
FOR EACH ROW EXECUTE FUNCTION "alert_settings_to_notifications"();
