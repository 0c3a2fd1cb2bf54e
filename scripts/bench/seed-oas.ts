import type { Db } from "../../server/db/client";
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
    await db.insert(oaAdmins).values(batch.map((oa) => ({ oaId: oa.id, zaloId: opts.personId })));
  }
  return rows.filter((r) => r.verified).map((r) => r.id);
}
