import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Business } from "../../src/domain/business";
import type { AppChoice } from "../../src/domain/schemas";
import type { Account } from "../../src/domain/types";
import type { Db, Tx } from "../db/client";
import {
  accountApps,
  accountBusiness,
  accountMembers,
  accountOas,
  accounts,
  apps,
  oas,
  people,
} from "../db/schema";
import { ApiError } from "../errors";
import type { Actor } from "../actor";
import { authorize, authorizeNewAccount } from "../policy";
import { runWrite, type Write } from "./command";
import { idempotent, requestHash } from "./idempotency";
import { APP_FIELDS, checkAppLinkable, declareApp, insertApp } from "./apps";
import { checkOaLinkable } from "./oas";
import { makeTransferAccount } from "./transfer-accounts";
import { TERMS_VERSION } from "./terms";
import { taxCodeInvoiced } from "./tax-code-lock";

export interface NewAccount {
  name: string;
  oaId: string;
  app: AppChoice;
  termsVersion: string;
  business: Business;
}

/**
 * Creates a ZCA with its OA (and app) and its transfer account in one write. A lost race on a
 * uniqueness constraint runs it again, so the caller gets the rule that now applies (R1, OA held,
 * or the replay).
 */
export async function createAccount(
  db: Db,
  actor: Actor,
  input: NewAccount,
  idempotencyKey: string,
): Promise<{ account: Account; replayed: boolean }> {
  const request = { key: idempotencyKey, scope: "account" as const, hash: requestHash(input) };
  const { answer: accountId, replayed } = await runWrite(db, actor, async (write) => {
    // One person's creations run one at a time: a concurrent request waits on this row lock, then
    // sees the winner's idempotency key or account. Without it, a request could pass the R1 check
    // before the winner commits and then meet the winner's OA link, and report oa_linked_elsewhere.
    const person = await lockPerson(write.tx, actor.personId);
    if (!person) throw new ApiError("unauthenticated");
    return idempotent(
      write,
      request,
      async (made) => made.accountId,
      async () => {
        const accountId = await insertAccount(write, person, input);
        return { accountId, resourceId: accountId, answer: accountId };
      },
    );
  });
  return { account: await getAccount(db, accountId, actor.personId), replayed };
}

/** R1 and the OA and app rules checked, the ZCA and all it starts with. */
async function insertAccount(
  { tx, actor, audit }: Write,
  person: typeof people.$inferSelect,
  input: NewAccount,
): Promise<string> {
  const phone = await authorizeNewAccount(tx, person);
  if (input.termsVersion !== TERMS_VERSION) throw new ApiError("terms_not_accepted");

  await checkOaLinkable(tx, input.oaId, actor.personId, null);

  const accountId = `zca-${randomUUID()}`;
  const appId = await resolveApp(tx, input, actor.personId);
  const now = new Date();
  await tx.insert(accounts).values({
    id: accountId,
    name: input.name,
    superAdminPhone: phone,
    superAdminId: person.id,
    termsVersion: input.termsVersion,
    termsAcceptedAt: now,
  });
  await makeTransferAccount(tx, accountId);
  await tx.insert(accountMembers).values({
    accountId,
    personId: person.id,
    role: "super_admin",
    addedBy: person.id,
    addedAt: now,
  });
  await tx
    .insert(accountBusiness)
    .values({ accountId, ...input.business, updatedBy: person.id, updatedAt: now });
  await tx.insert(accountOas).values({ oaId: input.oaId, accountId, linkedBy: person.id, linkedAt: now });
  if (appId) await tx.insert(accountApps).values({ appId, accountId });
  audit({
    action: "account.create",
    accountId,
    subjectId: accountId,
    detail: {
      oaId: input.oaId,
      app: input.app.mode,
      appId,
      termsVersion: input.termsVersion,
      business: input.business,
    },
  });
  return accountId;
}

async function lockPerson(tx: Tx, personId: string) {
  const [row] = await tx.select().from(people).where(eq(people.id, personId)).for("no key update");
  return row ?? null;
}

async function resolveApp(tx: Tx, input: NewAccount, personId: string): Promise<string | null> {
  if (input.app.mode === "skip") return null;
  if (input.app.mode === "create") return insertApp(tx, input.name, personId);
  if (input.app.mode === "declare") await declareApp(tx, input.app.appId, personId, null);
  else await checkAppLinkable(tx, input.app.appId, personId, null);
  return input.app.appId;
}

/** The ZCA as its members see it; others get `forbidden`, unknown ids `not_found`. */
export async function getAccount(db: Db | Tx, accountId: string, personId: string): Promise<Account> {
  const role = await authorize(db, personId, accountId, "account.view");
  const [row] = await db
    .select({ account: accounts, admin: people, business: accountBusiness })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.superAdminId))
    .leftJoin(accountBusiness, eq(accountBusiness.accountId, accounts.id))
    .where(eq(accounts.id, accountId));
  if (!row) throw new ApiError("not_found");

  const [linkedOas, linkedApps] = await Promise.all([
    db
      .select({ oa: oas, link: accountOas, by: people })
      .from(accountOas)
      .innerJoin(oas, eq(oas.id, accountOas.oaId))
      .innerJoin(people, eq(people.id, accountOas.linkedBy))
      .where(eq(accountOas.accountId, accountId))
      .orderBy(accountOas.linkedAt),
    db
      .select(APP_FIELDS)
      .from(accountApps)
      .innerJoin(apps, eq(apps.id, accountApps.appId))
      .leftJoin(people, eq(people.id, apps.declaredBy))
      .where(eq(accountApps.accountId, accountId))
      .orderBy(apps.name),
  ]);
  const a = row.account;
  return {
    id: a.id,
    name: a.name,
    role,
    balance: a.balance,
    superAdmin: { id: row.admin.id, name: row.admin.name, avatar: row.admin.avatar },
    termsVersion: a.termsVersion,
    termsAcceptedAt: a.termsAcceptedAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    oas: linkedOas.map(({ oa, link, by }) => ({
      id: oa.id,
      name: oa.name,
      avatar: oa.avatar,
      verified: oa.verified,
      category: oa.category,
      followers: oa.followers,
      linkedBy: { id: by.id, name: by.name, avatar: by.avatar },
      linkedAt: link.linkedAt.toISOString(),
    })),
    apps: linkedApps,
    business: row.business && businessOf(row.business),
    businessTaxCodeLocked: row.business ? await taxCodeInvoiced(db, accountId, row.business.taxCode) : false,
  };
}

export function businessOf(row: typeof accountBusiness.$inferSelect): Business {
  const { companyName, taxCode, address, representative, phone, email } = row;
  return { companyName, taxCode, address, representative, phone, email };
}
