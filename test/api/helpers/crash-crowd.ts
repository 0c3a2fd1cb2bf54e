import { expect } from "vitest";
import { issueSessionToken } from "../../../server/auth/session-token";
import type { Database } from "../../../server/db/client";
import { oaAdmins, oas, people } from "../../../server/db/schema";
import { seedDirectory } from "../../../server/seed/seed";
import { createBody, newKey } from "./fixtures";
import { send, type ApiResponse } from "./http";
import type { ServerProcess } from "./server-process";

/** One person of the crowd and what became of their two writes: create a ZCA, link a second OA. */
export interface Person {
  id: string;
  token: string;
  key: string;
  accountId?: string;
  create: "not sent" | "acked" | "lost";
  link: "not sent" | "acked" | "lost";
}

/** The seeded directory plus `size` people, each with a phone and two verified OAs of their own. */
export async function seedCrowd(database: Database, size: number, secret: string): Promise<Person[]> {
  await seedDirectory(database.db);
  const ids = Array.from({ length: size }, (_, i) => `crash-${String(i).padStart(3, "0")}`);
  const ownOas = ids.flatMap((id) => [`oa-${id}-a`, `oa-${id}-b`].map((oaId) => ({ oaId, personId: id })));
  await database.db
    .insert(people)
    .values(ids.map((id, i) => ({ id, name: `Người ${i}`, phone: `0966${String(i).padStart(6, "0")}` })));
  await database.db
    .insert(oas)
    .values(ownOas.map(({ oaId }) => ({ id: oaId, name: `OA ${oaId}`, verified: true })));
  await database.db.insert(oaAdmins).values(ownOas);
  return Promise.all(
    ids.map(async (id) => ({
      id,
      token: (await issueSessionToken(secret, id, "dev")).token,
      key: newKey(),
      create: "not sent" as const,
      link: "not sent" as const,
    })),
  );
}

export const createAccount = (url: string, p: Person) =>
  send(url, "POST", "/api/accounts", {
    token: p.token,
    body: createBody({ name: `Cua hang ${p.id.replace("-", " ")}`, oaId: `oa-${p.id}-a` }),
    headers: { "Idempotency-Key": p.key },
  });

export const linkSecondOa = (url: string, p: Person) =>
  send(url, "POST", `/api/accounts/${p.accountId}/oas`, { token: p.token, body: { oaId: `oa-${p.id}-b` } });

/**
 * `workers` at a time, each creates a person's ZCA and then links their second OA. When
 * `killAfter` writes have been acknowledged the server gets SIGKILL; what was in flight is "lost".
 */
export async function burstUntilKilled(
  server: ServerProcess,
  group: Person[],
  opts: { workers: number; killAfter: number },
): Promise<{ fired: number }> {
  const queue = [...group];
  let acks = 0;
  let fired = 0;
  let killing: Promise<void> | null = null;
  const acked = () => {
    acks++;
    if (acks === opts.killAfter) killing = server.stop("SIGKILL");
  };
  const attempt = (request: () => Promise<ApiResponse>): Promise<ApiResponse | null> => {
    fired++;
    return request().catch(() => null);
  };
  const worker = async () => {
    while (!killing && queue.length > 0) {
      const p = queue.shift()!;
      const created = await attempt(() => createAccount(server.url, p));
      if (!created) {
        p.create = "lost";
        continue;
      }
      expect(created.status, created.text).toBe(201);
      p.create = "acked";
      p.accountId = created.body.id;
      acked();
      const linked = await attempt(() => linkSecondOa(server.url, p));
      if (!linked) {
        p.link = "lost";
        continue;
      }
      expect(linked.status, linked.text).toBe(201);
      p.link = "acked";
      acked();
    }
  };
  await Promise.all(Array.from({ length: opts.workers }, worker));
  await killing;
  return { fired };
}

/** Every ZCA and link acknowledged so far is there, with its OA. */
export async function expectAcknowledgedWritesPresent(server: ServerProcess, crowd: Person[]): Promise<void> {
  for (const p of crowd.filter((c) => c.create === "acked")) {
    const account = await send(server.url, "GET", `/api/accounts/${p.accountId}`, { token: p.token });
    expect(account.status, `${p.id}'s acknowledged ZCA`).toBe(200);
    const linked = account.body.oas.map((o: { id: string }) => o.id);
    expect(linked).toContain(`oa-${p.id}-a`);
    if (p.link === "acked") expect(linked).toContain(`oa-${p.id}-b`);
  }
}

/** The app's retry of each write whose answer never came: the same Idempotency-Key, the same link. */
export async function retryPending(server: ServerProcess, group: Person[]) {
  let replayed = 0;
  let createdOnRetry = 0;
  let linkedBefore = 0;
  for (const p of group.filter((c) => c.create === "lost")) {
    const retry = await createAccount(server.url, p);
    expect(retry.status, retry.text).toBe(201);
    if (retry.headers.get("Idempotent-Replayed") === "true") replayed++;
    else createdOnRetry++;
    p.accountId = retry.body.id;
    p.create = "acked";
  }
  for (const p of group.filter((c) => c.link === "lost")) {
    const retry = await linkSecondOa(server.url, p);
    expect([200, 201], retry.text).toContain(retry.status);
    if (retry.status === 200) linkedBefore++;
    p.link = "acked";
  }
  // Each person who tried has exactly the one ZCA, whichever way it came about.
  for (const p of group.filter((c) => c.create !== "not sent")) {
    const me = await send(server.url, "GET", "/api/me", { token: p.token });
    expect(me.body.accounts.map((a: { id: string }) => a.id)).toEqual([p.accountId]);
  }
  return { replayed, createdOnRetry, linkedBefore };
}
