import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

// On globalThis: Next.js may bundle this module more than once, and every copy must see the map.
const shared = globalThis as unknown as { __trackConnections?: WeakMap<Db, SQLite.Database> };
const connections = (shared.__trackConnections ??= new WeakMap());

/** Records the SQLite connection under a store that `openDb` has just opened. */
export function registerConnection(db: Db, sqlite: SQLite.Database): void {
  connections.set(db, sqlite);
}

/**
 * The SQLite connection under a store, for the few reads where Kysely's row objects cost more than
 * the query (an export reads a million rows: better-sqlite3 builds an array per row ~2× faster).
 */
export function connectionOf(db: Db): SQLite.Database {
  const sqlite = connections.get(db);
  if (!sqlite) throw new Error("connectionOf: not a store opened by openDb");
  return sqlite;
}
