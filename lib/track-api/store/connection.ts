import type { Kysely } from "kysely";
import type { StoreDialect } from "./dialect/types";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

// On globalThis: Next.js may bundle this module more than once, and every copy must see the map.
const shared = globalThis as unknown as { __trackDialects?: WeakMap<Db, StoreDialect> };
const dialects = (shared.__trackDialects ??= new WeakMap());

/** Records the dialect of a store that `openDb` has just opened. */
export function registerDialect(db: Db, dialect: StoreDialect): void {
  dialects.set(db, dialect);
}

/**
 * The backend of a store (SQLite or PostgreSQL): the SQL and driver calls that differ between them.
 * NOTE: a Kysely transaction is another object than its store; callers pass the store, not `trx`.
 */
export function dialectOf(db: Db): StoreDialect {
  const dialect = dialects.get(db);
  if (!dialect) throw new Error("dialectOf: not a store opened by openDb");
  return dialect;
}
