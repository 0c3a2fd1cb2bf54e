import { sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../server/auth/session-token";
import { people } from "../../server/db/schema";
import { checkConsistency } from "./helpers/consistency";
import { countRows, createBody, insertOa, newKey, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { AN_BUSINESS } from "../support/businesses";
import type { ApiResponse } from "./helpers/http";

// The races the existing suites (accounts-races, oa-link-race) leave out, each ending with every
// consistency rule of the database checked: no ZCA without its OA, no orphan idempotency key.
const { server } = freshServer();
afterEach(async () => {
  const report = await checkConsistency(server.db);
  figures.rowsChecked += report.rowsChecked;
  expect(report.problems).toEqual([]);
});

const figures = { requests: 0, winners: 0, rowsChecked: 0 };
afterAll(() => {
  console.log(
    `races (${server.kind}): ${figures.requests} parallel requests, ${figures.winners} winners where one was due, ` +
      `${figures.rowsChecked} rows checked against every consistency rule`,
  );
});

async function fire(requests: Promise<ApiResponse>[]): Promise<ApiResponse[]> {
  figures.requests += requests.length;
  return Promise.all(requests);
}

async function person(id: string, phone: string): Promise<string> {
  await server.db.insert(people).values({ id, name: `Người ${id}`, phone });
  return (await issueSessionToken(server.sessionSecret, id, "dev")).token;
}

const codes = (responses: ApiResponse[]) =>
  responses.filter((r) => r.status >= 400).map((r) => r.body.error.code);

describe("races for scarce things", () => {
  it("a ZCA creation and a link to an existing ZCA racing for one OA: one holder, no half-made ZCA", async () => {
    const binh = await server.signIn("binh");
    const an = await server.signIn("an");
    for (let round = 0; round < 4; round++) {
      const oaId = `oa-contested-${round}`;
      await insertOa(server.db, oaId, ["an", "binh"]);
      const responses = await fire([
        ...Array.from({ length: 5 }, () => postAccount(server, an, createBody({ oaId }))),
        ...Array.from({ length: 5 }, () => server.post("/api/accounts/zca-binh-minh/oas", binh, { oaId })),
      ]);
      expect(await countRows(server.db, "account_oas", sql`oa_id = ${oaId}`)).toBe(1);
      figures.winners++;
      const created = responses.slice(0, 5).filter((r) => r.status === 201);
      const linked = responses.slice(5).filter((r) => r.status === 201);
      expect(created.length + linked.length).toBe(1);
      for (const code of codes(responses))
        expect(["oa_linked_elsewhere", "phone_owns_account"]).toContain(code);
      // An's ZCA exists exactly when he won; when Bình won, none of his attempts left an account.
      expect(await countRows(server.db, "accounts", sql`super_admin_id = 'an'`)).toBe(created.length);
      await server.reset();
    }
  });

  it("one Idempotency-Key sent in parallel with different names: one ZCA, the rest replays or key_reused", async () => {
    const an = await server.signIn("an");
    const key = newKey();
    const responses = await fire(
      Array.from({ length: 12 }, (_, i) =>
        postAccount(server, an, createBody({ name: `Ca phe Sang ${i % 3}` }), key),
      ),
    );
    const ok = responses.filter((r) => r.status === 201);
    expect(new Set(ok.map((r) => r.body.id)).size).toBe(1);
    figures.winners++;
    // Only requests with the winner's exact body replay it; the others are told the key was used.
    expect(new Set(ok.map((r) => r.body.name)).size).toBe(1);
    expect(new Set(codes(responses))).toEqual(new Set(["idempotency_key_reused"]));
    expect(await countRows(server.db, "idempotency_keys")).toBe(1);
    expect(await countRows(server.db, "accounts", sql`super_admin_id = 'an'`)).toBe(1);
  });

  it("the winner's key replayed while the same person tries a new key: the replay answers, R1 refuses the new one", async () => {
    const an = await server.signIn("an");
    const key = newKey();
    const first = await postAccount(server, an, createBody(), key);
    expect(first.status).toBe(201);
    const responses = await fire(
      Array.from({ length: 10 }, (_, i) => postAccount(server, an, createBody(), i % 2 ? key : newKey())),
    );
    expect(
      responses.filter((_, i) => i % 2).every((r) => r.status === 201 && r.body.id === first.body.id),
    ).toBe(true);
    expect(new Set(codes(responses))).toEqual(new Set(["phone_owns_account"]));
    expect(await countRows(server.db, "accounts", sql`super_admin_id = 'an'`)).toBe(1);
  });

  it("two Zalo accounts with one phone number creating at once: R1 holds in the database, one ZCA", async () => {
    const [a, b] = await Promise.all([person("twin-a", "0988000001"), person("twin-b", "0988000001")]);
    await insertOa(server.db, "oa-twin-a", ["twin-a"]);
    await insertOa(server.db, "oa-twin-b", ["twin-b"]);
    for (let round = 0; round < 3; round++) {
      const responses = await fire(
        Array.from({ length: 8 }, (_, i) =>
          postAccount(server, i % 2 ? a : b, createBody({ oaId: i % 2 ? "oa-twin-a" : "oa-twin-b" })),
        ),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      figures.winners++;
      expect(new Set(codes(responses))).toEqual(new Set(["phone_owns_account"]));
      expect(await countRows(server.db, "accounts", sql`super_admin_phone = '0988000001'`)).toBe(1);
      await server.db.execute(sql`DELETE FROM audit_events WHERE action = 'account.create'`);
      await server.db.execute(sql`DELETE FROM idempotency_keys`);
      await server.db.execute(sql`DELETE FROM account_oas WHERE oa_id LIKE 'oa-twin-%'`);
      await server.db.execute(sql`DELETE FROM account_members WHERE person_id LIKE 'twin-%'`);
      for (const table of ["account_business", "transfer_accounts"]) {
        await server.db.execute(
          sql`DELETE FROM ${sql.identifier(table)} WHERE account_id IN
                (SELECT id FROM accounts WHERE super_admin_phone = '0988000001')`,
        );
      }
      await server.db.execute(sql`DELETE FROM accounts WHERE super_admin_phone = '0988000001'`);
    }
  });

  it("twenty people creating their ZCAs at the same moment, three tries each: twenty ZCAs", async () => {
    const tokens = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const id = `crowd-${i}`;
        const token = await person(id, `09770000${String(i).padStart(2, "0")}`);
        await insertOa(server.db, `oa-${id}`, [id]);
        return { id, token };
      }),
    );
    const responses = await fire(
      tokens.flatMap(({ id, token }) =>
        [0, 1, 2].map((n) =>
          postAccount(
            server,
            token,
            createBody({ name: `Cua hang ${id.replace("-", " ")} ${n}`, oaId: `oa-${id}` }),
          ),
        ),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(20);
    figures.winners += 20;
    expect(new Set(codes(responses))).toEqual(new Set(["phone_owns_account"]));
    expect(await countRows(server.db, "accounts", sql`super_admin_id LIKE 'crowd-%'`)).toBe(20);
  });

  it("links and unlinks of one OA fired together leave a state its audit trail explains", async () => {
    const binh = await server.signIn("binh");
    const responses = await fire(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? server.post("/api/accounts/zca-binh-minh/oas", binh, { oaId: "oa-binh-nail" })
          : server.del("/api/accounts/zca-binh-minh/oas/oa-binh-nail", binh),
      ),
    );
    expect(responses.every((r) => [200, 201, 204, 404].includes(r.status))).toBe(true);
    expect(await countRows(server.db, "account_oas", sql`oa_id = 'oa-binh-nail'`)).toBeLessThanOrEqual(1);
    // The consistency check after this test matches link and unlink events to the final state.
  });

  it("ten saves of Bình's business details at once: each answered, one stands, its audit event says so", async () => {
    const binh = await server.signIn("binh");
    const emails = Array.from({ length: 10 }, (_, i) => `lienhe${i}@binhminh.example`);
    const responses = await fire(
      emails.map((email) =>
        server.patch("/api/accounts/zca-binh-minh/business", binh, { ...AN_BUSINESS, email }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(emails.map(() => 200));
    const [stored] = await queryRows<{ email: string }>(
      server.db,
      sql`SELECT email FROM account_business WHERE account_id = 'zca-binh-minh'`,
    );
    expect(emails).toContain(stored!.email);
    // One event per save: the first changes every field, each later one the email only.
    expect(await countRows(server.db, "audit_events", sql`action = 'account.update_business'`)).toBe(10);
  });

  it("the consistency check itself names business details changed without an audit event", async () => {
    const an = await server.signIn("an");
    const created = await postAccount(server, an, createBody());
    await server.db.execute(
      sql`UPDATE account_business SET tax_code = '0100233488' WHERE account_id = ${created.body.id}`,
    );
    const report = await checkConsistency(server.db);
    expect(report.problems.join("\n")).toContain(
      `business details their audit events do not explain: ${created.body.id}/taxCode`,
    );
    await server.reset();
  });

  it("the consistency check itself names a ZCA whose OA link vanished without an audit event", async () => {
    const an = await server.signIn("an");
    const created = await postAccount(server, an, createBody());
    await server.db.execute(sql`DELETE FROM account_oas WHERE account_id = ${created.body.id}`);
    const report = await checkConsistency(server.db);
    expect(report.problems.join("\n")).toContain(`account without its OA link: ${created.body.id}`);
    expect(report.problems.join("\n")).toContain("OA link state that its audit events do not explain");
    await server.reset();
  });

  it("the consistency check itself names a seeded OA or app link removed without an audit event", async () => {
    await server.db.execute(sql`DELETE FROM account_oas WHERE oa_id = 'oa-binh-minh'`);
    await server.db.execute(sql`DELETE FROM account_apps WHERE app_id = '1864203957731480522'`);
    const problems = (await checkConsistency(server.db)).problems.join("\n");
    expect(problems).toContain(
      "OA link state that its audit events do not explain: zca-binh-minh/oa-binh-minh",
    );
    expect(problems).toContain(
      "app link state that its audit events do not explain: zca-binh-minh/1864203957731480522",
    );
    await server.reset();
  });
});
