import { sign } from "hono/jwt";
import { describe, expect, it } from "vitest";
import { issueSessionToken, readSessionToken, SESSION_TTL_SECONDS } from "../../server/auth/session-token";

const SECRET = "unit-test-session-secret-0123456789";
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("session tokens", () => {
  it("round-trips the person and mode, and expires after the TTL", async () => {
    const now = nowSeconds();
    const { token, expiresAt } = await issueSessionToken(SECRET, "an", "zalo", now);
    expect(Date.parse(expiresAt)).toBe((now + SESSION_TTL_SECONDS) * 1000);
    expect(await readSessionToken([SECRET], token, "zalo")).toMatchObject({
      sub: "an",
      mode: "zalo",
      iat: now,
    });
  });

  it("rejects an expired token", async () => {
    const { token } = await issueSessionToken(SECRET, "an", "dev", nowSeconds() - SESSION_TTL_SECONDS - 5);
    expect(await readSessionToken([SECRET], token, "dev")).toBeNull();
  });

  it("rejects a token signed with another key", async () => {
    const { token } = await issueSessionToken("another-secret-entirely-0123456789", "an", "dev");
    expect(await readSessionToken([SECRET], token, "dev")).toBeNull();
  });

  it("rejects a token minted in the other auth mode", async () => {
    const { token } = await issueSessionToken(SECRET, "an", "dev");
    expect(await readSessionToken([SECRET], token, "zalo")).toBeNull();
  });

  it("rejects a token whose payload was edited", async () => {
    const { token } = await issueSessionToken(SECRET, "an", "dev");
    const [header, , signature] = token.split(".");
    const payload = Buffer.from(
      JSON.stringify({ sub: "binh", mode: "dev", iat: 0, exp: nowSeconds() + 600 }),
    ).toString("base64url");
    expect(await readSessionToken([SECRET], `${header}.${payload}.${signature}`, "dev")).toBeNull();
  });

  it("rejects an unsigned (alg none) token and one signed with another algorithm", async () => {
    const claims = { sub: "an", mode: "dev", iat: nowSeconds(), exp: nowSeconds() + 600 };
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;
    expect(await readSessionToken([SECRET], none, "dev")).toBeNull();
    const hs512 = await sign(claims, SECRET, "HS512");
    expect(await readSessionToken([SECRET], hs512, "dev")).toBeNull();
  });

  it("rejects a validly signed token without a subject", async () => {
    const token = await sign({ mode: "dev", iat: nowSeconds(), exp: nowSeconds() + 600 }, SECRET, "HS256");
    expect(await readSessionToken([SECRET], token, "dev")).toBeNull();
  });

  it("rejects garbage", async () => {
    expect(await readSessionToken([SECRET], "not.a.token", "dev")).toBeNull();
  });

  describe("rotating SESSION_SECRET (current first, then SESSION_SECRET_PREVIOUS)", () => {
    const OLD = "old-session-secret-0123456789abcdef";
    const NEW = "new-session-secret-0123456789abcdef";

    it("accepts a token signed with either secret while both are held", async () => {
      const { token: before } = await issueSessionToken(OLD, "an", "zalo");
      const { token: after } = await issueSessionToken(NEW, "an", "zalo");
      expect(await readSessionToken([NEW, OLD], before, "zalo")).toMatchObject({ sub: "an" });
      expect(await readSessionToken([NEW, OLD], after, "zalo")).toMatchObject({ sub: "an" });
    });

    it("refuses a token signed with the previous secret once it is removed", async () => {
      const { token: before } = await issueSessionToken(OLD, "an", "zalo");
      expect(await readSessionToken([NEW], before, "zalo")).toBeNull();
    });
  });
});
