import { createLog, type Log } from "../../server/log";

/** The API's log as production writes it (format, redaction), each line parsed into `lines`. */
export function memoryLog(lines: Record<string, unknown>[]): Log {
  return createLog({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
}

/** The API's log, written nowhere. */
export function quietLog(): Log {
  return createLog({ write: () => {} });
}
