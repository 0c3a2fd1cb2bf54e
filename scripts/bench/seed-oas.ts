import { sql } from "drizzle-orm";
import type { Db } from "../../server/db/client";
import * as t from "../../server/db/schema";
import { oaAdmins, oas } from "../../server/db/schema";

const CATEGORIES = ["Ẩm thực", "Làm đẹp", "Giáo dục", "Thời trang", "Du lịch"];

/** OA names the bench seeds: "<prefix> 001"…, so a page can count them in its text. */
export function benchOaName(prefix: string, i: number): string {
  return `${prefix} ${String(i).padStart(3, "0")}`;
}

/**
 * `count` OAs administered by `personId` (ids `<idPrefix>-001`…); every tenth is unverified, like
 * a real directory where some OAs cannot be linked. Returns the ids of the verified ones.
 */
export async function seedOas(
  db: Db,
  opts: { personId: string; count: number; idPrefix: string; namePrefix: string },
): Promise<string[]> {
  const rows = Array.from({ length: opts.count }, (_, n) => {
    const i = n + 1;
    return {
      id: `${opts.idPrefix}-${String(i).padStart(3, "0")}`,
      name: benchOaName(opts.namePrefix, i),
      avatar: "",
      verified: i % 10 !== 0,
      category: CATEGORIES[i % CATEGORIES.length]!,
      followers: (i * 7919) % 100_000,
    };
  });
  for (let at = 0; at < rows.length; at += 200) {
    const batch = rows.slice(at, at + 200);
    await db.insert(oas).values(batch);
    await db.insert(oaAdmins).values(batch.map((oa) => ({ oaId: oa.id, personId: opts.personId })));
  }
  return rows.filter((r) => r.verified).map((r) => r.id);
}

/**
 * A directory of realistic size around the seeded people, so PostgreSQL plans queries as it
 * would in production (index lookups), not as for a toy table it scans: `people` other people,
 * each administering `oasPerPerson` OAs, and every fifth of them Super Admin of a ZCA holding two.
 * Ends with ANALYZE, as a production database has statistics.
 */
export async function seedBackgroundDirectory(
  db: Db,
  opts = { people: 5000, oasPerPerson: 4 },
): Promise<void> {
  const pad = (i: number) => String(i).padStart(5, "0");
  const people = Array.from({ length: opts.people }, (_, i) => ({
    id: `bg-${pad(i)}`,
    name: `Người dùng ${pad(i)}`,
    avatar: "",
    phone: `09${String(10_000_000 + i)}`,
  }));
  const oaRows = people.flatMap((p, i) =>
    Array.from({ length: opts.oasPerPerson }, (_, k) => ({
      id: `bg-oa-${pad(i)}-${k}`,
      name: `OA nền ${pad(i)}-${k}`,
      avatar: "",
      verified: k !== 3,
      category: CATEGORIES[k % CATEGORIES.length]!,
      followers: (i * 31 + k) % 50_000,
      admin: p.id,
    })),
  );
  const holders = people.filter((_, i) => i % 5 === 0);
  const accountRows = holders.map((p) => ({
    id: `zca-${p.id}`,
    name: `Công ty ${p.name}`,
    superAdminPhone: p.phone,
    superAdminId: p.id,
    termsVersion: "2022-06-01",
    termsAcceptedAt: new Date("2024-01-01T00:00:00Z"),
  }));
  const links = holders.flatMap((p) =>
    [0, 1].map((k) => ({
      oaId: `bg-oa-${p.id.slice(3)}-${k}`,
      accountId: `zca-${p.id}`,
      linkedBy: p.id,
    })),
  );
  const batches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
    for (let at = 0; at < rows.length; at += 1000) await insert(rows.slice(at, at + 1000));
  };
  await batches(people, (b) => db.insert(t.people).values(b));
  await batches(oaRows, (b) => db.insert(oas).values(b.map(({ admin: _admin, ...oa }) => oa)));
  await batches(oaRows, (b) =>
    db.insert(oaAdmins).values(b.map((oa) => ({ oaId: oa.id, personId: oa.admin }))),
  );
  await batches(accountRows, (b) => db.insert(t.accounts).values(b));
  await batches(accountRows, (b) =>
    db.insert(t.accountMembers).values(
      b.map((a) => ({
        accountId: a.id,
        personId: a.superAdminId,
        role: "super_admin" as const,
        addedBy: a.superAdminId,
      })),
    ),
  );
  await batches(links, (b) => db.insert(t.accountOas).values(b));
  await db.execute(sql`ANALYZE`);
}
