ALTER TABLE "oa_grants" ALTER COLUMN "state_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD COLUMN "ticket_hash" text;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD COLUMN "ticket_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD COLUMN "ticket_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD COLUMN "browser_hash" text;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD COLUMN "pending_oa" jsonb;--> statement-breakpoint
ALTER TABLE "oa_grants" ADD COLUMN "pending_tokens" text;
