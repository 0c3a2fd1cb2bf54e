-- The database holds these text columns to the code's lists (src/domain: TOPUP_METHODS,
-- TOPUP_STATUSES, TRANSACTION_KINDS, PAYMENT_PROVIDERS, OA_GRANT_STATUSES, OA_ADMIN_SOURCES), and an
-- idempotency key to a person who exists. No code ever wrote another value (each write takes a
-- literal, or a method its validation admits) nor a key for a person not in people (a key is the
-- signed-in person's, and people are never deleted): what breaks a rule came from a hand edit.
-- Such rows are mended where their own data says what they were, and kept as written where nothing
-- does (money records are never guessed):
--   a grant in an unknown step can never continue: it is expired, what Zalo gave for it dropped;
--   an OA admin row of an unknown source is "zalo_grant" when a grant time is set, else "seed";
--   a top-up of an unknown status that the ledger credited is "succeeded"; one of an unknown
--   status or method, not credited, goes to "review" for a person (`unknown_value`, the values as
--   they were), audited as 0011 does;
--   an idempotency key of a person not in people is deleted: only that person could ever use it.
-- The constraints are NOT VALID: added without reading the tables (a moment's lock, however large
-- they are), they check every row written from now on, old instances' included (they write only
-- these values), and leave a hand-written row the mending kept. `VALIDATE CONSTRAINT`, run later
-- in its own transaction, proves the old rows without blocking writes (docs/deploy.md).
UPDATE "oa_grants" SET "status" = 'expired', "pending_oa" = NULL, "pending_tokens" = NULL,
  "completed_at" = coalesce("completed_at", now())
WHERE "status" NOT IN ('pending', 'opened', 'exchanging', 'confirming', 'done', 'refused', 'failed', 'expired');--> statement-breakpoint
UPDATE "oa_admins" SET "source" = CASE WHEN "granted_at" IS NULL THEN 'seed' ELSE 'zalo_grant' END
WHERE "source" NOT IN ('seed', 'zalo_grant');--> statement-breakpoint
UPDATE "topups" SET "status" = 'succeeded'
WHERE "status" NOT IN ('pending', 'succeeded', 'failed', 'review')
  AND EXISTS (SELECT 1 FROM "ledger_entries" WHERE "ledger_entries"."topup_id" = "topups"."id");--> statement-breakpoint
INSERT INTO "audit_events" ("actor_id", "action", "account_id", "subject_id", "detail")
  SELECT "created_by", 'wallet.topup_review', "account_id", "id",
    jsonb_build_object('reason', 'unknown_value', 'status', "status", 'method', "method")
  FROM "topups"
  WHERE ("status" NOT IN ('pending', 'succeeded', 'failed', 'review')
      OR ("method" NOT IN ('checkout', 'bank_transfer') AND "status" NOT IN ('succeeded', 'review')))
    AND NOT EXISTS (SELECT 1 FROM "ledger_entries" WHERE "ledger_entries"."topup_id" = "topups"."id");--> statement-breakpoint
UPDATE "topups" SET "status" = 'review', "review_reason" = 'unknown_value',
  "review_answer" = jsonb_build_object('status', "status", 'method', "method")
WHERE ("status" NOT IN ('pending', 'succeeded', 'failed', 'review')
    OR ("method" NOT IN ('checkout', 'bank_transfer') AND "status" NOT IN ('succeeded', 'review')))
  AND NOT EXISTS (SELECT 1 FROM "ledger_entries" WHERE "ledger_entries"."topup_id" = "topups"."id");--> statement-breakpoint
DELETE FROM "idempotency_keys"
WHERE NOT EXISTS (SELECT 1 FROM "people" WHERE "people"."zalo_id" = "idempotency_keys"."person_id");--> statement-breakpoint
ALTER TABLE "oa_grants" ADD CONSTRAINT "oa_grants_status_known" CHECK ("status" IN ('pending', 'opened', 'exchanging', 'confirming', 'done', 'refused', 'failed', 'expired')) NOT VALID;--> statement-breakpoint
ALTER TABLE "oa_admins" ADD CONSTRAINT "oa_admins_source_known" CHECK ("source" IN ('seed', 'zalo_grant')) NOT VALID;--> statement-breakpoint
ALTER TABLE "topups" ADD CONSTRAINT "topups_method_known" CHECK ("method" IN ('checkout', 'bank_transfer')) NOT VALID;--> statement-breakpoint
ALTER TABLE "topups" ADD CONSTRAINT "topups_status_known" CHECK ("status" IN ('pending', 'succeeded', 'failed', 'review')) NOT VALID;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_kind_known" CHECK ("kind" IN ('topup', 'spend', 'adjustment')) NOT VALID;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_method_known" CHECK ("method" IN ('checkout', 'bank_transfer')) NOT VALID;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_provider_known" CHECK ("provider" IN ('zalo_checkout', 'bank')) NOT VALID;--> statement-breakpoint
ALTER TABLE "unmatched_payments" ADD CONSTRAINT "unmatched_payments_provider_known" CHECK ("provider" IN ('zalo_checkout', 'bank')) NOT VALID;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_person_id_people_zalo_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("zalo_id") ON DELETE no action ON UPDATE no action NOT VALID;
