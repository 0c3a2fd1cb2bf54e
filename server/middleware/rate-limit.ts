import type pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "../errors";

/** The table every API instance counts in; created by a migration, never by the limiter. */
export const RATE_LIMIT_TABLE = "rate_limits";

export interface RateLimiter {
  /** Counts one request of `key`; past the limit, throws rate_limited with Retry-After. */
  take(key: string): Promise<void>;
}

/**
 * A fixed window of `limit` requests per key. On PostgreSQL (`pool`) the count lives in
 * RATE_LIMIT_TABLE, shared by every instance, so N instances still allow `limit` and not N times
 * it. When that store fails, each instance counts in its own memory until it answers again: the
 * API stays up, and a flood meets at most N times the limit instead of none. On PGlite (one
 * process by construction) the count is in memory.
 */
export function createRateLimiter(opts: {
  name: string;
  limit: number;
  windowMs: number;
  pool?: pg.Pool | null;
}): RateLimiter {
  const counting = { keyPrefix: opts.name, points: opts.limit, duration: opts.windowMs / 1000 };
  const inMemory = new RateLimiterMemory(counting);
  const limiter = opts.pool
    ? new RateLimiterPostgres({
        ...counting,
        storeClient: opts.pool,
        tableName: RATE_LIMIT_TABLE,
        // Instances starting together must not race to create it.
        tableCreated: true,
        insuranceLimiter: inMemory,
      })
    : inMemory;
  return {
    async take(key) {
      try {
        await limiter.consume(key);
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          throw ApiError.rateLimited(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
        }
        throw error;
      }
    },
  };
}

/** Each limit per minute; a missing one takes its default. */
export interface RateLimits {
  signInPerMinute?: number;
  writesPerMinute?: number;
  badMacsPerMinute?: number;
  oaGrantPagesPerMinute?: number;
  fileLinksPerMinute?: number;
}

/** The API's limiters, made once per app. */
export interface RateLimiters {
  signIn: RateLimiter;
  writes: RateLimiter;
  /** Payment callbacks and bank notices that fail their MAC or signature, per address. */
  badMacs: RateLimiter;
  /**
   * The OA authorization's pages (the app's link, Zalo's redirect, the confirmation) count apart:
   * a person adding OAs never spends their sign-ins, nor the other way round.
   */
  oaGrantPages: RateLimiter;
  /** Files served by a short-lived link (GET /api/file-links/:token), per address. */
  fileLinks: RateLimiter;
}

export function createRateLimiters(limits: RateLimits = {}, pool?: pg.Pool | null): RateLimiters {
  const perMinute = (name: string, limit: number) =>
    createRateLimiter({ name, limit, windowMs: 60_000, pool });
  return {
    signIn: perMinute("sign_in", limits.signInPerMinute ?? 30),
    writes: perMinute("writes", limits.writesPerMinute ?? 120),
    badMacs: perMinute("bad_macs", limits.badMacsPerMinute ?? 30),
    oaGrantPages: perMinute("oa_grant_pages", limits.oaGrantPagesPerMinute ?? 60),
    fileLinks: perMinute("file_links", limits.fileLinksPerMinute ?? 60),
  };
}
