// Rotating SESSION_SECRET, ZALO_TOKEN_KEY and BANK_WEBHOOK_SECRET without downtime (docs/deploy.md,
// "Rotating a key"): the server holds the new key and the previous one; what the previous one
// signed or sealed still works and is moved to the new one; once the previous key is removed,
// what it signed or sealed is refused.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { readSessionToken } from "../../server/auth/session-token";
import { createTokenBox } from "../../server/auth/token-box";
import { createZaloOa, newPkce } from "../../server/auth/zalo-oa";
import { oaAdmins, oaTokens, oas } from "../../server/db/schema";
import type { StandInOa } from "../../server/dev/zalo-standin";
import { saveOa, saveTokens } from "../../server/services/oa-grants";
import { resealOaTokens } from "../../server/services/token-reseal";
import { createBody } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import { bankNoticeRequest } from "./helpers/payments";
import { TEST_APP_ID, TEST_TOKEN_KEY } from "./helpers/server";

const OLD = {
  sessionSecrets: ["old-session-secret-0123456789abcdef0123"],
  tokenKeys: [TEST_TOKEN_KEY],
  bankSecrets: ["old-bank-webhook-secret-0123456789abcdef"],
};
const NEW = {
  sessionSecrets: ["new-session-secret-0123456789abcdef0123"],
  tokenKeys: ["ff".repeat(32)],
  bankSecrets: ["new-bank-webhook-secret-0123456789abcdef"],
};
/** Step 2 of a rotation: the new key signs and seals, the previous one is still accepted. */
const ROTATING = {
  sessionSecrets: [...NEW.sessionSecrets, ...OLD.sessionSecrets],
  tokenKeys: [...NEW.tokenKeys, ...OLD.tokenKeys],
  bankSecrets: [...NEW.bankSecrets, ...OLD.bankSecrets],
};

const ZALO_OAS: StandInOa[] = [
  {
    id: "oa-hoa",
    name: "Hoa tươi Minh Châu",
    verified: true,
    category: "Mua sắm",
    followers: 5230,
    admins: ["chau"],
  },
  { id: "oa-pho", name: "Phở Gánh", verified: true, category: "Ẩm thực", followers: 12, admins: ["chau"] },
];

const { server } = freshServer({ server: { keys: OLD, zaloOas: ZALO_OAS } });
beforeEach(() => server.rekey(OLD));

/**
 * `person` authorizes `oaId` on Zalo's permission page (the stand-in) and the OA's tokens are kept
 * as a grant keeps them, sealed under `keys`: what an earlier deploy left in the database.
 */
async function oaGrantedUnder(keys: string[], person: string, oaId: string): Promise<void> {
  const zaloOa = createZaloOa({
    oauthUrl: server.zalo!.url,
    openApiUrl: server.zalo!.url,
    appId: TEST_APP_ID,
    appSecret: server.appSecret,
    devHints: true,
  });
  const pkce = newPkce();
  const pageUrl = zaloOa.permissionUrl({
    redirectUri: `${server.url}/api/oa-grants/callback`,
    codeChallenge: pkce.challenge,
    state: "s".repeat(43),
    personId: person,
    lang: "vi",
  });
  const page = await (await fetch(pageUrl)).text();
  const allow = [...page.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1]!.replaceAll("&amp;", "&"))
    .find((link) => link.includes("decision=allow") && link.includes(`oa_id=${oaId}`));
  const redirect = await fetch(new URL(allow!, pageUrl), { redirect: "manual" });
  const code = new URL(redirect.headers.get("location")!).searchParams.get("code")!;
  const tokens = await zaloOa.exchangeCode(code, pkce.verifier);
  const profile = await zaloOa.getOa(tokens.accessToken);
  await server.db.transaction(async (tx) => {
    await saveOa(tx, profile);
    await tx.insert(oaAdmins).values({ oaId, personId: person, source: "zalo_grant", grantedAt: new Date() });
    await saveTokens(tx, createTokenBox(keys), oaId, tokens, person);
  });
}

const tokenRow = async (oaId: string) =>
  (await server.db.select().from(oaTokens).where(eq(oaTokens.oaId, oaId)))[0]!;

describe("rotating SESSION_SECRET", () => {
  it("keeps sessions signed with the previous secret, re-signs them on refresh, and refuses them once it is removed", async () => {
    const before = await server.signIn("chau");

    server.rekey(ROTATING);
    expect((await server.get("/api/me", before)).status).toBe(200);
    const refreshed = await server.post("/api/session/refresh", before);
    expect(refreshed.status).toBe(201);
    const after = refreshed.body.token as string;
    expect(await readSessionToken(NEW.sessionSecrets, after, "dev")).not.toBeNull();
    expect(await readSessionToken(OLD.sessionSecrets, after, "dev")).toBeNull();
    const signedInNow = (await server.signIn("chau")) as string;
    expect(await readSessionToken(NEW.sessionSecrets, signedInNow, "dev")).not.toBeNull();

    server.rekey(NEW);
    expect((await server.get("/api/me", before)).status).toBe(401);
    expect((await server.get("/api/me", after)).status).toBe(200);
  });
});

describe("rotating BANK_WEBHOOK_SECRET", () => {
  const notice = (id: string) => ({
    transactionId: id,
    accountNumber: "9999000011112222",
    amount: 50_000,
    content: "ZCA chuyen khoan",
    paidAt: new Date().toISOString(),
  });
  const send = (id: string, secret: string) =>
    server.request("POST", "/api/payments/bank/webhook", bankNoticeRequest(notice(id), { secret }));

  it("takes notices signed with either secret while both are held, and refuses the previous one's once it is removed", async () => {
    server.rekey(ROTATING);
    expect((await send("bank-rot-1", OLD.bankSecrets[0]!)).status).toBe(200);
    expect((await send("bank-rot-2", NEW.bankSecrets[0]!)).status).toBe(200);

    server.rekey(NEW);
    const refused = await send("bank-rot-3", OLD.bankSecrets[0]!);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unauthenticated");
    expect((await send("bank-rot-4", NEW.bankSecrets[0]!)).status).toBe(200);
  });
});

describe("rotating ZALO_TOKEN_KEY", () => {
  it("uses an OA's tokens sealed under the previous key, and keeps Zalo's next ones under the new key", async () => {
    const chau = await server.signIn("chau");
    await oaGrantedUnder(OLD.tokenKeys, "chau", "oa-hoa");
    const sealedBefore = await tokenRow("oa-hoa");

    server.rekey(ROTATING);
    // Zalo described the OA over an hour ago: creating a ZCA with it refreshes its tokens first,
    // which opens the refresh token sealed under the previous key.
    await server.db
      .update(oas)
      .set({ refreshedAt: new Date(Date.now() - 2 * 60 * 60_000) })
      .where(eq(oas.id, "oa-hoa"));
    const created = await server.post("/api/accounts", chau, createBody({ oaId: "oa-hoa" }), {
      "Idempotency-Key": "rotate-token-key-1",
    });
    expect(created.status).toBe(201);
    expect(server.zalo!.calls.filter((c) => c.grantType === "refresh_token")).toHaveLength(1);

    const sealedAfter = await tokenRow("oa-hoa");
    expect(sealedAfter.refreshToken).not.toBe(sealedBefore.refreshToken);
    const newOnly = createTokenBox(NEW.tokenKeys);
    expect(newOnly.isCurrent(sealedAfter.refreshToken) && newOnly.isCurrent(sealedAfter.accessToken)).toBe(
      true,
    );
    expect(() => newOnly.open(sealedAfter.refreshToken)).not.toThrow();
  });

  it("re-seals every OA's tokens under the new key in one pass, so the previous key can go", async () => {
    await oaGrantedUnder(OLD.tokenKeys, "chau", "oa-hoa");
    await oaGrantedUnder(OLD.tokenKeys, "chau", "oa-pho");
    const plain = createTokenBox(OLD.tokenKeys).open((await tokenRow("oa-pho")).refreshToken);

    expect(await resealOaTokens(server.db, createTokenBox(ROTATING.tokenKeys))).toEqual({
      resealed: 2,
      left: 0,
    });
    const newOnly = createTokenBox(NEW.tokenKeys);
    expect(newOnly.open((await tokenRow("oa-pho")).refreshToken)).toBe(plain);
    expect(newOnly.isCurrent((await tokenRow("oa-hoa")).accessToken)).toBe(true);
    // A second pass finds nothing left to do.
    expect(await resealOaTokens(server.db, createTokenBox(ROTATING.tokenKeys))).toEqual({
      resealed: 0,
      left: 0,
    });
  });

  it("refuses tokens sealed under a key that was removed: the pass leaves them as they are and counts them", async () => {
    await oaGrantedUnder(OLD.tokenKeys, "chau", "oa-pho");
    const before = await tokenRow("oa-pho");
    const newOnly = createTokenBox(NEW.tokenKeys);
    expect(() => newOnly.open(before.refreshToken)).toThrow(/does not have/);
    expect(await resealOaTokens(server.db, newOnly)).toEqual({ resealed: 0, left: 1 });
    expect(await tokenRow("oa-pho")).toEqual(before);
  });
});
