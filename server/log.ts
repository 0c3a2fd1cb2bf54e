import { writeSync } from "node:fs";

/**
 * The default request log: one JSON line per event on stdout, written in batches. A
 * `console.log` per request is a blocking write(2) each time (stdout to a file or pipe is
 * synchronous), about a sixth of a cheap request's cost; lines logged in one turn of the event
 * loop go out in one write on the next. Whatever is pending is written before the process exits.
 */
export function createStdoutLog(fd = 1): (line: Record<string, unknown>) => void {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    try {
      writeSync(fd, text);
    } catch {
      // A closed stdout must not take the API down with it.
    }
  };
  process.once("exit", flush);
  return (line) => {
    pending.push(`${JSON.stringify(line)}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}
