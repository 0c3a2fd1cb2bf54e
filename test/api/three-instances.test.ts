// Three real `npm run server` processes started together on one fresh PostgreSQL, as behind a
// load balancer: the race suites' scenarios and the payment callbacks spread over them in turn,
// one SIGKILLed in the middle of a burst, and then every consistency rule, exactly-once credits
// and the rate limit they share. PostgreSQL only: on PGlite the API is one process by construction.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { openDatabase, type Database } from "../../server/db/client";
import { people } from "../../server/db/schema";
import { createCluster, type Cluster } from "./helpers/cluster";
import { checkConsistency } from "./helpers/consistency";
import { seedCrowd, type Person } from "./helpers/crash-crowd";
import { countRows, createBody, insertOa, newKey, queryRows } from "./helpers/fixtures";
import type { ApiResponse } from "./helpers/http";
import { bankNoticeRequest, checkoutCallback } from "./helpers/payments";
import { createTempDatabase } from "./helpers/postgres";
import { dbKindFromEnv, TEST_PAYMENTS } from "./helpers/server";
import { freePort, startServerProcess, type ServerProcess } from "./helpers/server-process";

const kind = dbKindFromEnv();
const SECRET = "three-instances-session-secret-0123456789abcdef";
const SIGN_IN_LIMIT = 20;
const ACCOUNT = "zca-binh-minh";
const CROWD = 30;
const KILL_AFTER_ACKS = 24;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const token = async (personId: string) => (await issueSessionToken(SECRET, personId, "dev")).token;
const codes = (responses: ApiResponse[]) =>
  responses.filter((r) => r.status >= 400).map((r) => r.body.error.code as string);

/** A person with a phone and a verified OA of their own, and their session. */
async function person(database: Database, id: string, phone: string, oaIds = [`oa-${id}`]) {
  await database.db.insert(people).values({ id, name: `Người ${id}`, phone });
  for (const oaId of oaIds) await insertOa(database.db, oaId, [id]);
  return token(id);
}

const createAccount = (cluster: Cluster, who: string, body: object, key = newKey()) =>
  cluster.request("POST", "/api/accounts", { token: who, body, headers: { "Idempotency-Key": key } });

describe.skipIf(kind !== "postgres")(
  "three API instances on one PostgreSQL (skipped on PGlite: one process by construction)",
  () => {
    it("share the rate limit, keep every rule through races and a SIGKILL, and credit each payment once", async () => {
      const temp = await createTempDatabase(process.env.TEST_DATABASE_URL!);
      cleanups.push(temp.drop);
      const env = {
        DATABASE_URL: temp.url,
        AUTH_MODE: "dev",
        SESSION_SECRET: SECRET,
        ZALO_APP_ID: TEST_PAYMENTS.appId,
        CHECKOUT_PRIVATE_KEY: TEST_PAYMENTS.checkoutKey,
        BANK_WEBHOOK_SECRET: TEST_PAYMENTS.bankSecret,
        SIGN_INS_PER_MINUTE: String(SIGN_IN_LIMIT),
        WRITES_PER_MINUTE: "100000",
      };
      // Started together on a fresh database: they migrate and seed it once between them.
      const ports = [await freePort(), await freePort(), await freePort()];
      const instances: ServerProcess[] = await Promise.all(
        ports.map((port) => startServerProcess({ ...env, API_PORT: String(port) })),
      );
      cleanups.push(() => Promise.all(instances.map((i) => i.stop("SIGKILL"))));
      const cluster = createCluster(instances);
      const database = await openDatabase({ databaseUrl: temp.url });
      cleanups.push(() => database.close());
      const figures: string[] = [];

      // The rate limit is one for all three: 3 × the limit of sign-ins from one address, spread
      // over them, and exactly the limit get in.
      const signIns = await Promise.all(
        Array.from({ length: 3 * SIGN_IN_LIMIT }, () =>
          cluster.request("POST", "/api/session", { body: { devPersona: "an" } }),
        ),
      );
      expect(signIns.filter((r) => r.status === 201)).toHaveLength(SIGN_IN_LIMIT);
      const limited = signIns.filter((r) => r.status === 429);
      expect(limited).toHaveLength(2 * SIGN_IN_LIMIT);
      expect(limited.every((r) => Number(r.headers.get("retry-after")) >= 1)).toBe(true);
      figures.push(`${3 * SIGN_IN_LIMIT} sign-ins over 3 instances, ${SIGN_IN_LIMIT} let in (the limit)`);

      // R1: one phone, thirty creations at once over the three: one ZCA.
      const r1 = await person(database, "r1", "+84988100001", ["oa-r1-a", "oa-r1-b"]);
      const r1Answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          createAccount(cluster, r1, createBody({ name: `R1 ${i}`, oaId: i % 2 ? "oa-r1-a" : "oa-r1-b" })),
        ),
      );
      expect(r1Answers.filter((r) => r.status === 201)).toHaveLength(1);
      expect(new Set(codes(r1Answers))).toEqual(new Set(["phone_owns_account"]));

      // One Idempotency-Key sent ten times at once over the three: one ZCA, replayed to all.
      const idem = await person(database, "idem", "+84988100002");
      const key = newKey();
      const idemAnswers = await Promise.all(
        Array.from({ length: 10 }, () => createAccount(cluster, idem, createBody({ oaId: "oa-idem" }), key)),
      );
      expect(idemAnswers.map((r) => r.status)).toEqual(Array(10).fill(201));
      expect(new Set(idemAnswers.map((r) => r.body.id)).size).toBe(1);

      // Two people with one phone creating at once: R1 holds in the database.
      const [twinA, twinB] = [
        await person(database, "twin-a", "+84988100003"),
        await person(database, "twin-b", "+84988100003"),
      ];
      const twins = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          createAccount(
            cluster,
            i % 2 ? twinA : twinB,
            createBody({ oaId: i % 2 ? "oa-twin-a" : "oa-twin-b" }),
          ),
        ),
      );
      expect(twins.filter((r) => r.status === 201)).toHaveLength(1);

      // One OA, two creators at once: one holder.
      const c1 = await person(database, "c1", "+84988100004");
      const c2 = await person(database, "c2", "+84988100005");
      await insertOa(database.db, "oa-contested", ["c1", "c2"]);
      const contest = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          createAccount(cluster, i % 2 ? c1 : c2, createBody({ oaId: "oa-contested" })),
        ),
      );
      expect(contest.filter((r) => r.status === 201)).toHaveLength(1);
      // The winner's own other attempts meet R1; the other creator's, the OA's one holder.
      for (const code of codes(contest))
        expect(["oa_linked_elsewhere", "phone_owns_account"]).toContain(code);
      expect(await countRows(database.db, "account_oas", sql`oa_id = 'oa-contested'`)).toBe(1);

      // Two ZCAs linking one shared OA at once: one holder, the other told where it is.
      const l1 = await person(database, "l1", "+84988100006");
      const l2 = await person(database, "l2", "+84988100007");
      await insertOa(database.db, "oa-shared", ["l1", "l2"]);
      const [z1, z2] = [
        await createAccount(cluster, l1, createBody({ oaId: "oa-l1" })),
        await createAccount(cluster, l2, createBody({ oaId: "oa-l2" })),
      ];
      const links = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          cluster.request("POST", `/api/accounts/${(i % 2 ? z1 : z2).body.id}/oas`, {
            token: i % 2 ? l1 : l2,
            body: { oaId: "oa-shared" },
          }),
        ),
      );
      expect(links.filter((r) => r.status === 201)).toHaveLength(1);
      expect(links.filter((r) => r.status === 409)).toHaveLength(6);
      expect(await countRows(database.db, "account_oas", sql`oa_id = 'oa-shared'`)).toBe(1);
      figures.push(
        "R1, one key, one phone for two, one OA for two creators, one OA for two ZCAs: one winner each",
      );

      // Payments: Zalo repeats each Checkout callback and the bank each notice, over all three.
      const binh = await token("binh");
      const account = (await cluster.request("GET", `/api/accounts/${ACCOUNT}/wallet`, { token: binh })).body;
      const topup = async (amount: number) =>
        (
          await cluster.request("POST", `/api/accounts/${ACCOUNT}/topups`, {
            token: binh,
            body: { amount, method: "checkout" },
            headers: { "Idempotency-Key": `topup-${randomUUID()}` },
          })
        ).body as { id: string; amount: number };
      const pay = (t: { id: string; amount: number }) =>
        cluster.request("POST", "/api/payments/checkout/callback", { body: checkoutCallback(t) });
      const notice = (amount: number) => ({
        transactionId: `vcb-${randomUUID()}`,
        accountNumber: account.bankTransfer.accountNumber,
        amount,
        content: "NAP ZCA",
        paidAt: new Date().toISOString(),
      });
      const transfer = (body: object) =>
        cluster.request("POST", "/api/payments/bank/webhook", bankNoticeRequest(body));
      const topups = [];
      for (let i = 0; i < 5; i++) topups.push(await topup(100_000 + 1000 * i));
      const notices = [notice(300_000), notice(400_000), notice(500_000)];
      const repeats = await Promise.all([
        ...topups.flatMap((t) => Array.from({ length: 6 }, () => pay(t))),
        ...notices.flatMap((n) => Array.from({ length: 6 }, () => transfer(n))),
      ]);
      expect(repeats.slice(0, 30).every((r) => r.body.returnCode === 1)).toBe(true);
      expect(repeats.slice(30).every((r) => r.status === 200)).toBe(true);

      // The burst: thirty people create their ZCA and link a second OA while Zalo's callbacks for
      // five more top-ups come, four times each; one instance is SIGKILLed in the middle.
      const crowd = await seedCrowd(database, CROWD, SECRET);
      const lateTopups = [];
      for (let i = 0; i < 5; i++) lateTopups.push(await topup(200_000 + 1000 * i));
      let acks = 0;
      let killed: Promise<void> | null = null;
      const ack = () => {
        if (++acks === KILL_AFTER_ACKS) killed = instances[1]!.stop("SIGKILL");
      };
      const queue = [...crowd];
      const worker = async () => {
        for (let p = queue.shift(); p; p = queue.shift()) await createAndLink(cluster, p, ack);
      };
      const callbacks = lateTopups.flatMap((t) => Array.from({ length: 4 }, () => t));
      const caller = async () => {
        for (let t = callbacks.shift(); t; t = callbacks.shift()) {
          expect((await pay(t)).body.returnCode).toBe(1);
          ack();
        }
      };
      await Promise.all([...Array.from({ length: 6 }, worker), caller(), caller()]);
      expect(killed).not.toBeNull();
      await killed;
      const answeredBeforeKill = [...cluster.answered];
      figures.push(
        `burst of ${CROWD} creations + links and ${lateTopups.length * 4} callbacks, instance 2 SIGKILLed after ` +
          `${KILL_AFTER_ACKS} answers, ${cluster.resent} requests resent to the others`,
      );

      // Every person of the crowd has exactly the one ZCA, with both OAs.
      for (const p of crowd) {
        const me = await cluster.request("GET", "/api/me", { token: p.token });
        expect(me.body.accounts.map((a: { id: string }) => a.id)).toEqual([p.accountId]);
        const fetched = await cluster.request("GET", `/api/accounts/${p.accountId}`, { token: p.token });
        expect(fetched.body.oas.map((o: { id: string }) => o.id).sort()).toEqual([
          `oa-${p.id}-a`,
          `oa-${p.id}-b`,
        ]);
      }

      // Exactly once: one ledger entry per top-up and per bank transaction, the balance their sum.
      for (const t of [...topups, ...lateTopups]) {
        expect(await countRows(database.db, "ledger_entries", sql`topup_id = ${t.id}`)).toBe(1);
      }
      for (const n of notices) {
        expect(await countRows(database.db, "ledger_entries", sql`reference = ${n.transactionId}`)).toBe(1);
      }
      const credited = [...topups, ...lateTopups, ...notices].reduce((sum, c) => sum + c.amount, 0);
      const wallet = await cluster.request("GET", `/api/accounts/${ACCOUNT}/wallet`, { token: binh });
      expect(wallet.body.balance).toBe(account.balance + credited);

      const report = await checkConsistency(database.db);
      expect(report.problems).toEqual([]);
      const [{ n: migrated }] = await queryRows<{ n: number }>(
        database.db,
        sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
      );
      expect(answeredBeforeKill.every((n) => n > 0)).toBe(true);
      await Promise.all([instances[0]!.stop("SIGTERM"), instances[2]!.stop("SIGTERM")]);
      console.log(
        `three instances (postgres): migrated once (${migrated} migrations); ${figures.join("; ")}; ` +
          `${repeats.length + lateTopups.length * 4} payment messages → ${topups.length + lateTopups.length + notices.length} ` +
          `ledger entries; requests answered per instance ${cluster.answered.join(" / ")}; ` +
          `${report.rowsChecked} rows checked against every consistency rule`,
      );
    }, 240_000);
  },
);

/** One person of the crowd creates their ZCA, then links their second OA; each answer is counted. */
async function createAndLink(cluster: Cluster, p: Person, ack: () => void): Promise<void> {
  const created = await createAccount(
    cluster,
    p.token,
    createBody({ name: `Cua hang ${p.id.replace("-", " ")}`, oaId: `oa-${p.id}-a` }),
    p.key,
  );
  expect(created.status, created.text).toBe(201);
  p.accountId = created.body.id;
  ack();
  const linked = await cluster.request("POST", `/api/accounts/${p.accountId}/oas`, {
    token: p.token,
    body: { oaId: `oa-${p.id}-b` },
  });
  expect([200, 201], linked.text).toContain(linked.status);
  ack();
}
