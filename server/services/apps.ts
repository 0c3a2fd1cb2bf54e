import { eq } from "drizzle-orm";
import type { App } from "../../src/domain/types";
import type { Db } from "../db/client";
import { accountApps, apps } from "../db/schema";

export async function listAppsFor(db: Db, personId: string): Promise<App[]> {
  const rows = await db
    .select({ id: apps.id, name: apps.name, linkedAccountId: accountApps.accountId })
    .from(apps)
    .leftJoin(accountApps, eq(accountApps.appId, apps.id))
    .where(eq(apps.ownerId, personId))
    .orderBy(apps.name);
  return rows;
}
