-- One store of Idempotency-Keys for every kind of thing a key makes: each key says what it made
-- (its scope) and which one (resource_id; for a ZCA it is the ZCA, which account_id names too).
-- Expand only: the previous release still inserts keys without either (the defaults say what
-- they are: a ZCA's) and still keeps top-ups' keys in topups.idempotency_key/request_hash, which
-- this release keeps writing too (docs/deploy.md names the contract step).
ALTER TABLE "idempotency_keys" ADD COLUMN "scope" text DEFAULT 'account' NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "resource_id" text;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_scope_known" CHECK ("scope" IN ('account', 'topup'));--> statement-breakpoint
UPDATE "idempotency_keys" SET "resource_id" = "account_id" WHERE "scope" = 'account';--> statement-breakpoint
-- The keys of the top-ups already made. A person who used one key for a ZCA and for a top-up
-- keeps the ZCA's: the store holds one request per key.
INSERT INTO "idempotency_keys" ("person_id", "key", "scope", "request_hash", "account_id", "resource_id", "created_at")
SELECT "created_by", "idempotency_key", 'topup', "request_hash", "account_id", "id", "created_at" FROM "topups"
ON CONFLICT ("person_id", "key") DO NOTHING;
