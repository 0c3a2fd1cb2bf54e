import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { countRows, createBody, insertOa, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";

// Fixture: an and dung both administer "oa-shared"; each owns a ZCA (an's with oa-sang-coffee,
// dung's with "oa-dung-own"), and both try to link oa-shared to their own ZCA.
const { server } = freshServer({ consistency: true });
let an: { token: string; accountId: string };
let dung: { token: string; accountId: string };

beforeEach(async () => {
  await insertOa(server.db, "oa-shared", ["an", "dung"]);
  await insertOa(server.db, "oa-dung-own", ["dung"]);
  const [anToken, dungToken] = await Promise.all([server.signIn("an"), server.signIn("dung")]);
  const anAccount = await postAccount(server, anToken, createBody({ oaId: "oa-sang-coffee" }));
  const dungAccount = await postAccount(
    server,
    dungToken,
    createBody({ name: "Dung Bakery", oaId: "oa-dung-own" }),
  );
  expect([anAccount.status, dungAccount.status]).toEqual([201, 201]);
  an = { token: anToken, accountId: anAccount.body.id };
  dung = { token: dungToken, accountId: dungAccount.body.id };
});

const linkShared = (who: { token: string; accountId: string }) =>
  server.post(`/api/accounts/${who.accountId}/oas`, who.token, { oaId: "oa-shared" });

describe("one OA, two ZCAs", () => {
  it("refuses the second ZCA with oa_linked_elsewhere, and lets it link once the first unlinks", async () => {
    expect((await linkShared(an)).status).toBe(201);
    const refused = await linkShared(dung);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("oa_linked_elsewhere");

    expect((await server.del(`/api/accounts/${an.accountId}/oas/oa-shared`, an.token)).status).toBe(204);
    expect((await linkShared(dung)).status).toBe(201);
  });

  it("parallel links from both ZCAs end with exactly one holder", async () => {
    for (let round = 0; round < 3; round++) {
      if (round > 0) {
        // The last round's holder unlinks it, as a person would (audited, unlike a bare DELETE).
        const [last] = await queryRows<{ account_id: string }>(
          server.db,
          sql`SELECT account_id FROM account_oas WHERE oa_id = 'oa-shared'`,
        );
        const holder = last!.account_id === an.accountId ? an : dung;
        expect(
          (await server.del(`/api/accounts/${holder.accountId}/oas/oa-shared`, holder.token)).status,
        ).toBe(204);
      }
      const attempts = Array.from({ length: 12 }, (_, i) => (i % 2 ? linkShared(an) : linkShared(dung)));
      const responses = await Promise.all(attempts);

      const [holder] = await queryRows<{ account_id: string }>(
        server.db,
        sql`SELECT account_id FROM account_oas WHERE oa_id = 'oa-shared'`,
      );
      expect(await countRows(server.db, "account_oas", sql`oa_id = 'oa-shared'`)).toBe(1);
      const winner = holder!.account_id === an.accountId ? an : dung;

      const byWinner = responses.filter((_, i) => (i % 2 ? an : dung) === winner);
      const byLoser = responses.filter((_, i) => (i % 2 ? an : dung) !== winner);
      expect(byWinner.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      expect(byLoser.map((r) => r.status)).toEqual(Array(6).fill(409));
      expect(new Set(byLoser.map((r) => r.body.error.code))).toEqual(new Set(["oa_linked_elsewhere"]));
      expect(
        await countRows(
          server.db,
          "audit_events",
          sql`action = 'account.link_oa' AND subject_id = 'oa-shared'`,
        ),
      ).toBe(round + 1);
    }
  });
});
