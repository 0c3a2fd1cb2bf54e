import { createApp, type AppDeps } from "../../server/app";
import { createZaloGraph } from "../../server/auth/zalo-graph";
import type { Db } from "../../server/db/client";

/**
 * The API in dev mode on `db`, as the e2e tests and the benchmarks run it: seeded people sign in
 * without Zalo (whose Graph URL points nowhere) and the rate limits stay out of the way.
 */
export function createDevApi(db: Db, opts: { log?: AppDeps["log"] } = {}) {
  return createApp({
    db,
    authMode: "dev",
    sessionSecret: "dev-api-session-secret-0123456789abcdef",
    graph: createZaloGraph({ baseUrl: "http://127.0.0.1:9", appSecret: "unused" }),
    corsOrigins: [],
    limits: { signInPerMinute: 1_000_000, writesPerMinute: 1_000_000 },
    log: opts.log,
  });
}
