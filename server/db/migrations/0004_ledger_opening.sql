-- The ledger becomes the truth about money: a ZCA that already held a balance gets one opening
-- entry for it, so that its balance equals the sum of its entries from the start.
INSERT INTO "ledger_entries" ("account_id", "kind", "amount", "balance_after", "description", "created_at")
SELECT "id", 'adjustment', "balance", "balance", 'opening_balance', "created_at"
FROM "accounts" WHERE "balance" <> 0;--> statement-breakpoint
-- Dedicated transfer account numbers are drawn from this sequence (a Luhn digit is added).
CREATE SEQUENCE IF NOT EXISTS "transfer_account_seq" START WITH 100000001;
