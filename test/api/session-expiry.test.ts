import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  issueSessionToken,
  SESSION_MAX_AGE_SECONDS,
  SESSION_TTL_SECONDS,
} from "../../server/auth/session-token";
import { forge } from "./helpers/forged-tokens";
import { startTestServer, type TestServer } from "./helpers/server";

let dev: TestServer;
let zalo: TestServer;
beforeAll(async () => {
  [dev, zalo] = await Promise.all([startTestServer(), startTestServer({ authMode: "zalo" })]);
});
afterAll(async () => {
  await Promise.all([dev?.stop(), zalo?.stop()]);
});

const now = () => Math.floor(Date.now() / 1000);
const refresh = (server: TestServer, token: string) => server.post("/api/session/refresh", token);

describe("session expiry", () => {
  it("opens a session for one hour", async () => {
    const res = await dev.post("/api/session", undefined, { devPersona: "an" });
    const lifetime = (Date.parse(res.body.expiresAt) - Date.now()) / 1000;
    expect(lifetime).toBeGreaterThan(SESSION_TTL_SECONDS - 5);
    expect(lifetime).toBeLessThanOrEqual(SESSION_TTL_SECONDS);
  });

  it("accepts a token up to its last second and refuses it from then on", async () => {
    // Issued just under an hour ago: two seconds left.
    const { token } = await issueSessionToken(
      dev.sessionSecret,
      "an",
      "dev",
      now() - SESSION_TTL_SECONDS + 2,
    );
    expect((await dev.get("/api/me", token)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const res = await dev.get("/api/me", token);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });
});

describe("POST /api/session/refresh", () => {
  it.each([
    ["dev", () => dev],
    ["zalo", () => zalo],
  ] as const)(
    "in %s mode, trades a live token for a later-expiring one for the same person",
    async (mode, server) => {
      const old = await issueSessionToken(server().sessionSecret, "binh", mode, now() - 1800);
      const res = await refresh(server(), old.token);
      expect(res.status).toBe(201);
      expect(res.body.user.id).toBe("binh");
      expect(Date.parse(res.body.expiresAt)).toBeGreaterThan(Date.parse(old.expiresAt));
      const me = await server().get("/api/me", res.body.token);
      expect(me.status).toBe(200);
      expect(me.body.user.id).toBe("binh");
    },
  );

  it("carries the sign-in time on: refreshing never stretches a session past 12 hours", async () => {
    const signedIn = now() - SESSION_MAX_AGE_SECONDS + 30 * 60;
    const old = await issueSessionToken(dev.sessionSecret, "an", "dev", now() - 60, signedIn);
    const res = await refresh(dev, old.token);
    expect(res.status).toBe(201);
    // Half an hour left of the twelve, not a fresh hour.
    expect(Date.parse(res.body.expiresAt) / 1000).toBe(signedIn + SESSION_MAX_AGE_SECONDS);
    const again = await refresh(dev, res.body.token);
    expect(Date.parse(again.body.expiresAt) / 1000).toBe(signedIn + SESSION_MAX_AGE_SECONDS);
  });

  it("refuses to refresh a session signed in 12 hours ago, however fresh its token", async () => {
    const stale = await issueSessionToken(
      dev.sessionSecret,
      "an",
      "dev",
      now() - 60,
      now() - SESSION_MAX_AGE_SECONDS,
    );
    const res = await refresh(dev, stale.token);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
    // A new sign-in starts a new session.
    expect((await dev.post("/api/session", undefined, { devPersona: "an" })).status).toBe(201);
  });

  it("cannot revive an expired token: the person signs in again", async () => {
    const res = await refresh(dev, await forge.expired(dev.sessionSecret, "an", "dev"));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
    expect(res.body).not.toHaveProperty("token");
  });

  it("refuses a token of another server's mode", async () => {
    const devToken = await dev.signIn("an");
    expect((await refresh(zalo, devToken)).status).toBe(401);
  });

  it("refuses to refresh for someone who has left the directory", async () => {
    await dev.db.execute(sql`INSERT INTO people (zalo_id, name) VALUES ('leaver', 'Người rời đi')`);
    const { token } = await issueSessionToken(dev.sessionSecret, "leaver", "dev");
    expect((await refresh(dev, token)).status).toBe(201);
    await dev.db.execute(sql`DELETE FROM people WHERE zalo_id = 'leaver'`);
    const res = await refresh(dev, token);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });
});
