-- Phones are stored in E.164 ("+84901000001"): members are added by a typed number, which must
-- meet the one a person shared with Zalo. Earlier rows held Vietnamese numbers as "0901000001"
-- and other countries' numbers as their digits without the "+".
UPDATE "people" SET "phone" = '+84' || substr("phone", 2) WHERE "phone" ~ '^0[35789][0-9]{8}$';--> statement-breakpoint
UPDATE "people" SET "phone" = '+' || "phone" WHERE "phone" ~ '^[1-9][0-9]{6,14}$';--> statement-breakpoint
UPDATE "accounts" SET "super_admin_phone" = '+84' || substr("super_admin_phone", 2) WHERE "super_admin_phone" ~ '^0[35789][0-9]{8}$';--> statement-breakpoint
UPDATE "accounts" SET "super_admin_phone" = '+' || "super_admin_phone" WHERE "super_admin_phone" ~ '^[1-9][0-9]{6,14}$';
