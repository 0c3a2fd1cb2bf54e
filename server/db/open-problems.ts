import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError } from "../config";

/**
 * The database could not be opened because of a setting or of what it names: one line that names
 * the setting and says what to do, instead of a driver's stack trace. Anything else (a bug, a
 * failed migration) is not explained here and stays as it was thrown.
 */

/** Creates DATA_DIR (and any missing parent); refuses a path that is, or runs through, a file. */
export function prepareDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const where = resolve(dir) === dir ? `DATA_DIR=${dir}` : `DATA_DIR=${dir} (${resolve(dir)})`;
    switch ((error as NodeJS.ErrnoException).code) {
      case "EEXIST":
        throw new ConfigError(
          `${where} is a file, not a folder: set DATA_DIR to a folder for the database (created if missing).`,
        );
      case "ENOTDIR":
        throw new ConfigError(
          `${where} runs through a file, not a folder: set DATA_DIR to a folder for the database (created if missing).`,
        );
      case "EACCES":
      case "EPERM":
      case "EROFS":
        throw new ConfigError(
          `${where} cannot be created (no permission to write there): set DATA_DIR to a folder this user may write.`,
        );
      default:
        throw error;
    }
  }
}

/** What a failure to connect to, or sign in to, the PostgreSQL of DATABASE_URL means, when known. */
export function explainPostgresProblem(error: unknown, databaseUrl: string): ConfigError | null {
  const url = new URL(databaseUrl);
  const host = url.hostname || "the local socket";
  const at = `${host}:${url.port || "5432"}`;
  const database =
    decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username) || "postgres";
  const user = decodeURIComponent(url.username) || "the default user";
  switch ((error as { code?: unknown }).code) {
    case "ECONNREFUSED":
      return new ConfigError(
        `DATABASE_URL: nothing accepts connections at ${at} (connection refused): start PostgreSQL there, or correct the host and port in DATABASE_URL.`,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new ConfigError(
        `DATABASE_URL: the host "${host}" is not known (DNS): correct the host in DATABASE_URL.`,
      );
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return new ConfigError(
        `DATABASE_URL: ${at} cannot be reached from here: check the host and port in DATABASE_URL, and the network or firewall between.`,
      );
    case "3D000":
      return new ConfigError(
        `DATABASE_URL: PostgreSQL at ${at} has no database "${database}": create it (createdb "${database}") or correct the database name in DATABASE_URL.`,
      );
    case "28P01":
    case "28000":
      return new ConfigError(
        `DATABASE_URL: PostgreSQL at ${at} refused the user "${user}" (wrong password, or not allowed from here): correct the user and password in DATABASE_URL, or PostgreSQL's pg_hba.conf.`,
      );
    default:
      return null;
  }
}
