import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../../server/db/client";
import { probeRoutes, readiness } from "../../server/routes/probes";

/** A database whose every query ends as `answer` says. */
const database = (answer: () => Promise<unknown>) => ({ execute: answer }) as unknown as Db;

async function ready(db: Db, stopping = false) {
  const res = await probeRoutes(readiness(db, () => stopping)).request("/ready");
  return { status: res.status, body: await res.json() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("GET /ready", () => {
  it("is ready when the database answers and the process is not stopping", async () => {
    expect(await ready(database(async () => ({ rows: [] })))).toEqual({ status: 200, body: { ready: true } });
  });

  it("says stopping from the moment the process is told to stop", async () => {
    expect(
      await ready(
        database(async () => ({ rows: [] })),
        true,
      ),
    ).toEqual({
      status: 503,
      body: { ready: false, reason: "stopping" },
    });
  });

  it("says the database is unreachable when it refuses or does not answer within 2 s", async () => {
    const refused = database(() => Promise.reject(new Error("connect ECONNREFUSED")));
    expect(await ready(refused)).toEqual({
      status: 503,
      body: { ready: false, reason: "database_unreachable" },
    });
    vi.useFakeTimers();
    const silent = ready(database(() => new Promise(() => {})));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await silent).toEqual({ status: 503, body: { ready: false, reason: "database_unreachable" } });
  });

  it("GET /health answers whatever the database does: the process is alive", async () => {
    const res = await probeRoutes(
      readiness(
        database(() => new Promise(() => {})),
        () => true,
      ),
    ).request("/health");
    expect(res.status).toBe(200);
  });
});
