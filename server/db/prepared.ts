import type { Db } from "./client";

/**
 * A query built once per database and run as a prepared statement: the hot reads skip Drizzle's
 * query building on every request, and PostgreSQL parses and plans them once per connection.
 * `name` must be unique per statement (PostgreSQL keys prepared statements by it).
 */
export function preparedQuery<Q>(build: (db: Db, name: string) => Q, name: string): (db: Db) => Q {
  const byDb = new WeakMap<Db, Q>();
  return (db) => {
    let query = byDb.get(db);
    if (!query) {
      query = build(db, name);
      byDb.set(db, query);
    }
    return query;
  };
}
