import { randomInt } from "node:crypto";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { declaredAppName } from "../../src/domain/app-id";
import { appUnavailableReason } from "../../src/domain/linking";
import type { App, Page } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import { accountApps, accounts, appAdmins, apps, people } from "../db/schema";
import { ApiError } from "../errors";
import { decodeCursor, pageOf } from "../pages";
import type { Actor } from "../actor";
import { runCommand } from "./command";
import { tellAssets } from "./notify";

/** An app as the API answers it; `declaredBy` needs `people` joined on `apps.declared_by`. */
export const APP_FIELDS = {
  id: apps.id,
  name: apps.name,
  linkedAccountId: accountApps.accountId,
  declaredBy: { id: people.id, name: people.name },
};

function appsOf(db: Db, personId: string, opts: { q?: string; after?: string[]; limit?: number }) {
  const [afterName, afterId] = opts.after ?? [];
  const conditions: (SQL | undefined)[] = [
    eq(appAdmins.personId, personId),
    afterName !== undefined ? sql`(${apps.name}, ${apps.id}) > (${afterName}, ${afterId})` : undefined,
    opts.q ? sql`strpos(${apps.nameFolded}, fold_vi(${opts.q})) > 0` : undefined,
  ];
  const query = db
    .select(APP_FIELDS)
    .from(appAdmins)
    .innerJoin(apps, eq(apps.id, appAdmins.appId))
    .leftJoin(accountApps, eq(accountApps.appId, apps.id))
    .leftJoin(people, eq(people.id, apps.declaredBy))
    .where(and(...conditions))
    .orderBy(apps.name, apps.id);
  return opts.limit === undefined ? query : query.limit(opts.limit);
}

/** The apps a person administers, by name, each with the ZCA that holds it; those whose folded name contains `q`'s when searching. */
export async function listAppsFor(db: Db, personId: string, opts: { q?: string } = {}): Promise<App[]> {
  return appsOf(db, personId, opts);
}

/** The same list a page at a time (keyset on name and id). */
export async function pageAppsFor(
  db: Db,
  personId: string,
  opts: { limit: number; cursor?: string; q?: string },
): Promise<Page<App>> {
  const after = opts.cursor ? decodeCursor(opts.cursor, ["text", "text"]) : undefined;
  const rows = await appsOf(db, personId, { ...opts, limit: opts.limit + 1, after });
  return pageOf(
    rows,
    opts.limit,
    (row) => row,
    (row) => [row.name, row.id],
  );
}

/**
 * Checks, inside the transaction that will link it, that `personId` may link the app to the ZCA
 * `accountId` (null: the ZCA being created): admin of the app first, then the linkability rule.
 * Refuses with the rule's code; answers whether that ZCA already holds it.
 */
export async function checkAppLinkable(
  tx: Tx,
  appId: string,
  personId: string,
  accountId: string | null,
): Promise<"free" | "linked_here"> {
  const [row] = await tx
    .select({ adminId: appAdmins.personId, linkedAccountId: accountApps.accountId })
    .from(apps)
    .leftJoin(appAdmins, and(eq(appAdmins.appId, apps.id), eq(appAdmins.personId, personId)))
    .leftJoin(accountApps, eq(accountApps.appId, apps.id))
    .where(eq(apps.id, appId));
  if (!row?.adminId) throw new ApiError("app_not_owned");
  return linkState(row, accountId);
}

/** The linkability rule for a link to `accountId`: refuses with its code, or says whether that ZCA holds the app. */
function linkState(
  app: { linkedAccountId: string | null },
  accountId: string | null,
): "free" | "linked_here" {
  const reason = appUnavailableReason(app, accountId);
  if (reason === "app_linked_here") return "linked_here";
  if (reason) throw new ApiError(reason);
  return "free";
}

/**
 * "Kết nối ứng dụng bằng App ID", inside the transaction that will link it to the ZCA `accountId`
 * (null: the ZCA being created). No Zalo API tells who administers an app, so the person's word is
 * recorded: a new App ID becomes an app declared by them, and a declared app no ZCA holds is theirs
 * on the same terms (the latest word stands). An app the directory knows keeps its rule: only its
 * admins may link it. Refuses as checkAppLinkable; answers whether that ZCA already holds it.
 */
export async function declareApp(
  tx: Tx,
  appId: string,
  personId: string,
  accountId: string | null,
): Promise<"free" | "linked_here"> {
  const [row] = await tx
    .select({ declaredAt: apps.declaredAt, linkedAccountId: accountApps.accountId })
    .from(apps)
    .leftJoin(accountApps, eq(accountApps.appId, apps.id))
    .where(eq(apps.id, appId));
  const now = new Date();
  if (!row) {
    await tx
      .insert(apps)
      .values({ id: appId, name: declaredAppName(appId), declaredBy: personId, declaredAt: now });
    await tx.insert(appAdmins).values({ appId, personId });
    return "free";
  }
  if (!row.declaredAt) return checkAppLinkable(tx, appId, personId, accountId);
  if (linkState(row, accountId) === "linked_here") return "linked_here";
  await tx.update(apps).set({ declaredBy: personId, declaredAt: now }).where(eq(apps.id, appId));
  await tx.insert(appAdmins).values({ appId, personId }).onConflictDoNothing();
  return "free";
}

/**
 * "Tạo ứng dụng": a new app named `name`, administered by the person who made it. Its App ID has
 * the shape of Zalo's, 19 digits; a collision loses on the primary key and the write runs again.
 */
export async function insertApp(tx: Tx, name: string, personId: string): Promise<string> {
  const id = [randomInt(1, 10), ...Array.from({ length: 18 }, () => randomInt(0, 10))].join("");
  await tx.insert(apps).values({ id, name });
  await tx.insert(appAdmins).values({ appId: id, personId });
  return id;
}

/**
 * Links an app the person administers or declares by its App ID to a ZCA, or creates one named
 * after the ZCA and links it. Linking one the ZCA already holds is a no-op that returns it.
 */
export async function linkApp(
  db: Db,
  actor: Actor,
  accountId: string,
  request: { appId: string } | { declaredAppId: string } | { create: true },
): Promise<{ app: App; created: boolean }> {
  return runCommand(db, actor, { accountId, permission: "assets.manage" }, async ({ tx, audit }) => {
    let appId: string;
    if ("create" in request) {
      const [account] = await tx
        .select({ name: accounts.name })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      appId = await insertApp(tx, account!.name, actor.personId);
    } else {
      appId = "appId" in request ? request.appId : request.declaredAppId;
      const check = "appId" in request ? checkAppLinkable : declareApp;
      if ((await check(tx, appId, actor.personId, accountId)) === "linked_here") {
        return { app: await readApp(tx, appId), created: false };
      }
    }
    await tx.insert(accountApps).values({ appId, accountId });
    await tellAssets(tx, accountId, "linked", "app", appId);
    audit({
      action: "account.link_app",
      subjectId: appId,
      detail: { created: "create" in request, declared: "declaredAppId" in request },
    });
    return { app: await readApp(tx, appId), created: true };
  });
}

export async function unlinkApp(db: Db, actor: Actor, accountId: string, appId: string): Promise<void> {
  await runCommand(db, actor, { accountId, permission: "assets.manage" }, async ({ tx, audit }) => {
    const removed = await tx
      .delete(accountApps)
      .where(and(eq(accountApps.appId, appId), eq(accountApps.accountId, accountId)))
      .returning({ appId: accountApps.appId });
    if (removed.length === 0) throw new ApiError("not_found");
    await tellAssets(tx, accountId, "unlinked", "app", appId);
    audit({ action: "account.unlink_app", subjectId: appId });
  });
}

async function readApp(tx: Tx, appId: string): Promise<App> {
  const [row] = await tx
    .select(APP_FIELDS)
    .from(apps)
    .leftJoin(accountApps, eq(accountApps.appId, apps.id))
    .leftJoin(people, eq(people.id, apps.declaredBy))
    .where(eq(apps.id, appId));
  if (!row) throw new Error(`app ${appId} missing inside its own transaction`);
  return row;
}
