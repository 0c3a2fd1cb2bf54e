ALTER TABLE "apps" DROP CONSTRAINT "apps_owner_id_people_zalo_id_fk";
--> statement-breakpoint
DROP INDEX "apps_owner_idx";--> statement-breakpoint
ALTER TABLE "apps" DROP COLUMN "owner_id";