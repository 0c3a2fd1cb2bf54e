// A person proves they administer an OA through Zalo's OA authorization, played here by the
// local stand-in, which checks what Zalo checks (app id, redirect_uri, secret_key, PKCE S256,
// single-use codes and refresh tokens).
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { StandInOa } from "../../server/dev/zalo-standin";
import { oaAdmins, oaGrants, oas, oaTokens } from "../../server/db/schema";
import { countRows, createBody } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";

const ZALO_OAS: StandInOa[] = [
  {
    id: "oa-hoa",
    name: "Hoa tươi Minh Châu",
    verified: true,
    category: "Mua sắm",
    followers: 5230,
    admins: ["chau", "dung"],
  },
  { id: "oa-pho", name: "Phở Gánh", verified: false, category: "Ẩm thực", followers: 12, admins: ["chau"] },
  {
    id: "oa-elsewhere",
    name: "Tiệm may Sài Gòn",
    verified: true,
    category: "Thời trang",
    followers: 900,
    admins: ["chau"],
    linkedZca: "zca-outside-1",
  },
];

const log: string[] = [];
const { server, tokens } = freshServer({
  people: ["chau", "dung", "an"],
  server: { zaloOas: ZALO_OAS, log: (line) => log.push(JSON.stringify(line)) },
});
/** Rows of the seeded directory, before any grant. */
let seeded: { oas: number; admins: number; tokens: number };
beforeEach(async () => {
  seeded ??= await recorded();
});

const answers: string[] = [];
/** Every answer the app or the person's browser got, to check that no Zalo token is in any. */
async function fetchText(url: string): Promise<{ status: number; text: string; location: string | null }> {
  const res = await fetch(url, { redirect: "manual" });
  const text = await res.text();
  answers.push(text, JSON.stringify([...res.headers]));
  return { status: res.status, text, location: res.headers.get("location") };
}

async function startGrant(person: string, lang = "vi") {
  const res = await server.post("/api/oa-grants", tokens[person], { lang });
  answers.push(res.text);
  expect(res.status).toBe(201);
  return res.body as { id: string; url: string; expiresAt: string };
}

/** The person on Zalo's permission page: allows `oaId` (or refuses), and follows the redirect home. */
async function decide(grantUrl: string, choice: { allow: string } | "deny") {
  const page = await fetchText(grantUrl);
  expect(page.status).toBe(200);
  const links = [...page.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  const link =
    choice === "deny"
      ? links.find((l) => l.includes("decision=deny"))
      : links.find((l) => l.includes("decision=allow") && l.includes(`oa_id=${choice.allow}`));
  expect(link, `the permission page offers ${JSON.stringify(choice)}`).toBeTruthy();
  const redirect = await fetchText(new URL(link!, grantUrl).toString());
  expect(redirect.status).toBe(302);
  return redirect.location!;
}

const callback = (location: string) => fetchText(location);
const grantStatus = async (person: string, id: string) =>
  (await server.get(`/api/oa-grants/${id}`, tokens[person])).body;

async function recorded() {
  const [oasCount, admins, tokenRows] = await Promise.all(
    ["oas", "oa_admins", "oa_tokens"].map((table) => countRows(server.db, table)),
  );
  return { oas: oasCount, admins, tokens: tokenRows };
}

async function grantOa(person: string, oaId: string, lang = "vi") {
  const grant = await startGrant(person, lang);
  const page = await callback(await decide(grant.url, { allow: oaId }));
  return { grant, page };
}

describe("adding an OA through Zalo's OA authorization", () => {
  it("asks Zalo with PKCE and a single-use state, then lists the OA the person proved to administer", async () => {
    const grant = await startGrant("chau");
    const url = new URL(grant.url);
    expect(url.pathname).toBe("/v4/oa/permission");
    expect(url.searchParams.get("redirect_uri")).toBe(`${server.url}/api/oa-grants/callback`);
    expect(url.searchParams.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(grant.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(await grantStatus("chau", grant.id)).toEqual({ status: "pending" });

    const page = await callback(await decide(grant.url, { allow: "oa-hoa" }));
    expect(page.status).toBe(200);
    expect(page.text).toContain("Đã thêm OA “Hoa tươi Minh Châu”");
    expect(await grantStatus("chau", grant.id)).toMatchObject({
      status: "done",
      oa: { id: "oa-hoa", verified: true },
    });

    const listed = (await server.get("/api/oas", tokens.chau)).body;
    expect(listed).toEqual([
      expect.objectContaining({
        id: "oa-hoa",
        name: "Hoa tươi Minh Châu",
        linkable: true,
        reauthorize: false,
      }),
    ]);
    const [admin] = await server.db.select().from(oaAdmins).where(eq(oaAdmins.oaId, "oa-hoa"));
    expect(admin).toMatchObject({ zaloId: "chau", source: "zalo_grant", revokedAt: null });
    expect(server.zalo!.calls.map((c) => c.grantType ?? c.path)).toEqual([
      "/v4/oa/permission",
      "authorization_code",
      "/v2.0/oa/getoa",
    ]);
  });

  it("answers the page in the person's language", async () => {
    const { page } = await grantOa("chau", "oa-hoa", "en");
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain("The OA “Hoa tươi Minh Châu” was added to your OAs.");
  });

  it("lists an unverified OA and one Zalo says is linked to another ZCA, each with its reason", async () => {
    await grantOa("chau", "oa-pho");
    await grantOa("chau", "oa-elsewhere");
    const listed = (await server.get("/api/oas", tokens.chau)).body as { id: string; reason?: string }[];
    expect(Object.fromEntries(listed.map((o) => [o.id, o.reason]))).toEqual({
      "oa-pho": "oa_not_verified",
      "oa-elsewhere": "oa_linked_elsewhere",
    });
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-elsewhere" }), {
      "Idempotency-Key": "create-elsewhere-1",
    });
    expect(refused.body.error.code).toBe("oa_linked_elsewhere");
  });

  it("creates a ZCA with the granted OA; a second admin's grant of it then cannot link it elsewhere", async () => {
    await grantOa("chau", "oa-hoa");
    const created = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-hoa-0001",
    });
    expect(created.status).toBe(201);

    await grantOa("dung", "oa-hoa");
    const hoaForDung = async () =>
      ((await server.get("/api/oas", tokens.dung)).body as { id: string }[]).find((o) => o.id === "oa-hoa");
    expect(await hoaForDung()).toMatchObject({
      linkable: false,
      reason: "oa_linked_elsewhere",
      linkedAccountId: created.body.id,
    });
    const refused = await server.post("/api/accounts", tokens.dung, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-hoa-0002",
    });
    expect(refused.body.error.code).toBe("oa_linked_elsewhere");

    await server.del(`/api/accounts/${created.body.id}/oas/oa-hoa`, tokens.chau);
    expect(await hoaForDung()).toMatchObject({ linkable: true });
  });

  it("keeps one OA row when ten grants of it complete at once", async () => {
    const locations = await Promise.all(
      Array.from({ length: 10 }, async () => decide((await startGrant("chau")).url, { allow: "oa-hoa" })),
    );
    const pages = await Promise.all(locations.map(callback));
    expect(pages.map((p) => p.status)).toEqual(Array(10).fill(200));
    expect(await recorded()).toEqual({ oas: seeded.oas + 1, admins: seeded.admins + 1, tokens: 1 });
  });
});

describe("what the callback refuses, recording nothing", () => {
  async function expectNothingRecorded(page: { status: number; text: string }, sentence: RegExp) {
    expect(page.status).toBe(400);
    expect(page.text).toMatch(sentence);
    expect(await recorded()).toEqual(seeded);
  }

  it("refuses a replayed state: the second use of a redirect adds nothing and says so", async () => {
    const grant = await startGrant("chau");
    const location = await decide(grant.url, { allow: "oa-hoa" });
    expect((await callback(location)).status).toBe(200);
    await server.db.delete(oaAdmins).where(eq(oaAdmins.oaId, "oa-hoa"));
    await server.db.delete(oaTokens);
    const again = await callback(location);
    expect(again.status).toBe(400);
    expect(again.text).toMatch(/không hợp lệ hoặc đã được dùng/);
    expect((await recorded()).admins).toBe(seeded.admins);
  });

  it("refuses an expired state and marks the grant expired", async () => {
    const grant = await startGrant("chau");
    const location = await decide(grant.url, { allow: "oa-hoa" });
    await server.db
      .update(oaGrants)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(oaGrants.id, grant.id));
    await expectNothingRecorded(await callback(location), /quá 10 phút/);
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "expired" });
  });

  it("refuses a tampered state, a foreign one, and none at all", async () => {
    const grant = await startGrant("chau");
    const location = new URL(await decide(grant.url, { allow: "oa-hoa" }));
    const state = location.searchParams.get("state")!;
    for (const forged of [
      `${state.slice(0, -1)}${state.endsWith("A") ? "B" : "A"}`,
      "x".repeat(43),
      "",
      "<script>",
    ]) {
      const url = new URL(location);
      url.searchParams.set("state", forged);
      await expectNothingRecorded(await callback(url.toString()), /không hợp lệ/);
    }
    // The person's real redirect still works afterwards.
    expect((await callback(location.toString())).status).toBe(200);
  });

  it("records a refusal on Zalo's page as refused", async () => {
    const grant = await startGrant("chau");
    await expectNothingRecorded(await callback(await decide(grant.url, "deny")), /chưa cho phép/);
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "refused" });
  });

  it("refuses a redirect whose OA is not the one Zalo's token belongs to", async () => {
    const grant = await startGrant("chau");
    const location = new URL(await decide(grant.url, { allow: "oa-hoa" }));
    location.searchParams.set("oa_id", "oa-pho");
    await expectNothingRecorded(await callback(location.toString()), /không xác nhận được quyền admin/);
    expect(await grantStatus("chau", grant.id)).toMatchObject({ status: "failed", error: "oa_mismatch" });
  });

  it("refuses when Zalo refuses the code (HTTP 200 with a negative error): a code used twice", async () => {
    const first = await startGrant("chau");
    const location = new URL(await decide(first.url, { allow: "oa-hoa" }));
    // Another grant's state with the first grant's (already exchanged) code.
    expect((await callback(location.toString())).status).toBe(200);
    await server.reset();
    tokens.chau = await server.signIn("chau");
    const second = await startGrant("chau");
    const secondState = new URL(await decide(second.url, { allow: "oa-hoa" })).searchParams.get("state")!;
    location.searchParams.set("state", secondState);
    await expectNothingRecorded(await callback(location.toString()), /không xác nhận được quyền admin/);
    expect(await grantStatus("chau", second.id)).toMatchObject({ status: "failed", error: "zalo_rejected" });
  });

  it("does not let one person follow another's grant", async () => {
    const grant = await startGrant("chau");
    expect((await server.get(`/api/oa-grants/${grant.id}`, tokens.dung)).status).toBe(404);
    expect((await server.get(`/api/oa-grants/${grant.id}`)).status).toBe(401);
  });
});

describe("keeping what Zalo said true", () => {
  const makeStale = () =>
    server.db
      .update(oas)
      .set({ refreshedAt: new Date(Date.now() - 2 * 60 * 60_000) })
      .where(eq(oas.id, "oa-hoa"));

  it("asks Zalo again before creating with an OA described over an hour ago, and takes its new word", async () => {
    await grantOa("chau", "oa-hoa");
    server.zalo!.update("oa-hoa", { name: "Hoa tươi Minh Châu (mới)", verified: false });
    await makeStale();
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-stale-01",
    });
    expect(refused.body.error.code).toBe("oa_not_verified");
    const [row] = await server.db.select().from(oas).where(eq(oas.id, "oa-hoa"));
    expect(row).toMatchObject({ name: "Hoa tươi Minh Châu (mới)", verified: false });
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
  });

  it("does not ask Zalo again within the hour", async () => {
    await grantOa("chau", "oa-hoa");
    await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-fresh-1",
    });
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(0);
  });

  it("marks the OA for re-authorization when Zalo no longer honours the grant, and refuses to use it", async () => {
    await grantOa("chau", "oa-hoa");
    server.zalo!.revoke("oa-hoa");
    await makeStale();
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-revoked1",
    });
    expect(refused.body.error.code).toBe("oa_not_admin");
    expect((await server.get("/api/oas", tokens.chau)).body).toEqual([
      expect.objectContaining({ id: "oa-hoa", reauthorize: true, linkable: false, reason: "oa_reauthorize" }),
    ]);

    // Authorizing again (the same button) restores it.
    await grantOa("chau", "oa-hoa");
    expect((await server.get("/api/oas", tokens.chau)).body[0]).toMatchObject({
      reauthorize: false,
      linkable: true,
    });
  });

  it("treats a refresh token used twice as a grant Zalo no longer honours", async () => {
    await grantOa("chau", "oa-hoa");
    const [before] = await server.db.select().from(oaTokens);
    await makeStale();
    // This creation is refused (old terms), after the OA was refreshed: the refresh token is used.
    const old = await server.post(
      "/api/accounts",
      tokens.chau,
      createBody({ oaId: "oa-hoa", termsVersion: "2020-01-01" }),
      {
        "Idempotency-Key": "old-terms-01",
      },
    );
    expect(old.body.error.code).toBe("terms_not_accepted");
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
    // A write lost after that refresh would leave the used token to be tried again.
    await server.db.update(oaTokens).set({ refreshToken: before!.refreshToken });
    await makeStale();
    const refused = await server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "create-twice-1",
    });
    expect(refused.body.error.code).toBe("oa_not_admin");
    expect((await server.get("/api/oas", tokens.chau)).body[0]).toMatchObject({ reauthorize: true });
  });

  it("runs one refresh at a time for one OA, however many links ask at once", async () => {
    await grantOa("chau", "oa-hoa");
    await makeStale();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        server.post("/api/accounts", tokens.chau, createBody({ oaId: "oa-hoa" }), {
          "Idempotency-Key": `parallel-${i}-xx`,
        }),
      ),
    );
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);
    expect((await server.get("/api/oas", tokens.chau)).body[0]).toMatchObject({ reauthorize: false });
  });
});

describe("Zalo's tokens stay on the server", () => {
  it("never puts an access or refresh token in an answer, a page, a log line or the database in clear", async () => {
    await grantOa("chau", "oa-hoa");
    const issued = server.zalo!.issued;
    expect(issued.length).toBeGreaterThan(0);
    const stored = JSON.stringify(await server.db.select().from(oaTokens));
    for (const token of issued) {
      for (const text of [...answers, ...log, stored]) expect(text).not.toContain(token);
    }
  });
});
