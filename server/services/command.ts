import { eq } from "drizzle-orm";
import type { Permission, Role } from "../../src/domain/permissions";
import type { Actor } from "../actor";
import { isUniqueViolation, type Db, type Tx } from "../db/client";
import { accounts, auditEvents } from "../db/schema";
import { authorize } from "../policy";

/** What the audit trail keeps of one write. */
export interface AuditEvent {
  action: string;
  accountId?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
}

/** One write in progress: its transaction, who does it, and the audit events it records. */
export interface Write {
  tx: Tx;
  actor: Actor;
  /**
   * Records an event, written in the same transaction once the work returns: a write that fails
   * or rolls back leaves none. `as` names another actor (a provider's callback settling what a
   * member started).
   */
  audit(event: AuditEvent, as?: Actor): void;
}

/** A write to one ZCA, authorized: the actor's role there. */
export interface AccountWrite extends Write {
  accountId: string;
  role: Role;
}

export interface WriteOptions {
  /**
   * How many times a transaction that lost a race on a unique index runs again (twice unless
   * said): the next run finds the winner's row and answers the rule that now applies, or the
   * replay, instead of the constraint's error.
   */
  retries?: number;
}

/**
 * Every write runs here: one transaction, run again after a lost unique race, whose recorded
 * audit events are written when the work returns. Writes that are not to one ZCA's (signing in,
 * creating a ZCA, provider callbacks) use it directly; a ZCA's writes use runCommand.
 */
export async function runWrite<T>(
  db: Db,
  actor: Actor,
  work: (write: Write) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const retries = options.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const events: { event: AuditEvent; actor: Actor }[] = [];
        const result = await work({
          tx,
          actor,
          audit: (event, as = actor) => events.push({ event, actor: as }),
        });
        if (events.length > 0) await tx.insert(auditEvents).values(events.map(auditRow));
        return result;
      });
    } catch (error) {
      if (attempt < retries && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/**
 * A write to the ZCA `accountId`: in runWrite's transaction, the ZCA's row locked first when
 * `lock` is set (its writes then run one at a time, and what the work reads, the actor's role
 * included, is what the previous one committed), then authorized by the one policy. Events the
 * work records name the ZCA unless they say otherwise.
 */
export function runCommand<T>(
  db: Db,
  actor: Actor,
  command: { accountId: string; permission: Permission; lock?: boolean },
  work: (write: AccountWrite) => Promise<T>,
  options?: WriteOptions,
): Promise<T> {
  const { accountId, permission } = command;
  return runWrite(
    db,
    actor,
    async (write) => {
      if (command.lock) {
        await write.tx
          .select({ id: accounts.id })
          .from(accounts)
          .where(eq(accounts.id, accountId))
          .for("no key update");
      }
      const role = await authorize(write.tx, actor.personId, accountId, permission);
      return work({
        ...write,
        accountId,
        role,
        audit: (event, as) => write.audit({ accountId, ...event }, as),
      });
    },
    options,
  );
}

function auditRow({ event, actor }: { event: AuditEvent; actor: Actor }) {
  return {
    actorId: actor.personId,
    requestId: actor.requestId,
    action: event.action,
    accountId: event.accountId,
    subjectId: event.subjectId,
    detail: event.detail ?? {},
  };
}
