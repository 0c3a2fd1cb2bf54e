import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTempDatabase } from "../../test/api/helpers/postgres";
import { REPO, tempDir } from "./build";
import { onCleanup } from "./cleanup";

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL database for the bench: a database on TEST_DATABASE_URL's server when set,
 * otherwise on a cluster of its own started by scripts/ensure-postgres.sh with its own state folder
 * (so it never stops the cluster a concurrent `npm test` is using). Everything is removed by cleanup.
 */
export async function startBenchPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopCluster = async () => {};
  if (!serverUrl) {
    const state = await tempDir("zca-bench-pg-");
    const env = { ...process.env, PGTEST_STATE_DIR: state.dir };
    stopCluster = onCleanup("bench PostgreSQL cluster", async () => {
      await run("bash", [join(REPO, "scripts/stop-postgres.sh")], { env });
      await state.remove();
    });
    const { stdout } = await run("bash", [join(REPO, "scripts/ensure-postgres.sh")], { env });
    serverUrl = stdout.trim();
  }
  const database = await createTempDatabase(serverUrl);
  const drop = onCleanup("bench PostgreSQL database", () => database.drop());
  return {
    url: database.url,
    async stop() {
      await drop();
      await stopCluster();
    },
  };
}
