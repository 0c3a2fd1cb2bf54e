import type { AppChoice } from "../../../src/domain/schemas";
import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../server/db/client";
import type { BusinessInput } from "../../../src/domain/business";
import { AN_BUSINESS } from "../../support/businesses";
import { oaAdmins, oas } from "../../../server/db/schema";
import { TERMS_VERSION as CURRENT_TERMS_VERSION } from "../../../server/services/terms";
import type { TestServer } from "./server";

export const TERMS_VERSION = CURRENT_TERMS_VERSION;

export function newKey(): string {
  return `key-${randomUUID()}`;
}

export interface CreateBody {
  name: string;
  oaId: string;
  app: AppChoice;
  termsVersion: string;
  business: BusinessInput;
}

export function createBody(overrides: Partial<CreateBody> = {}): CreateBody {
  return {
    name: "Cong ty TNHH An Nhien",
    oaId: "oa-an-nhien",
    app: { mode: "skip" },
    termsVersion: TERMS_VERSION,
    business: AN_BUSINESS,
    ...overrides,
  };
}

/** POST /api/accounts with a fresh Idempotency-Key unless one is given. */
export function postAccount(server: TestServer, token: string, body: unknown, key: string | null = newKey()) {
  return server.post("/api/accounts", token, body, key === null ? {} : { "Idempotency-Key": key });
}

/** A verified OA administered by `adminIds`, for scenarios the seed does not cover. */
export async function insertOa(db: Db, id: string, adminIds: string[], verified = true): Promise<void> {
  await db.insert(oas).values({ id, name: `Fixture ${id}`, verified, category: "Test", followers: 1 });
  if (adminIds.length > 0)
    await db.insert(oaAdmins).values(adminIds.map((personId) => ({ oaId: id, personId })));
}

/** Rows of a raw SQL query, on either database kind. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function countRows(db: Db, table: string, where: SQL = sql`true`): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${where}`,
  );
  return Number(rows[0]!.n);
}

/** "action:subject" of each audit event of a ZCA, oldest first. */
export async function auditActions(db: Db, accountId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string; subject_id: string }>(
    db,
    sql`SELECT action, subject_id FROM audit_events WHERE account_id = ${accountId} ORDER BY id`,
  );
  return rows.map((r) => `${r.action}:${r.subject_id}`);
}
