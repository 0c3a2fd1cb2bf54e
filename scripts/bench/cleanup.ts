/**
 * Everything the bench starts (servers, browsers, child processes, databases, temp folders)
 * registers how to stop it here; `runCleanups` undoes them newest first, also on Ctrl+C.
 */
type Cleanup = { label: string; run: () => unknown };

const cleanups: Cleanup[] = [];

export function onCleanup(label: string, run: () => unknown): () => Promise<void> {
  const entry = { label, run };
  cleanups.push(entry);
  // Calling the returned function runs this one cleanup early (and only once).
  return async () => {
    const at = cleanups.indexOf(entry);
    if (at === -1) return;
    cleanups.splice(at, 1);
    await runOne(entry);
  };
}

async function runOne({ label, run }: Cleanup): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.error(`cleanup "${label}" failed: ${String(error)}`);
  }
}

let running: Promise<void> | null = null;
/**
 * Undoes everything registered, newest first. A second caller (Ctrl+C while the bench's own
 * `finally` is cleaning up) waits for the same run, so nothing exits half-way through a removal.
 */
export function runCleanups(): Promise<void> {
  running ??= (async () => {
    while (cleanups.length > 0) await runOne(cleanups.pop()!);
  })().finally(() => (running = null));
  return running;
}

let interrupted = false;
export function cleanUpOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping everything the bench started…`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
}
