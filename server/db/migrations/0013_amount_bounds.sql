-- Amounts and balances stay within the bounds the code keeps (src/domain/money.ts): one amount from
-- outside at most 10^12 đ (AMOUNT_MAX), a balance and a ledger entry within 2^53 - 1 (BALANCE_MAX),
-- which every JSON reader holds exactly. NOT VALID: rows already there are not checked (a deploy
-- never fails on them), every row written from now on is. `ALTER TABLE … VALIDATE CONSTRAINT`
-- checks the old ones once a person has looked at any outside the bounds.
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_balance_bound" CHECK ("balance" BETWEEN -9007199254740991 AND 9007199254740991) NOT VALID;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_amount_bound" CHECK ("amount" BETWEEN -9007199254740991 AND 9007199254740991 AND "balance_after" BETWEEN -9007199254740991 AND 9007199254740991) NOT VALID;--> statement-breakpoint
ALTER TABLE "topups" ADD CONSTRAINT "topups_amount_bound" CHECK ("amount" BETWEEN 1 AND 1000000000000) NOT VALID;--> statement-breakpoint
ALTER TABLE "unmatched_payments" ADD CONSTRAINT "unmatched_payments_amount_bound" CHECK ("amount" BETWEEN 0 AND 9007199254740991) NOT VALID;--> statement-breakpoint
ALTER TABLE "alert_settings" ADD CONSTRAINT "alert_settings_threshold_bound" CHECK ("low_balance_threshold" BETWEEN 0 AND 1000000000000) NOT VALID;
