-- Membership moves to its own table: each existing ZCA's Super Admin becomes its super_admin
-- member, added by themself when the ZCA was created. An app's owner becomes its first admin.
INSERT INTO "account_members" ("account_id", "person_id", "role", "added_by", "added_at")
SELECT "id", "super_admin_id", 'super_admin', "super_admin_id", "created_at" FROM "accounts"
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "app_admins" ("app_id", "zalo_id") SELECT "id", "owner_id" FROM "apps" ON CONFLICT DO NOTHING;
