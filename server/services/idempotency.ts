import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { idempotencyKeys, type IdempotencyScope } from "../db/schema";
import { ApiError } from "../errors";
import type { Write } from "./command";

/** What a key made: the ZCA it acted on and the thing it made there (the ZCA itself, a top-up). */
export interface Made {
  accountId: string;
  resourceId: string;
}

export interface KeyedRequest {
  key: string;
  scope: IdempotencyScope;
  /** requestHash of what the request asks. */
  hash: string;
  /**
   * Where a key was kept before this store held it (top-ups' own columns, which instances of the
   * previous release still write during a rolling deploy): asked when the store has no row.
   */
  kept?: () => Promise<(Made & { hash: string }) | undefined>;
}

export const requestHash = (request: unknown) =>
  createHash("sha256").update(JSON.stringify(request)).digest("hex");

/**
 * One Idempotency-Key of a person makes one thing, whatever the retries: the same key with the
 * same request is answered with what it made (`replay`), the same key with another request, or
 * for another kind of thing, is refused with idempotency_key_reused. Otherwise `make` runs and the
 * key is kept with what it made, in the write's transaction: two requests racing with one key
 * meet on the key's primary key, and the loser runs again (runWrite) to find it.
 */
export async function idempotent<T>(
  write: Write,
  request: KeyedRequest,
  replay: (made: Made) => Promise<T>,
  make: () => Promise<Made & { answer: T }>,
): Promise<{ answer: T; replayed: boolean }> {
  const previous = (await keptKey(write, request.key)) ?? (await keptBefore(request));
  if (previous) {
    if (previous.scope !== request.scope || previous.hash !== request.hash) {
      throw new ApiError("idempotency_key_reused");
    }
    return { answer: await replay(previous), replayed: true };
  }
  const { answer, ...made } = await make();
  await write.tx.insert(idempotencyKeys).values({
    personId: write.actor.personId,
    key: request.key,
    scope: request.scope,
    requestHash: request.hash,
    accountId: made.accountId,
    resourceId: made.resourceId,
  });
  return { answer, replayed: false };
}

async function keptBefore(request: KeyedRequest) {
  const kept = await request.kept?.();
  return kept && { ...kept, scope: request.scope };
}

async function keptKey({ tx, actor }: Write, key: string) {
  const [row] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.personId, actor.personId), eq(idempotencyKeys.key, key)));
  if (!row) return undefined;
  return {
    scope: row.scope,
    hash: row.requestHash,
    accountId: row.accountId,
    // A key an instance of the previous release kept names only the ZCA it made.
    resourceId: row.resourceId ?? row.accountId,
  };
}
