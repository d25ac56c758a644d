import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import type { Migrator } from "kysely";

/**
 * Opens the SQLite database of a `DATABASE_URL` (`file:path` or `:memory:`), creating its folder, in
 * WAL mode with a busy timeout. `what` names the tables it is for in the PostgreSQL message.
 */
export function openSqliteFile(url: string, what: string): SQLite.Database {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`DATABASE_URL: PostgreSQL is not available yet for ${what}; use a file: URL`);
  }
  const file = url === ":memory:" ? ":memory:" : url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}

/** Applies a migrator's pending migrations; throws naming the one that failed. */
export async function migrateToLatest(migrator: Migrator, what: string): Promise<void> {
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`${what} migration ${failed} failed: ${String(error)}`);
  }
}
