CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
-- Lists that answer a page, and search that ignores Vietnamese diacritics.
--
-- A name as a search matches it: tone marks and diacritics removed (NFD, then the combining marks
-- U+0300-U+036F), đ (and Ð, which some keyboards type for it) as d, A-Z in lower case: "Bình Minh"
-- -> "binh minh", as withoutDiacritics() (src/domain/text.ts) and toLowerCase() fold it in the
-- app. Immutable, so stored columns can use it; the same in PostgreSQL and PGlite (no locale, no
-- extension).
CREATE FUNCTION "fold_vi"("name" text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN translate(regexp_replace(normalize("name", NFD), U&'[\0300-\036F]', '', 'g'),
  'ĐđÐðABCDEFGHIJKLMNOPQRSTUVWXYZ', 'ddddabcdefghijklmnopqrstuvwxyz');--> statement-breakpoint
ALTER TABLE "apps" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (fold_vi("name")) STORED;--> statement-breakpoint
ALTER TABLE "oas" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (fold_vi("name")) STORED;--> statement-breakpoint
-- A person's OAs in name order straight off an index: each admin row carries its OA's name,
-- copied by triggers on every insert and on every rename (without them a page sorted all of the
-- person's OAs: 500 lookups for 50 rows).
ALTER TABLE "oa_admins" ADD COLUMN "oa_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "oa_admins" SET "oa_name" = "oas"."name" FROM "oas" WHERE "oas"."id" = "oa_admins"."oa_id";--> statement-breakpoint
CREATE FUNCTION "oa_admins_copy_oa_name"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."oa_name" := (SELECT "name" FROM "oas" WHERE "id" = NEW."oa_id");
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "oa_admins_copy_oa_name" BEFORE INSERT OR UPDATE OF "oa_id", "oa_name" ON "oa_admins"
FOR EACH ROW EXECUTE FUNCTION "oa_admins_copy_oa_name"();--> statement-breakpoint
CREATE FUNCTION "oas_rename_in_admins"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "oa_admins" SET "oa_name" = NEW."name" WHERE "oa_id" = NEW."id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "oas_rename_in_admins" AFTER UPDATE OF "name" ON "oas"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "oas_rename_in_admins"();--> statement-breakpoint
CREATE INDEX "oa_admins_person_name_idx" ON "oa_admins" USING btree ("zalo_id","oa_name","oa_id");--> statement-breakpoint
DROP INDEX "oa_admins_person_idx";
-- A person's apps are read through app_admins (app_admins_person_idx), then sorted by name: a
-- person administers a handful of apps, not hundreds of OAs.
