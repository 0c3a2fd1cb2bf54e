import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countRows, createBody, newKey, postAccount } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";

const { server } = freshServer({ consistency: true });

const statuses = (responses: { status: number }[]) => responses.map((r) => r.status).sort();

describe("concurrent ZCA creation", () => {
  it("R1 holds under 30 parallel creations by one phone: one 201, the rest phone_owns_account", async () => {
    const token = await server.signIn("an");
    const attempts = Array.from({ length: 30 }, (_, i) =>
      postAccount(
        server,
        token,
        createBody({ name: `Cong ty An so ${i}`, oaId: i % 2 ? "oa-an-nhien" : "oa-sang-coffee" }),
      ),
    );
    const responses = await Promise.all(attempts);

    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status !== 201);
    expect(created).toHaveLength(1);
    expect(statuses(refused)).toEqual(Array(29).fill(409));
    expect(new Set(refused.map((r) => r.body.error.code))).toEqual(new Set(["phone_owns_account"]));
    expect(await countRows(server.db, "accounts", sql`super_admin_id = 'an'`)).toBe(1);
    expect(await countRows(server.db, "account_oas", sql`account_id = ${created[0]!.body.id}`)).toBe(1);

    const me = await server.get("/api/me", token);
    expect(me.body.accounts.map((a: { id: string }) => a.id)).toEqual([created[0]!.body.id]);
  });

  it("the same key sent 10 times at once creates one ZCA and replays it to every caller", async () => {
    const token = await server.signIn("an");
    const key = newKey();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postAccount(server, token, createBody(), key)),
    );
    expect(statuses(responses)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("Idempotent-Replayed") === "true")).toHaveLength(9);
    expect(await countRows(server.db, "accounts", sql`super_admin_id = 'an'`)).toBe(1);
  });

  it("an and dung racing for the OA they share: one wins, the other gets oa_linked_elsewhere", async () => {
    const [an, dung] = await Promise.all([server.signIn("an"), server.signIn("dung")]);
    for (let round = 0; round < 5; round++) {
      if (round > 0) await server.reset();
      const responses = await Promise.all([
        postAccount(server, an, createBody({ name: "An Nhien cua An" })),
        postAccount(server, dung, createBody({ name: "An Nhien cua Dung" })),
      ]);
      const winner = responses.find((r) => r.status === 201);
      const loser = responses.find((r) => r.status !== 201);
      expect(winner).toBeDefined();
      expect(loser?.status).toBe(409);
      expect(loser?.body.error.code).toBe("oa_linked_elsewhere");

      const holders = await countRows(server.db, "account_oas", sql`oa_id = 'oa-an-nhien'`);
      expect(holders).toBe(1);
      // The loser's transaction left nothing behind: only binh's seeded ZCA and the winner's.
      expect(await countRows(server.db, "accounts")).toBe(2);
      const oas = await server.get("/api/oas", winner === responses[0] ? dung : an);
      expect(oas.body.find((o: { id: string }) => o.id === "oa-an-nhien")).toMatchObject({
        linkable: false,
        reason: "oa_linked_elsewhere",
        linkedAccountId: winner!.body.id,
      });
    }
  });
});
