// Issue 23, item 14: "Đăng xuất mọi thiết bị". POST /api/session/revoke-all ends every session
// token the caller holds, on every device: each is refused (401 session_revoked) from then on,
// refreshing cannot bring one back, and a new sign-in works.
import { sql } from "drizzle-orm";
import { sign } from "hono/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSessionToken, SESSION_TTL_SECONDS } from "../../server/auth/session-token";
import { startZaloStub, STUB_PROFILE, type ZaloStub } from "../support/zalo-stub";
import { databaseChecksum } from "./helpers/db-state";
import { createBody, newKey, postAccount, queryRows } from "./helpers/fixtures";
import { freshServer } from "./helpers/fresh-server";
import type { ApiResponse } from "./helpers/http";
import { dbKindFromEnv, startTestServer, type TestServer } from "./helpers/server";

const { server } = freshServer({ consistency: true });

const revokeAll = (token: string, body?: unknown) => server.post("/api/session/revoke-all", token, body);
const refresh = (token: string) => server.post("/api/session/refresh", token);
/** Backends of this database waiting for a lock. */
async function waitingOnLocks(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    server.db,
    sql`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return row!.n;
}
const expectRevoked = (res: ApiResponse) =>
  expect([res.status, res.body?.error?.code]).toEqual([401, "session_revoked"]);

/** A read and a write that do not load the person themselves, GET /api/me that does, and a refresh. */
async function everyKindOfRequest(token: string): Promise<ApiResponse[]> {
  return [
    await server.get("/api/me", token),
    await server.get("/api/oas", token),
    await server.get("/api/accounts/zca-binh-minh/wallet", token),
    await server.post(
      "/api/accounts/zca-binh-minh/topups",
      token,
      { amount: 100_000, method: "bank_transfer" },
      {
        "Idempotency-Key": newKey(),
      },
    ),
    await refresh(token),
  ];
}

describe("POST /api/session/revoke-all", () => {
  it("refuses every token issued before it, on every device, with 401 session_revoked", async () => {
    // Bình on her phone, on a tablet, and a token refreshed once.
    const phone = await server.signIn("binh");
    const tablet = await server.signIn("binh");
    const refreshed = (await refresh(tablet)).body.token as string;
    for (const token of [phone, tablet, refreshed])
      expect((await server.get("/api/me", token)).status).toBe(200);

    expect((await revokeAll(phone)).status).toBe(204);

    for (const token of [phone, tablet, refreshed]) {
      for (const res of await everyKindOfRequest(token)) {
        expectRevoked(res);
        expect(res.body).not.toHaveProperty("token");
      }
    }
    // Nothing those refused requests asked for was done.
    expect(await queryRows(server.db, sql`SELECT id FROM topups WHERE created_by = 'binh'`)).toEqual([]);
  });

  it("lets a fresh sign-in work at once, and ending again ends that one too", async () => {
    const old = await server.signIn("binh");
    await revokeAll(old);
    const fresh = await server.signIn("binh");
    const answers = await everyKindOfRequest(fresh);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 201, 201]);
    expect((await revokeAll(fresh)).status).toBe(204);
    expectRevoked(await server.get("/api/me", fresh));
  });

  it("leaves other people's sessions alone, whatever the request names", async () => {
    const an = await server.signIn("an");
    const binh = await server.signIn("binh");
    // An's request names Bình every way it could: none of it is read.
    const res = await server.request("POST", "/api/session/revoke-all?personId=binh&sub=binh", {
      token: an,
      body: { personId: "binh", sub: "binh", all: true },
    });
    expect(res.status).toBe(204);
    expectRevoked(await server.get("/api/me", an));
    expect((await server.get("/api/me", binh)).body.user.id).toBe("binh");
    expect((await refresh(binh)).status).toBe(201);
    const versions = await queryRows<{ zalo_id: string; session_version: number }>(
      server.db,
      sql`SELECT zalo_id, session_version FROM people WHERE session_version <> 0`,
    );
    expect(versions).toEqual([{ zalo_id: "an", session_version: 1 }]);
  });

  it("records who ended their sessions, with the request's id", async () => {
    const binh = await server.signIn("binh");
    const res = await revokeAll(binh);
    const events = await queryRows(
      server.db,
      sql`SELECT actor_id, action, subject_id, request_id, detail FROM audit_events WHERE action = 'person.end_sessions'`,
    );
    expect(events).toEqual([
      {
        actor_id: "binh",
        action: "person.end_sessions",
        subject_id: "binh",
        request_id: res.headers.get("x-request-id"),
        detail: { sessionVersion: 1 },
      },
    ]);
  });

  it("cannot be called with an ended token, nor without a session, and then changes nothing", async () => {
    const binh = await server.signIn("binh");
    await revokeAll(binh);
    const before = await databaseChecksum(server.db);
    expectRevoked(await revokeAll(binh));
    const anonymous = await server.post("/api/session/revoke-all", undefined);
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, "unauthenticated"]);
    expect(await databaseChecksum(server.db)).toBe(before);
  });

  it("ends tokens issued before versions existed (no version claim) as well", async () => {
    const now = Math.floor(Date.now() / 1000);
    const legacy = await sign(
      { sub: "binh", mode: "dev", iat: now, exp: now + SESSION_TTL_SECONDS, auth: now },
      server.sessionSecret,
      "HS256",
    );
    expect((await server.get("/api/oas", legacy)).status).toBe(200);
    await revokeAll(await server.signIn("binh"));
    expectRevoked(await server.get("/api/oas", legacy));
    expectRevoked(await refresh(legacy));
  });

  it("refuses a token whose version is not the person's, however it was signed", async () => {
    // Only this server signs tokens, but a version ahead of the database (a restored backup) is no better.
    const ahead = await issueSessionToken(server.sessionSecret, "binh", "dev", undefined, undefined, 3);
    expectRevoked(await server.get("/api/me", ahead.token));
  });

  it("keeps no refresh in flight from handing out a live token (revoke while requests run)", async () => {
    const binh = await server.signIn("binh");
    // Reads, writes and refreshes with the old token, all sent while the revocation runs.
    const inFlight = Array.from({ length: 24 }, (_, i) =>
      i % 3 === 0
        ? refresh(binh)
        : i % 3 === 1
          ? server.get("/api/me", binh)
          : server.request("PUT", "/api/accounts/zca-binh-minh/notifications", {
              token: binh,
              body: { lowBalance: { enabled: true, threshold: 100_000 + i, recipients: ["binh"] } },
            }),
    );
    const [revoked, ...answers] = await Promise.all([revokeAll(binh), ...inFlight]);
    expect(revoked.status).toBe(204);
    // Each ran either wholly before the revocation or was refused; none failed otherwise.
    for (const res of answers) expect([200, 201, 401]).toContain(res.status);
    const handedOut = answers.filter((res) => res.status === 201).map((res) => res.body.token as string);
    for (const token of [binh, ...handedOut]) {
      expectRevoked(await server.get("/api/me", token));
      expectRevoked(await refresh(token));
    }
  });

  // On PostgreSQL a request can be held inside the revocation: a transaction holding Bình's row
  // keeps the revocation waiting while a refresh with her old token passes its check.
  it.runIf(dbKindFromEnv() === "postgres")(
    "refuses the token a refresh handed out while the revocation was waiting to commit",
    async () => {
      const binh = await server.signIn("binh");
      let release!: () => void;
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = server.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1 FROM people WHERE zalo_id = 'binh' FOR UPDATE`);
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await isLocked;
      const revoking = revokeAll(binh);
      // The revocation waits on the row; a refresh still passes its check and gets a token.
      await expect.poll(() => waitingOnLocks(), { timeout: 5000 }).toBeGreaterThan(0);
      const during = await refresh(binh);
      expect(during.status).toBe(201);
      release();
      await holder;
      expect((await revoking).status).toBe(204);
      expectRevoked(await server.get("/api/me", during.body.token));
      expectRevoked(await refresh(during.body.token));
    },
  );

  it("makes the app's next ZCA creation with the old token change nothing", async () => {
    const an = await server.signIn("an");
    await revokeAll(an);
    const before = await databaseChecksum(server.db);
    expectRevoked(await postAccount(server, an, createBody()));
    expect(await databaseChecksum(server.db)).toBe(before);
  });
});

describe("in zalo mode", () => {
  let zalo: TestServer;
  let stub: ZaloStub;
  beforeAll(async () => {
    stub = await startZaloStub();
    zalo = await startTestServer({ authMode: "zalo", graphUrl: stub.url, seed: false });
  });
  afterAll(async () => {
    await Promise.all([zalo?.stop(), stub?.stop()]);
  });

  const signIn = async () => {
    const res = await zalo.post("/api/session", undefined, { accessToken: "zalo-access-token" });
    expect(res.status).toBe(201);
    return res.body.token as string;
  };

  it("ends the sessions of every device, and Zalo's token signs this one in again", async () => {
    const [phone, other] = [await signIn(), await signIn()];
    expect((await zalo.post("/api/session/revoke-all", phone)).status).toBe(204);
    for (const token of [phone, other]) {
      const res = await zalo.get("/api/me", token);
      expect([res.status, res.body.error.code]).toEqual([401, "session_revoked"]);
    }
    const again = await signIn();
    expect((await zalo.get("/api/me", again)).body.user.id).toBe(STUB_PROFILE.id);
  });
});
