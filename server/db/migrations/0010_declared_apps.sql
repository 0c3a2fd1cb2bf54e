ALTER TABLE "apps" ADD COLUMN "declared_by" text;--> statement-breakpoint
ALTER TABLE "apps" ADD COLUMN "declared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "apps" ADD CONSTRAINT "apps_declared_by_people_zalo_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apps" ADD CONSTRAINT "apps_declared_by_and_at" CHECK (("apps"."declared_by" IS NULL) = ("apps"."declared_at" IS NULL));