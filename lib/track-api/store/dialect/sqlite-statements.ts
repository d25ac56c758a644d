import type SQLite from "better-sqlite3";

const prepared = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/**
 * A statement on a SQLite connection, prepared once per SQL text and reused. Ingestion writes
 * thousands of rows per batch: a prepared row statement run per row costs a fraction of building,
 * compiling and preparing a statement of thousands of rows for every batch.
 * NOTE: run it only while Kysely holds the connection (inside a transaction or `db.connection()`;
 * the dialect's callers, sqlite.ts), so no other query runs on it in between. A caller that wants rows as
 * arrays sets `.raw(true)` on each use; the others use texts of their own.
 */
export function statement(sqlite: SQLite.Database, sqlText: string): SQLite.Statement {
  let cache = prepared.get(sqlite);
  if (!cache) prepared.set(sqlite, (cache = new Map()));
  let stmt = cache.get(sqlText);
  if (!stmt) {
    // A bound, in case a caller varies its texts (the ones here come from code: a few dozen).
    if (cache.size >= 1_000) cache.clear();
    cache.set(sqlText, (stmt = sqlite.prepare(sqlText)));
  }
  return stmt;
}
