import { openDatabase, type Db } from "../../server/db/client";
import { seedDirectory } from "../../server/seed/seed";
import { createDevApi } from "../../test/support/dev-api";
import { quietLog } from "../../test/support/log";
import { startPreview } from "../preview-server";
import { onCleanup } from "./cleanup";

export const APP_ID = "1234567890";

/**
 * The production build in `wwwDir` served as Zalo does (under /zapps/<id>/) by
 * scripts/preview-server.ts, with the real API in dev mode on the same origin and its own
 * in-memory database (the seeded directory plus whatever `seed` adds).
 */
export async function startWebStack(opts: {
  wwwDir: string;
  seed?: (db: Db) => Promise<void>;
}): Promise<{ url: string; db: Db; api: ReturnType<typeof createDevApi>; stop(): Promise<void> }> {
  const database = await openDatabase({ dataDir: null });
  const closeDb = onCleanup("web stack database", () => database.close());
  await seedDirectory(database.db);
  await opts.seed?.(database.db);
  const api = createDevApi(database.db, { log: quietLog() });
  const preview = await startPreview({ wwwDir: opts.wwwDir, api, appId: APP_ID });
  const stopPreview = onCleanup("preview server", () => preview.stop());
  return {
    url: preview.url,
    db: database.db,
    api,
    async stop() {
      await stopPreview();
      await closeDb();
    },
  };
}
