import type { Db, Tx } from "../db/client";
import { auditEvents } from "../db/schema";
import type { Actor } from "../actor";

export async function recordAudit(
  tx: Tx | Db,
  actor: Actor,
  event: { action: string; accountId?: string; subjectId?: string; detail?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: actor.personId,
    requestId: actor.requestId,
    action: event.action,
    accountId: event.accountId,
    subjectId: event.subjectId,
    detail: event.detail ?? {},
  });
}
