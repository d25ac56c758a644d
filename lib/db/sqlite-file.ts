import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";

/**
 * Opens the SQLite database of a `DATABASE_URL` (`file:path` or `:memory:`), creating its folder, in
 * WAL mode with a busy timeout.
 */
export function openSqliteFile(url: string): SQLite.Database {
  const file = url === ":memory:" ? ":memory:" : url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}
