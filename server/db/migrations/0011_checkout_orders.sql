ALTER TABLE "topups" ADD COLUMN "review_reason" text;--> statement-breakpoint
ALTER TABLE "topups" ADD COLUMN "review_answer" jsonb;--> statement-breakpoint
-- An order id reported on several top-ups (before it was unique) stays with one of them: the one
-- credited, else the first made. The others let go of it and are marked for a person (a pending
-- one moves to "review": it can no longer be asked about), each with an audit event.
INSERT INTO "audit_events" ("actor_id", "action", "account_id", "subject_id", "detail")
  SELECT "created_by", 'wallet.topup_review', "account_id", "id",
    jsonb_build_object('reason', 'order_shared', 'orderId', "checkout_order_id")
  FROM (
    SELECT *, row_number() OVER (PARTITION BY "checkout_order_id"
      ORDER BY ("status" = 'succeeded') DESC, "created_at", "id") AS "n"
    FROM "topups" WHERE "checkout_order_id" IS NOT NULL
  ) "ranked" WHERE "n" > 1;--> statement-breakpoint
UPDATE "topups" SET
  "status" = CASE WHEN "topups"."status" = 'pending' THEN 'review' ELSE "topups"."status" END,
  "review_reason" = 'order_shared',
  "review_answer" = jsonb_build_object('orderId', "topups"."checkout_order_id"),
  "checkout_order_id" = NULL
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "checkout_order_id"
    ORDER BY ("status" = 'succeeded') DESC, "created_at", "id") AS "n"
  FROM "topups" WHERE "checkout_order_id" IS NOT NULL
) "ranked" WHERE "ranked"."id" = "topups"."id" AND "ranked"."n" > 1;--> statement-breakpoint
CREATE UNIQUE INDEX "topups_checkout_order_idx" ON "topups" USING btree ("checkout_order_id");
