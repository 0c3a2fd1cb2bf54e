// Migrations move the rows a database already holds: each is checked against a database that
// stopped at the migration before it.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql, type SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterEach, describe, expect, it } from "vitest";

const MIGRATIONS = "server/db/migrations";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A database migrated up to and including migration `tag`, and a way to finish the rest. */
async function databaseAt(tag: string) {
  const dir = await mkdtemp(join(tmpdir(), "zca-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(MIGRATIONS, dir, { recursive: true });
  const journalPath = join(dir, "meta/_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8"));
  const upTo = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  expect(upTo, `migration ${tag}`).toBeGreaterThanOrEqual(0);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo + 1) }));
  const client = new PGlite();
  cleanups.push(() => client.close());
  const db = drizzle(client);
  await migrate(db, { migrationsFolder: dir });
  return { db, finish: () => migrate(db, { migrationsFolder: MIGRATIONS }) };
}

describe("0001_phones_e164", () => {
  it("rewrites Vietnamese numbers stored as 0… into +84…, and other numbers into +…", async () => {
    const { db, finish } = await databaseAt("0000_init");
    await db.execute(sql`INSERT INTO people (zalo_id, name, phone) VALUES
      ('old', 'Người cũ', '0901000009'), ('intl', 'Foreign', '16502530000'), ('none', 'No phone', NULL)`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version,
      terms_accepted_at) VALUES ('zca-old', 'Old ZCA', '0901000009', 'old', '2022-06-01', now())`);
    await finish();
    const people = await db.execute<{ zalo_id: string; phone: string | null }>(
      sql`SELECT zalo_id, phone FROM people ORDER BY zalo_id`,
    );
    expect(people.rows).toEqual([
      { zalo_id: "intl", phone: "+16502530000" },
      { zalo_id: "none", phone: null },
      { zalo_id: "old", phone: "+84901000009" },
    ]);
    const account = await db.execute(sql`SELECT super_admin_phone FROM accounts`);
    expect(account.rows).toEqual([{ super_admin_phone: "+84901000009" }]);
  });
});

describe("0004_ledger_opening", () => {
  it("gives a ZCA that already held money one opening entry, so its balance equals its ledger", async () => {
    const { db, finish } = await databaseAt("0003_wallet");
    await db.execute(sql`INSERT INTO people (zalo_id, name, phone) VALUES ('p', 'P', '+84901000009')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version,
      terms_accepted_at, balance) VALUES ('zca-rich', 'Rich', '+84901000009', 'p', '2022-06-01', now(), 750000),
      ('zca-empty', 'Empty', '+84901000008', 'p', '2022-06-01', now(), 0)`);
    await finish();
    const entries = await db.execute(
      sql`SELECT account_id, kind, amount::int AS amount, balance_after::int AS balance_after FROM ledger_entries`,
    );
    expect(entries.rows).toEqual([
      { account_id: "zca-rich", kind: "adjustment", amount: 750000, balance_after: 750000 },
    ]);
  });
});

describe("0005_account_business", () => {
  it("keeps every ZCA created before it, with no business details until someone fills them in", async () => {
    const { db, finish } = await databaseAt("0004_ledger_opening");
    await db.execute(
      sql`INSERT INTO people (zalo_id, name, phone) VALUES ('old', 'Người cũ', '+84901000009')`,
    );
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version,
      terms_accepted_at) VALUES ('zca-old', 'Công ty TNHH Cũ', '+84901000009', 'old', '2022-06-01', now())`);
    await finish();
    const kept = await db.execute(sql`SELECT a.id, a.name, b.tax_code FROM accounts a
      LEFT JOIN account_business b ON b.account_id = a.id`);
    expect(kept.rows).toEqual([{ id: "zca-old", name: "Công ty TNHH Cũ", tax_code: null }]);
  });
});

describe("0007_members_from_super_admins", () => {
  it("makes each ZCA's Super Admin its super_admin member and each app's owner its admin", async () => {
    const { db, finish } = await databaseAt("0006_members_and_app_admins");
    await db.execute(sql`INSERT INTO people (zalo_id, name, phone) VALUES
      ('old', 'Người cũ', '+84901000009'), ('dev', 'Lập trình viên', NULL)`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version,
      terms_accepted_at, created_at) VALUES ('zca-old', 'Old ZCA', '+84901000009', 'old', '2022-06-01',
      now(), '2023-05-06T07:08:09Z')`);
    await db.execute(sql`INSERT INTO apps (id, name, owner_id) VALUES ('1000002', 'Old app', 'dev')`);
    await finish();
    const members = await db.execute(
      sql`SELECT account_id, person_id, role, added_by, added_at = '2023-05-06T07:08:09Z' AS at_creation
          FROM account_members`,
    );
    expect(members.rows).toEqual([
      { account_id: "zca-old", person_id: "old", role: "super_admin", added_by: "old", at_creation: true },
    ]);
    const admins = await db.execute(sql`SELECT app_id, zalo_id FROM app_admins`);
    expect(admins.rows).toEqual([{ app_id: "1000002", zalo_id: "dev" }]);
    const ownerColumn = await db.execute(
      sql`SELECT 1 FROM information_schema.columns WHERE table_name = 'apps' AND column_name = 'owner_id'`,
    );
    expect(ownerColumn.rows).toEqual([]);
  });
});

describe("0009_rate_limits_and_list_pages", () => {
  it("gives OAs and apps already there their folded names, and each admin row its OA's name", async () => {
    const { db, finish } = await databaseAt("0008_apps_without_owner");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO oas (id, name, verified) VALUES ('oa-1', 'Bình Minh Spa', true)`);
    await db.execute(sql`INSERT INTO oa_admins (oa_id, zalo_id) VALUES ('oa-1', 'p')`);
    await db.execute(sql`INSERT INTO apps (id, name) VALUES ('1000001', 'Đặt lịch')`);
    await finish();
    const rows = await db.execute(sql`
      SELECT o.name_folded AS oa, a.oa_name, (SELECT name_folded FROM apps) AS app
      FROM oas o JOIN oa_admins a ON a.oa_id = o.id`);
    expect(rows.rows).toEqual([{ oa: "binh minh spa", oa_name: "Bình Minh Spa", app: "dat lich" }]);
  });
});

describe("0010_declared_apps", () => {
  it("keeps the apps already there, none of them declared, and refuses a declarer without a time", async () => {
    const { db, finish } = await databaseAt("0009_rate_limits_and_list_pages");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO apps (id, name) VALUES ('1000001', 'Đặt lịch')`);
    await db.execute(sql`INSERT INTO app_admins (app_id, zalo_id) VALUES ('1000001', 'p')`);
    await finish();
    const rows = await db.execute(sql`SELECT a.id, a.name, a.declared_by, a.declared_at, m.zalo_id
      FROM apps a JOIN app_admins m ON m.app_id = a.id`);
    expect(rows.rows).toEqual([
      { id: "1000001", name: "Đặt lịch", declared_by: null, declared_at: null, zalo_id: "p" },
    ]);
    await expect(
      db.execute(sql`INSERT INTO apps (id, name, declared_by) VALUES ('1234567', 'App ID 1234567', 'p')`),
    ).rejects.toThrow();
  });
});

describe("0011_checkout_orders", () => {
  it("leaves an order reported on several top-ups with the one credited, and marks the others for a person", async () => {
    const { db, finish } = await databaseAt("0010_declared_apps");
    await db.execute(sql`INSERT INTO people (zalo_id, name, phone) VALUES ('p', 'P', '+84901000009')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version,
      terms_accepted_at) VALUES ('zca-1', 'ZCA', '+84901000009', 'p', '2022-06-01', now())`);
    const topup = (id: string, status: string, order: string | null, minutesAgo: number) =>
      db.execute(sql`INSERT INTO topups (id, account_id, amount, method, status, created_by, idempotency_key,
        request_hash, checkout_order_id, created_at)
        VALUES (${id}, 'zca-1', 200000, 'checkout', ${status}, 'p', ${`key-${id}`}, 'h', ${order},
          now() - make_interval(mins => ${minutesAgo}))`);
    // Order o-1 was reported on three top-ups; the second one was credited with it.
    await topup("t-first", "pending", "o-1", 30);
    await topup("t-credited", "succeeded", "o-1", 20);
    await topup("t-failed", "failed", "o-1", 10);
    await topup("t-alone", "pending", "o-2", 5);
    await topup("t-none", "pending", null, 1);
    await finish();
    const rows = await db.execute(sql`SELECT id, status, checkout_order_id, review_reason, review_answer
      FROM topups ORDER BY id`);
    expect(rows.rows).toEqual([
      {
        id: "t-alone",
        status: "pending",
        checkout_order_id: "o-2",
        review_reason: null,
        review_answer: null,
      },
      {
        id: "t-credited",
        status: "succeeded",
        checkout_order_id: "o-1",
        review_reason: null,
        review_answer: null,
      },
      {
        id: "t-failed",
        status: "failed",
        checkout_order_id: null,
        review_reason: "order_shared",
        review_answer: { orderId: "o-1" },
      },
      {
        id: "t-first",
        status: "review",
        checkout_order_id: null,
        review_reason: "order_shared",
        review_answer: { orderId: "o-1" },
      },
      { id: "t-none", status: "pending", checkout_order_id: null, review_reason: null, review_answer: null },
    ]);
    const audits = await db.execute(sql`SELECT subject_id, detail FROM audit_events
      WHERE action = 'wallet.topup_review' ORDER BY subject_id`);
    expect(audits.rows).toEqual([
      { subject_id: "t-failed", detail: { reason: "order_shared", orderId: "o-1" } },
      { subject_id: "t-first", detail: { reason: "order_shared", orderId: "o-1" } },
    ]);
    // From now on an order belongs to one top-up.
    await expect(
      db.execute(sql`UPDATE topups SET checkout_order_id = 'o-2' WHERE id = 't-none'`),
    ).rejects.toThrow();
  });
});

describe("0013_amount_bounds", () => {
  it("keeps rows outside the bounds written before it, and refuses new ones", async () => {
    const { db, finish } = await databaseAt("0012_oa_grant_browser");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at, balance)
      VALUES ('zca-1', 'Binh Minh', '+84901000002', 'p', 'v1', now(), 9007199254740993)`);
    await db.execute(sql`INSERT INTO topups (id, account_id, amount, method, created_by, idempotency_key, request_hash)
      VALUES ('topup-1', 'zca-1', 2000000000000, 'bank_transfer', 'p', 'key-00001', 'h')`);
    await finish();
    const kept = await db.execute(sql`SELECT a.balance::text AS balance, t.amount::text AS amount
      FROM accounts a JOIN topups t ON t.account_id = a.id`);
    expect(kept.rows).toEqual([{ balance: "9007199254740993", amount: "2000000000000" }]);
    await expect(
      db.execute(sql`INSERT INTO topups (id, account_id, amount, method, created_by, idempotency_key, request_hash)
        VALUES ('topup-2', 'zca-1', 1000000000001, 'bank_transfer', 'p', 'key-00002', 'h')`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`UPDATE accounts SET balance = balance + 1 WHERE id = 'zca-1'`),
    ).rejects.toThrow();
  });
});

describe("0015_enforced_types", () => {
  it("keeps the rows the code wrote, mends those a hand edit left, and refuses values no code writes", async () => {
    const { db, finish } = await databaseAt("0014_session_version");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version,
      terms_accepted_at) VALUES ('zca-1', 'ZCA', '+84901000009', 'p', 'v1', now())`);
    await db.execute(
      sql`INSERT INTO oas (id, name, verified) VALUES ('oa-1', 'OA 1', true), ('oa-2', 'OA 2', true)`,
    );
    await db.execute(sql`INSERT INTO oa_admins (oa_id, zalo_id, source, granted_at) VALUES
      ('oa-1', 'p', 'zalo_grant', now()), ('oa-2', 'p', 'manual', NULL)`);
    await db.execute(sql`INSERT INTO oa_grants (id, person_id, code_verifier, lang, status, pending_tokens, expires_at)
      VALUES ('g-ok', 'p', 'v', 'vi', 'confirming', 'sealed', now()), ('g-odd', 'p', 'v', 'vi', 'waiting', 'sealed', now())`);
    const topup = (id: string, method: string, status: string) =>
      db.execute(sql`INSERT INTO topups (id, account_id, amount, method, status, created_by, idempotency_key, request_hash)
        VALUES (${id}, 'zca-1', 200000, ${method}, ${status}, 'p', ${`key-${id}`}, 'h')`);
    await topup("t-ok", "checkout", "pending");
    await topup("t-odd-status", "bank_transfer", "done");
    await topup("t-odd-credited", "checkout", "paid");
    await topup("t-odd-method", "momo", "pending");
    await db.execute(sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider,
      reference, topup_id) VALUES ('zca-1', 'topup', 200000, 200000, 'checkout', 'zalo_checkout', 'tx-1', 't-odd-credited'),
      ('zca-1', 'bonus', 5000, 205000, NULL, NULL, NULL, NULL)`);
    await db.execute(sql`INSERT INTO idempotency_keys (person_id, key, request_hash, account_id) VALUES
      ('p', 'key-kept', 'h', 'zca-1'), ('nobody', 'key-orphan', 'h', 'zca-1')`);
    await finish();

    const grants = await db.execute(sql`SELECT id, status, pending_tokens FROM oa_grants ORDER BY id`);
    expect(grants.rows).toEqual([
      { id: "g-odd", status: "expired", pending_tokens: null },
      { id: "g-ok", status: "confirming", pending_tokens: "sealed" },
    ]);
    const admins = await db.execute(sql`SELECT oa_id, source FROM oa_admins ORDER BY oa_id`);
    expect(admins.rows).toEqual([
      { oa_id: "oa-1", source: "zalo_grant" },
      { oa_id: "oa-2", source: "seed" },
    ]);
    const topups = await db.execute(
      sql`SELECT id, method, status, review_reason, review_answer FROM topups ORDER BY id`,
    );
    expect(topups.rows).toEqual([
      {
        id: "t-odd-credited",
        method: "checkout",
        status: "succeeded",
        review_reason: null,
        review_answer: null,
      },
      {
        id: "t-odd-method",
        method: "momo",
        status: "review",
        review_reason: "unknown_value",
        review_answer: { status: "pending", method: "momo" },
      },
      {
        id: "t-odd-status",
        method: "bank_transfer",
        status: "review",
        review_reason: "unknown_value",
        review_answer: { status: "done", method: "bank_transfer" },
      },
      { id: "t-ok", method: "checkout", status: "pending", review_reason: null, review_answer: null },
    ]);
    const audits = await db.execute(sql`SELECT subject_id, detail FROM audit_events
      WHERE action = 'wallet.topup_review' ORDER BY subject_id`);
    expect(audits.rows).toEqual([
      { subject_id: "t-odd-method", detail: { reason: "unknown_value", status: "pending", method: "momo" } },
      {
        subject_id: "t-odd-status",
        detail: { reason: "unknown_value", status: "done", method: "bank_transfer" },
      },
    ]);
    // The ledger is never guessed at: its entry of an unknown kind stays as written.
    const ledger = await db.execute(sql`SELECT kind FROM ledger_entries ORDER BY id`);
    expect(ledger.rows).toEqual([{ kind: "topup" }, { kind: "bonus" }]);
    // (0016, run by finish() too, adds the top-ups' keys beside them.)
    const keys = await db.execute(sql`SELECT key FROM idempotency_keys WHERE scope = 'account'`);
    expect(keys.rows).toEqual([{ key: "key-kept" }]);

    // From now on every row written holds the code's values, and a key its person.
    const refused: [constraint: string, statement: SQL][] = [
      ["oa_grants_status_known", sql`UPDATE oa_grants SET status = 'waiting' WHERE id = 'g-ok'`],
      ["oa_admins_source_known", sql`UPDATE oa_admins SET source = 'manual' WHERE oa_id = 'oa-1'`],
      ["topups_status_known", sql`UPDATE topups SET status = 'done' WHERE id = 't-ok'`],
      ["topups_method_known", sql`UPDATE topups SET method = 'momo' WHERE id = 't-ok'`],
      // A row the mending kept can change only into one that keeps the rules.
      ["topups_method_known", sql`UPDATE topups SET status = 'failed' WHERE id = 't-odd-method'`],
      [
        "ledger_entries_kind_known",
        sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after) VALUES ('zca-1', 'bonus', 1, 1)`,
      ],
      [
        "ledger_entries_provider_known",
        sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider, reference)
          VALUES ('zca-1', 'topup', 1, 1, 'checkout', 'momo', 'tx-2')`,
      ],
      [
        "ledger_entries_method_known",
        sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider, reference)
          VALUES ('zca-1', 'topup', 1, 1, 'momo', 'bank', 'tx-3')`,
      ],
      [
        "unmatched_payments_provider_known",
        sql`INSERT INTO unmatched_payments (provider, reference, amount, reason, payload)
          VALUES ('momo', 'tx-4', 1, 'no_account', '{}')`,
      ],
      [
        "idempotency_keys_person_id_people_zalo_id_fk",
        sql`INSERT INTO idempotency_keys (person_id, key, request_hash, account_id) VALUES ('nobody', 'k', 'h', 'zca-1')`,
      ],
    ];
    for (const [constraint, statement] of refused) {
      const refusal = await db.execute(statement).then(
        () => null,
        (error: Error) => error.cause,
      );
      expect(refusal, constraint).toMatchObject({ constraint });
    }
    // What the code writes still goes in.
    await db.execute(sql`UPDATE topups SET status = 'succeeded' WHERE id = 't-ok'`);
    await db.execute(sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider, reference)
      VALUES ('zca-1', 'topup', 1, 1, 'bank_transfer', 'bank', 'tx-5')`);
    await db.execute(
      sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after) VALUES ('zca-1', 'spend', -1, 0)`,
    );
  });
});

describe("0016_idempotency_scope", () => {
  it("keeps each ZCA's key as what it made, and copies the top-ups' keys in, a key of a ZCA first", async () => {
    const { db, finish } = await databaseAt("0015_enforced_types");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at)
      VALUES ('zca-1', 'Binh Minh', '+84901000002', 'p', 'v1', now())`);
    await db.execute(sql`INSERT INTO idempotency_keys (person_id, key, request_hash, account_id)
      VALUES ('p', 'key-made-zca', 'h-zca', 'zca-1'), ('p', 'key-both', 'h-zca-2', 'zca-1')`);
    await db.execute(sql`INSERT INTO topups (id, account_id, amount, method, created_by, idempotency_key, request_hash)
      VALUES ('topup-1', 'zca-1', 200000, 'checkout', 'p', 'key-topup', 'h-topup'),
             ('topup-2', 'zca-1', 300000, 'checkout', 'p', 'key-both', 'h-topup-2')`);
    await finish();
    const keys = await db.execute(sql`SELECT key, scope, request_hash, account_id, resource_id
      FROM idempotency_keys ORDER BY key`);
    expect(keys.rows).toEqual([
      {
        key: "key-both",
        scope: "account",
        request_hash: "h-zca-2",
        account_id: "zca-1",
        resource_id: "zca-1",
      },
      {
        key: "key-made-zca",
        scope: "account",
        request_hash: "h-zca",
        account_id: "zca-1",
        resource_id: "zca-1",
      },
      {
        key: "key-topup",
        scope: "topup",
        request_hash: "h-topup",
        account_id: "zca-1",
        resource_id: "topup-1",
      },
    ]);
    // What the release before it still writes: a ZCA's key, without scope or resource.
    await db.execute(sql`INSERT INTO idempotency_keys (person_id, key, request_hash, account_id)
      VALUES ('p', 'key-old-instance', 'h', 'zca-1')`);
    const [old] = (await db.execute(sql`SELECT scope FROM idempotency_keys WHERE key = 'key-old-instance'`))
      .rows;
    expect(old).toEqual({ scope: "account" });
    await expect(
      db.execute(sql`INSERT INTO idempotency_keys (person_id, key, scope, request_hash, account_id)
        VALUES ('p', 'key-odd', 'refund', 'h', 'zca-1')`),
    ).rejects.toThrow();
  });
});

describe("0017_tax_code_confirmed", () => {
  it("leaves every ZCA there with no tax code confirmed, and keeps the one confirmed after", async () => {
    const { db, finish } = await databaseAt("0016_idempotency_scope");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at)
      VALUES ('zca-1', 'Binh Minh', '+84901000002', 'p', 'v1', now())`);
    await finish();
    expect((await db.execute(sql`SELECT id, tax_code_confirmed FROM accounts`)).rows).toEqual([
      { id: "zca-1", tax_code_confirmed: null },
    ]);
    await db.execute(sql`UPDATE accounts SET tax_code_confirmed = '0399123457' WHERE id = 'zca-1'`);
    // What the release before it still writes: a ZCA without the column.
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at)
      VALUES ('zca-2', 'An Nhien', '+84901000001', 'p', 'v1', now())`);
    expect((await db.execute(sql`SELECT id, tax_code_confirmed FROM accounts ORDER BY id`)).rows).toEqual([
      { id: "zca-1", tax_code_confirmed: "0399123457" },
      { id: "zca-2", tax_code_confirmed: null },
    ]);
  });
});

describe("0018_invoices", () => {
  it("issues nothing for credits made before it, and holds one invoice per credit in a known status", async () => {
    const { db, finish } = await databaseAt("0017_tax_code_confirmed");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at, balance)
      VALUES ('zca-1', 'Binh Minh', '+84901000002', 'p', 'v1', now(), 500000)`);
    await db.execute(sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider, reference)
      VALUES ('zca-1', 'topup', 500000, 500000, 'bank_transfer', 'bank', 'old-transfer')`);
    await finish();
    expect((await db.execute(sql`SELECT count(*)::int AS n FROM invoices`)).rows).toEqual([{ n: 0 }]);
    const [entry] = (await db.execute(sql`SELECT id FROM ledger_entries`)).rows as { id: number }[];
    const invoice = (id: string, status = "issuing") => sql`INSERT INTO invoices
      (id, account_id, ledger_entry_id, amount, status, buyer_company_name, buyer_tax_code, buyer_address, buyer_email)
      VALUES (${id}, 'zca-1', ${entry!.id}, 500000, ${status}, 'Bình Minh', '0303490096', 'Q1', 'a@b.vn')`;
    await db.execute(invoice("inv-1"));
    await expect(db.execute(invoice("inv-2"))).rejects.toThrow();
    await db.execute(sql`DELETE FROM invoices`);
    await expect(db.execute(invoice("inv-3", "cancelled"))).rejects.toThrow();
  });
});

describe("0019_invoice_info_address", () => {
  it("gives saved invoice details an empty address, keeps one invoice per credit, and allows one replacement per invoice", async () => {
    const { db, finish } = await databaseAt("0018_invoices");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at, balance)
      VALUES ('zca-1', 'Binh Minh', '+84901000002', 'p', 'v1', now(), 500000)`);
    await db.execute(sql`INSERT INTO invoice_info (account_id, company_name, tax_code, buyer, phone, email)
      VALUES ('zca-1', 'Bình Minh', '0399123457', 'Bình', '+84901000002', 'a@b.vn')`);
    await db.execute(sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, method, provider, reference)
      VALUES ('zca-1', 'topup', 500000, 500000, 'bank_transfer', 'bank', 'transfer-1')`);
    const [entry] = (await db.execute(sql`SELECT id FROM ledger_entries`)).rows as { id: number }[];
    await db.execute(sql`INSERT INTO invoices
      (id, account_id, ledger_entry_id, amount, status, buyer_company_name, buyer_tax_code, buyer_address, buyer_email, number)
      VALUES ('inv-1', 'zca-1', ${entry!.id}, 500000, 'emailed', 'Bình Minh', '0399123457', '', 'a@b.vn', 'C26TZC1')`);
    await finish();
    expect((await db.execute(sql`SELECT address FROM invoice_info`)).rows).toEqual([{ address: "" }]);
    // What the release before it still writes: details without an address, an invoice per credit
    // that meets the same unique index in its ON CONFLICT.
    await db.execute(sql`INSERT INTO invoice_info (account_id, company_name, tax_code, buyer, phone, email)
      VALUES ('zca-1', 'Bình Minh', '0399123457', 'Bình', '+84901000002', 'a@b.vn')
      ON CONFLICT (account_id) DO UPDATE SET company_name = excluded.company_name`);
    const credit = (id: string) =>
      db.execute(sql`INSERT INTO invoices
      (id, account_id, ledger_entry_id, amount, buyer_company_name, buyer_tax_code, buyer_address, buyer_email)
      VALUES (${id}, 'zca-1', ${entry!.id}, 500000, 'Bình Minh', '0399123457', '', 'a@b.vn')
      ON CONFLICT (ledger_entry_id) DO NOTHING`);
    await credit("inv-again");
    expect((await db.execute(sql`SELECT count(*)::int AS n FROM invoices`)).rows).toEqual([{ n: 1 }]);

    const replacement = (id: string, replaces: string | null, ledgerEntryId: number | null = null) =>
      db.execute(sql`INSERT INTO invoices
        (id, account_id, ledger_entry_id, replaces_invoice_id, amount, buyer_company_name, buyer_tax_code, buyer_address, buyer_email)
        VALUES (${id}, 'zca-1', ${ledgerEntryId}, ${replaces}, 500000, 'Bình Minh Mới', '0399123457', 'Q1', 'a@b.vn')`);
    await replacement("inv-2", "inv-1");
    await expect(replacement("inv-3", "inv-1")).rejects.toThrow();
    await expect(replacement("inv-4", null)).rejects.toThrow();
    await expect(replacement("inv-5", "inv-2", entry!.id)).rejects.toThrow();
    await expect(replacement("inv-6", "inv-unknown")).rejects.toThrow();
    expect((await db.execute(sql`SELECT id FROM invoices ORDER BY id`)).rows).toEqual([
      { id: "inv-1" },
      { id: "inv-2" },
    ]);
  });
});

describe("0020_file_links", () => {
  it("starts with no links, knows only the three kinds, and drops a ZCA's links with the ZCA", async () => {
    const { db, finish } = await databaseAt("0019_invoice_info_address");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at)
      VALUES ('zca-1', 'Binh Minh', '+84901000002', 'p', 'v1', now())`);
    await finish();
    expect((await db.execute(sql`SELECT count(*)::int AS n FROM file_links`)).rows).toEqual([{ n: 0 }]);
    const link = (hash: string, kind: string) => sql`INSERT INTO file_links
      (token_hash, account_id, person_id, kind, file, expires_at)
      VALUES (${hash}, 'zca-1', 'p', ${kind}, '{}'::jsonb, now() + interval '5 minutes')`;
    await db.execute(link("h1", "invoice_pdf"));
    await expect(db.execute(link("h1", "history_export"))).rejects.toThrow();
    await expect(db.execute(link("h2", "audit_export"))).rejects.toThrow();
    await db.execute(sql`DELETE FROM accounts WHERE id = 'zca-1'`);
    expect((await db.execute(sql`SELECT count(*)::int AS n FROM file_links`)).rows).toEqual([{ n: 0 }]);
  });
});

describe("0021_usage", () => {
  it("keeps the ledger as it was, debits one usage event once, and holds only known kinds and bounded amounts", async () => {
    const { db, finish } = await databaseAt("0020_file_links");
    await db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('p', 'P')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at, balance)
      VALUES ('zca-1', 'Binh Minh', '+84901000002', 'p', 'v1', now(), 300000)`);
    await db.execute(sql`INSERT INTO ledger_entries (account_id, kind, amount, balance_after, description, app_id)
      VALUES ('zca-1', 'topup', 500000, 500000, 'topup_bank', NULL), ('zca-1', 'spend', -200000, 300000, 'zns', 'app-1')`);
    await finish();
    expect(
      (await db.execute(sql`SELECT kind, event_id, usage_kind, quantity FROM ledger_entries ORDER BY id`))
        .rows,
    ).toEqual([
      { kind: "topup", event_id: null, usage_kind: null, quantity: null },
      { kind: "spend", event_id: null, usage_kind: null, quantity: null },
    ]);
    const spend = (eventId: string, usageKind = "zns") => sql`INSERT INTO ledger_entries
      (account_id, kind, amount, balance_after, description, event_id, usage_kind)
      VALUES ('zca-1', 'spend', -1000, 299000, 'zns', ${eventId}, ${usageKind})`;
    await db.execute(spend("event-1"));
    await expect(db.execute(spend("event-1"))).rejects.toThrow();
    await expect(db.execute(spend("event-2", "sms"))).rejects.toThrow();
    const hold = (id: string, kind: string, amount: number) => sql`INSERT INTO usage_holds
      (id, account_id, kind, amount, expires_at) VALUES (${id}, 'zca-1', ${kind}, ${amount}, now() + interval '1 hour')`;
    await db.execute(hold("hold-1", "proactive", 5000));
    await expect(db.execute(hold("hold-2", "sms", 5000))).rejects.toThrow();
    await expect(db.execute(hold("hold-3", "zns", 0))).rejects.toThrow();
    await expect(
      db.execute(sql`UPDATE usage_holds SET status = 'captured', captured_amount = 5001 WHERE id = 'hold-1'`),
    ).rejects.toThrow();
    expect((await db.execute(sql`SELECT status FROM usage_holds`)).rows).toEqual([{ status: "active" }]);
  });
});

describe("0022_notifications", () => {
  it("copies each low-balance alert into “Quản lý thông báo” for the Super Admin, and keeps copying what old instances write", async () => {
    const { db, finish } = await databaseAt("0021_usage");
    await db.execute(sql`INSERT INTO people (zalo_id, name, phone) VALUES ('p', 'P', '+84901000002'),
      ('q', 'Q', '+84901000003')`);
    await db.execute(sql`INSERT INTO accounts (id, name, super_admin_phone, super_admin_id, terms_version, terms_accepted_at, balance)
      VALUES ('zca-low', 'Low', '+84901000002', 'p', 'v1', now(), 500000),
             ('zca-rich', 'Rich', '+84901000003', 'q', 'v1', now(), 9000000)`);
    await db.execute(sql`INSERT INTO alert_settings (account_id, low_balance_enabled, low_balance_threshold)
      VALUES ('zca-low', true, 1000000), ('zca-rich', true, 1000000)`);
    await finish();
    const settings = () =>
      db.execute(sql`SELECT account_id, kind, enabled, threshold::int AS threshold, recipients, below
        FROM notification_settings ORDER BY account_id`);
    // A ZCA already under its level is "below": no message until it has been back above.
    expect((await settings()).rows).toEqual([
      {
        account_id: "zca-low",
        kind: "lowBalance",
        enabled: true,
        threshold: 1000000,
        recipients: ["p"],
        below: true,
      },
      {
        account_id: "zca-rich",
        kind: "lowBalance",
        enabled: true,
        threshold: 1000000,
        recipients: ["q"],
        below: false,
      },
    ]);
    // An instance of the previous release saves the old setting during the rolling deploy.
    await db.execute(
      sql`UPDATE alert_settings SET low_balance_threshold = 200000 WHERE account_id = 'zca-low'`,
    );
    expect((await settings()).rows[0]).toMatchObject({ threshold: 200000, recipients: ["p"] });
    expect((await db.execute(sql`SELECT lang FROM people ORDER BY zalo_id`)).rows).toEqual([
      { lang: null },
      { lang: null },
    ]);
    await expect(db.execute(sql`UPDATE people SET lang = 'fr'`)).rejects.toThrow();
  });
});

describe("0023_staff", () => {
  it("keeps staff emails lower-case and one staff member per IdP subject", async () => {
    const { db, finish } = await databaseAt("0022_notifications");
    await finish();
    await db.execute(sql`INSERT INTO staff (id, email, name, role, oidc_subject)
      VALUES ('s1', 'a@zca.example', 'A', 'support', 'sub-1')`);
    await expect(
      db.execute(
        sql`INSERT INTO staff (id, email, name, role) VALUES ('s2', 'B@zca.example', 'B', 'support')`,
      ),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`INSERT INTO staff (id, email, name, role, oidc_subject)
        VALUES ('s3', 'c@zca.example', 'C', 'ops_admin', 'sub-1')`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`INSERT INTO staff (id, email, name, role) VALUES ('s4', 'd@zca.example', 'D', 'root')`),
    ).rejects.toThrow();
  });
});
