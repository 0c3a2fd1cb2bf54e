import { and, eq, sql, type SQL } from "drizzle-orm";
import type { App, Page } from "../../src/domain/types";
import type { Db } from "../db/client";
import { accountApps, apps } from "../db/schema";
import { decodeCursor, pageOf } from "../pages";

function appsOf(db: Db, personId: string, opts: { q?: string; after?: string[]; limit?: number }) {
  const [afterName, afterId] = opts.after ?? [];
  const conditions: (SQL | undefined)[] = [
    eq(apps.ownerId, personId),
    afterName !== undefined ? sql`(${apps.name}, ${apps.id}) > (${afterName}, ${afterId})` : undefined,
    opts.q ? sql`strpos(${apps.nameFolded}, fold_vi(${opts.q})) > 0` : undefined,
  ];
  const query = db
    .select({ id: apps.id, name: apps.name, linkedAccountId: accountApps.accountId })
    .from(apps)
    .leftJoin(accountApps, eq(accountApps.appId, apps.id))
    .where(and(...conditions))
    .orderBy(apps.name, apps.id);
  return opts.limit === undefined ? query : query.limit(opts.limit);
}

/** The apps a person owns, by name; those whose folded name contains `q`'s when searching. */
export async function listAppsFor(db: Db, personId: string, opts: { q?: string } = {}): Promise<App[]> {
  return appsOf(db, personId, opts);
}

/** The same list a page at a time (keyset on name and id, along the owner's index). */
export async function pageAppsFor(
  db: Db,
  personId: string,
  opts: { limit: number; cursor?: string; q?: string },
): Promise<Page<App>> {
  const after = opts.cursor ? decodeCursor(opts.cursor, 2) : undefined;
  const rows = await appsOf(db, personId, { ...opts, limit: opts.limit + 1, after });
  return pageOf(
    rows,
    opts.limit,
    (row) => row,
    (row) => [row.name, row.id],
  );
}
