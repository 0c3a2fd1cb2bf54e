import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../server/db/client";
import {
  SEED_ACCOUNT_APPS,
  SEED_ACCOUNT_MEMBERS,
  SEED_ACCOUNT_OAS,
  SEED_ACCOUNTS,
  SEED_APPS,
} from "../../../server/seed/directory";
import { queryRows } from "./fixtures";
import { rowCounts } from "./db-state";

const seededAccounts = sql.join(
  SEED_ACCOUNTS.map((a) => sql`${a.id}`),
  sql`, `,
);
const seededLinks = sql.join(
  SEED_ACCOUNT_OAS.map((l) => sql`(${l.accountId}, ${l.oaId})`),
  sql`, `,
);
const seededApps = sql.join(
  SEED_APPS.map((a) => sql`${a.id}`),
  sql`, `,
);
const seededAppLinks = sql.join(
  SEED_ACCOUNT_APPS.map((l) => sql`(${l.accountId}, ${l.appId})`),
  sql`, `,
);
const seededMembers = sql.join(
  SEED_ACCOUNT_MEMBERS.map((m) => sql`(${m.accountId}, ${m.personId})`),
  sql`, `,
);

/**
 * Every link and unlink of an OA or app is audited (the create flow's in its account.create
 * event): seeded links plus links made minus links removed is the link there now.
 */
function linksAuditExplains(asset: "oa" | "app", seeded: SQL): SQL {
  const links = sql.identifier(`account_${asset}s`);
  const id = sql.identifier(`${asset}_id`);
  const createdKey = `${asset}Id`;
  const [linked, unlinked] = [`account.link_${asset}`, `account.unlink_${asset}`];
  return sql`
    WITH pairs AS (
      SELECT account_id, ${id} AS asset_id FROM ${links}
      UNION SELECT account_id, detail->>${createdKey}::text FROM audit_events
            WHERE action = 'account.create' AND detail->>${createdKey}::text IS NOT NULL
      UNION SELECT account_id, subject_id FROM audit_events WHERE action IN (${linked}, ${unlinked})
      UNION SELECT * FROM (VALUES ${seeded}) AS s
    )
    SELECT p.account_id || '/' || p.asset_id FROM pairs p
    WHERE (SELECT count(*) FROM ${links} l WHERE l.account_id = p.account_id AND l.${id} = p.asset_id)
        - (CASE WHEN (p.account_id, p.asset_id) IN (${seeded}) THEN 1 ELSE 0 END)
      <> (SELECT count(*) FROM audit_events e WHERE e.account_id = p.account_id AND (
            (e.action = 'account.create' AND e.detail->>${createdKey}::text = p.asset_id)
            OR (e.action = ${linked} AND e.subject_id = p.asset_id)))
       - (SELECT count(*) FROM audit_events e WHERE e.account_id = p.account_id
            AND e.action = ${unlinked} AND e.subject_id = p.asset_id)`;
}

/**
 * Rules every state of the database must keep, whatever raced or crashed: each names the rows
 * that break it. "Created" accounts are those not in the seed.
 */
const RULES: Record<string, SQL> = {
  // A partial ZCA: the OA it was created with is neither linked to it nor unlinked since.
  "account without its OA link": sql`
    SELECT a.id FROM accounts a
    JOIN audit_events c ON c.action = 'account.create' AND c.account_id = a.id
    WHERE NOT EXISTS (SELECT 1 FROM account_oas l WHERE l.account_id = a.id AND l.oa_id = c.detail->>'oaId')
      AND NOT EXISTS (SELECT 1 FROM audit_events u WHERE u.action = 'account.unlink_oa'
                      AND u.account_id = a.id AND u.subject_id = c.detail->>'oaId')`,
  "created account without exactly one account.create event": sql`
    SELECT a.id FROM accounts a
    WHERE a.id NOT IN (${seededAccounts})
      AND (SELECT count(*) FROM audit_events e WHERE e.action = 'account.create' AND e.account_id = a.id) <> 1`,
  "created account without exactly one idempotency key": sql`
    SELECT a.id FROM accounts a
    WHERE a.id NOT IN (${seededAccounts})
      AND (SELECT count(*) FROM idempotency_keys k WHERE k.scope = 'account' AND k.account_id = a.id) <> 1`,
  "account's idempotency key of someone other than the account's Super Admin": sql`
    SELECT k.key FROM idempotency_keys k LEFT JOIN accounts a ON a.id = k.account_id
    WHERE k.scope = 'account' AND (a.id IS NULL OR a.super_admin_id <> k.person_id OR k.resource_id <> a.id)`,
  "top-up's idempotency key that is not the key of a top-up its person started in its ZCA": sql`
    SELECT k.key FROM idempotency_keys k LEFT JOIN topups t ON t.id = k.resource_id
    WHERE k.scope = 'topup' AND (t.id IS NULL OR t.account_id <> k.account_id OR t.created_by <> k.person_id
      OR t.idempotency_key <> k.key OR t.request_hash <> k.request_hash)`,
  "account.create event without its account": sql`
    SELECT e.account_id FROM audit_events e
    WHERE e.action = 'account.create' AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = e.account_id)`,
  "link whose account is missing": sql`
    SELECT l.oa_id FROM account_oas l WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = l.account_id)`,
  "OA link state that its audit events do not explain": linksAuditExplains("oa", seededLinks),
  "app link state that its audit events do not explain": linksAuditExplains("app", seededAppLinks),
  // A declared app rests on its declarer's word: they are among its admins.
  "declared app its declarer does not administer": sql`
    SELECT p.id FROM apps p
    WHERE p.declared_by IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM app_admins a WHERE a.app_id = p.id AND a.zalo_id = p.declared_by)`,
  "app nobody administers": sql`
    SELECT p.id FROM apps p WHERE NOT EXISTS (SELECT 1 FROM app_admins a WHERE a.app_id = p.id)`,
  // "Tạo ứng dụng" makes the app and its connection in one transaction; only an unlink parts them.
  // An app neither seeded (Zalo's directory here) nor declared is one "Tạo ứng dụng" made.
  "app created for a ZCA but not connected to it": sql`
    SELECT p.id FROM apps p
    WHERE p.id NOT IN (${seededApps}) AND p.declared_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM account_apps aa WHERE aa.app_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM audit_events u WHERE u.action = 'account.unlink_app' AND u.subject_id = p.id)`,
  "ZCA without exactly one Super Admin member": sql`
    SELECT a.id FROM accounts a
    WHERE (SELECT count(*) FROM account_members m WHERE m.account_id = a.id AND m.role = 'super_admin') <> 1`,
  "Super Admin member who is not the ZCA's Super Admin": sql`
    SELECT m.account_id || '/' || m.person_id FROM account_members m JOIN accounts a ON a.id = m.account_id
    WHERE (m.role = 'super_admin') <> (m.person_id = a.super_admin_id)`,
  // Memberships made minus memberships ended is the membership there now.
  "membership that its audit events do not explain": sql`
    WITH pairs AS (
      SELECT account_id, person_id FROM account_members
      UNION SELECT account_id, actor_id FROM audit_events WHERE action = 'account.create'
      UNION SELECT account_id, subject_id FROM audit_events
            WHERE action IN ('member.add', 'member.join')
               OR (action = 'member.remove' AND detail->>'pending' = 'false')
    )
    SELECT p.account_id || '/' || p.person_id FROM pairs p
    WHERE (SELECT count(*) FROM account_members m WHERE m.account_id = p.account_id AND m.person_id = p.person_id)
        - (CASE WHEN (p.account_id, p.person_id) IN (${seededMembers}) THEN 1 ELSE 0 END)
      <> (SELECT count(*) FROM audit_events e WHERE e.account_id = p.account_id AND (
            (e.action = 'account.create' AND e.actor_id = p.person_id)
            OR (e.action IN ('member.add', 'member.join') AND e.subject_id = p.person_id)))
       - (SELECT count(*) FROM audit_events e WHERE e.account_id = p.account_id
            AND e.action = 'member.remove' AND e.detail->>'pending' = 'false' AND e.subject_id = p.person_id)`,
  // A member's role is the one their last audited change gave them (the seed's, if none).
  "member role that its last audit event does not explain": sql`
    SELECT m.account_id || '/' || m.person_id FROM account_members m
    CROSS JOIN LATERAL (
      SELECT CASE WHEN e.action = 'account.create' THEN 'super_admin'
                  WHEN e.action = 'member.change_role' THEN e.detail->>'to'
                  ELSE e.detail->>'role' END AS role
      FROM audit_events e
      WHERE e.account_id = m.account_id AND (
        (e.action = 'account.create' AND e.actor_id = m.person_id)
        OR (e.action IN ('member.add', 'member.join', 'member.change_role') AND e.subject_id = m.person_id))
      ORDER BY e.id DESC LIMIT 1
    ) last
    WHERE last.role <> m.role::text`,
  "invitation state that its audit events do not explain": sql`
    WITH ids AS (
      SELECT id FROM account_invitations
      UNION SELECT subject_id FROM audit_events WHERE action = 'member.invite'
    )
    SELECT i.id FROM ids i
    WHERE (SELECT count(*) FROM account_invitations v WHERE v.id = i.id)
      <> (SELECT count(*) FROM audit_events e WHERE e.action = 'member.invite' AND e.subject_id = i.id)
       - (SELECT count(*) FROM audit_events e WHERE e.action = 'member.remove' AND e.subject_id = i.id)
       - (SELECT count(*) FROM audit_events e WHERE e.action IN ('member.join', 'member.invitation_dropped')
            AND e.detail->>'invitationId' = i.id)`,
  "invitation waiting for a person who has signed in with its phone": sql`
    SELECT v.id FROM account_invitations v WHERE EXISTS (SELECT 1 FROM people p WHERE p.phone = v.phone)`,
  // Money: the ledger is the truth, and the balance follows it.
  "ZCA whose balance is not the sum of its ledger entries": sql`
    SELECT a.id FROM accounts a
    WHERE a.balance <> coalesce((SELECT sum(l.amount) FROM ledger_entries l WHERE l.account_id = a.id), 0)`,
  "ZCA whose last ledger entry does not end at its balance": sql`
    SELECT a.id FROM accounts a
    JOIN LATERAL (SELECT balance_after FROM ledger_entries l WHERE l.account_id = a.id
                  ORDER BY l.id DESC LIMIT 1) last ON true
    WHERE last.balance_after <> a.balance`,
  "top-up marked succeeded without exactly one ledger entry": sql`
    SELECT t.id FROM topups t
    WHERE t.status = 'succeeded' AND (SELECT count(*) FROM ledger_entries l WHERE l.topup_id = t.id) <> 1`,
  "ledger entry of a top-up that is not marked succeeded": sql`
    SELECT l.id FROM ledger_entries l JOIN topups t ON t.id = l.topup_id WHERE t.status <> 'succeeded'`,
  // Usage: a prepaid balance never goes below 0, and what holds reserve is money the ZCA has.
  "ZCA whose balance is below 0": sql`SELECT a.id FROM accounts a WHERE a.balance < 0`,
  "ZCA whose live holds reserve more than its balance": sql`
    SELECT a.id FROM accounts a
    WHERE a.balance < (SELECT coalesce(sum(h.amount), 0) FROM usage_holds h
                       WHERE h.account_id = a.id AND h.status = 'active' AND h.expires_at > now())`,
  "hold captured without exactly one spend of its event": sql`
    SELECT h.id FROM usage_holds h
    WHERE h.status = 'captured' AND (SELECT count(*) FROM ledger_entries l
      WHERE l.event_id = h.event_id AND l.hold_id = h.id AND l.kind = 'spend'
        AND l.amount = -h.captured_amount AND l.account_id = h.account_id) <> 1`,
  "spend from a hold that its hold does not record": sql`
    SELECT l.id FROM ledger_entries l
    WHERE l.hold_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM usage_holds h
      WHERE h.id = l.hold_id AND h.status = 'captured' AND h.event_id = l.event_id)`,
  // A top-up waits for a person only with its reason and an audit event.
  "top-up under review without its reason or audit event": sql`
    SELECT t.id FROM topups t
    WHERE t.status = 'review' AND (t.review_reason IS NULL OR NOT EXISTS (SELECT 1 FROM audit_events e
      WHERE e.action = 'wallet.topup_review' AND e.subject_id = t.id))`,
  // Money Zalo says arrived that no top-up took is kept, each with its audit event.
  "Checkout payment kept without its audit event": sql`
    SELECT u.reference FROM unmatched_payments u
    WHERE u.provider = 'zalo_checkout' AND NOT EXISTS (SELECT 1 FROM audit_events e
      WHERE e.action = 'wallet.payment_kept' AND e.detail->>'reference' = u.reference)`,
  "Checkout order held by a bank-transfer top-up": sql`
    SELECT t.id FROM topups t WHERE t.checkout_order_id IS NOT NULL AND t.method <> 'checkout'`,
  // Today's rules ask the business's details at creation, in the same transaction.
  "created account without its business details": sql`
    SELECT a.id FROM accounts a
    WHERE a.id NOT IN (${seededAccounts})
      AND NOT EXISTS (SELECT 1 FROM account_business b WHERE b.account_id = a.id)`,
  "business details not in their stored form": sql`
    SELECT b.account_id FROM account_business b
    WHERE b.tax_code !~ '^[0-9]{10}(-[0-9]{3})?$' OR b.phone !~ '^[+]84[35789][0-9]{8}$'`,
  // Each stored field is what the last audit event that set it says: the last update naming it,
  // else the creation. (A seeded ZCA's first details predate the audit trail.)
  "business details their audit events do not explain": sql`
    WITH stored AS (
      SELECT b.account_id, f.name, to_jsonb(f.value) AS value FROM account_business b
      CROSS JOIN LATERAL (VALUES ('companyName', b.company_name), ('taxCode', b.tax_code),
        ('address', b.address), ('representative', b.representative), ('phone', b.phone),
        ('email', b.email)) AS f(name, value)
    ), explained AS (
      SELECT s.*, coalesce(
        (SELECT e.detail->'changes'->s.name->'to' FROM audit_events e
         WHERE e.action = 'account.update_business' AND e.account_id = s.account_id
           AND e.detail->'changes'->s.name IS NOT NULL ORDER BY e.id DESC LIMIT 1),
        (SELECT e.detail->'business'->s.name FROM audit_events e
         WHERE e.action = 'account.create' AND e.account_id = s.account_id)) AS audited
      FROM stored s
    )
    SELECT account_id || '/' || name FROM explained WHERE audited IS NOT NULL AND audited <> value`,
  // A person's OAs are listed in name order off oa_admins' own copy of the name (triggers keep it).
  "OA admin row whose copy of the OA's name is not the OA's": sql`
    SELECT a.oa_id || '/' || a.zalo_id FROM oa_admins a JOIN oas o ON o.id = a.oa_id
    WHERE a.oa_name IS DISTINCT FROM o.name`,
  // One invoice per credited payment (the unique index), and it is that payment's.
  "invoice that is not its credit's (ZCA, amount or top-up)": sql`
    SELECT i.id FROM invoices i JOIN ledger_entries l ON l.id = i.ledger_entry_id
    WHERE l.account_id <> i.account_id OR l.amount <> i.amount OR l.topup_id IS DISTINCT FROM i.topup_id`,
  // A replacement corrects only the company name or address of an issued invoice of its own ZCA.
  "replacement invoice that is not its original's (ZCA, amount, top-up, tax code, email)": sql`
    SELECT r.id FROM invoices r JOIN invoices o ON o.id = r.replaces_invoice_id
    WHERE r.account_id <> o.account_id OR r.amount <> o.amount OR r.topup_id IS DISTINCT FROM o.topup_id
      OR r.buyer_tax_code <> o.buyer_tax_code OR r.buyer_email <> o.buyer_email
      OR o.status NOT IN ('issued', 'emailed')`,
  "Super Admin phone that is not the Super Admin's": sql`
    SELECT a.id FROM accounts a JOIN people p ON p.zalo_id = a.super_admin_id
    WHERE p.phone IS DISTINCT FROM a.super_admin_phone`,
};

export interface ConsistencyReport {
  /** Rows of the tables the rules read. */
  rowsChecked: number;
  /** "rule: row ids" for each rule broken. */
  problems: string[];
}

export async function checkConsistency(db: Db): Promise<ConsistencyReport> {
  const problems: string[] = [];
  for (const [rule, query] of Object.entries(RULES)) {
    const rows = await queryRows<Record<string, unknown>>(db, query);
    if (rows.length > 0) {
      problems.push(`${rule}: ${rows.map((r) => String(Object.values(r)[0])).join(", ")}`);
    }
  }
  const counts = await rowCounts(db);
  const read = [
    "accounts",
    "account_members",
    "account_invitations",
    "account_business",
    "account_oas",
    "account_apps",
    "apps",
    "app_admins",
    "idempotency_keys",
    "audit_events",
    "people",
    "ledger_entries",
    "topups",
    "unmatched_payments",
    "invoices",
    "usage_holds",
    "usage_refusals",
  ];
  return { rowsChecked: read.reduce((n, table) => n + (counts[table] ?? 0), 0), problems };
}
