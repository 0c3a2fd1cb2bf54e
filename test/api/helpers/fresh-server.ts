import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { checkConsistency } from "./consistency";
import { startTestServer, type TestServer, type TestServerOptions } from "./server";

export interface FreshServerOptions {
  /** Signed in one after the other after each reset; their tokens are in `tokens`. */
  people?: string[];
  /** Checks every consistency rule of the database after each test. */
  consistency?: boolean;
  server?: TestServerOptions;
}

/**
 * One test server for the whole file, reset before each test. It registers its own hooks, so call
 * it at the top level of the file, before the file's own hooks.
 */
export function freshServer(opts: FreshServerOptions = {}) {
  let started: TestServer | undefined;
  // The file takes `server` at its top level, before beforeAll has started the real one.
  const server = new Proxy({} as TestServer, {
    get(_, key) {
      if (!started) throw new Error("The test server starts in beforeAll: use it in tests and hooks.");
      return Reflect.get(started, key);
    },
  });
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    started = await startTestServer(opts.server);
  });
  beforeEach(async () => {
    await server.reset();
    for (const p of opts.people ?? []) tokens[p] = await server.signIn(p);
  });
  if (opts.consistency) {
    afterEach(async () => expect((await checkConsistency(server.db)).problems).toEqual([]));
  }
  afterAll(() => started?.stop());
  return { server, tokens };
}
