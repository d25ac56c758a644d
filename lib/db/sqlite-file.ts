import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";

/**
 * Opens the SQLite database of a `DATABASE_URL` (`file:path` or `:memory:`), creating its folder, in
 * WAL mode with a busy timeout, with the functions the store's schema uses.
 */
export function openSqliteFile(url: string): SQLite.Database {
  const file = url === ":memory:" ? ":memory:" : url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  // NOTE: SQLite's lower() only folds ASCII; search texts are lower-cased by JavaScript, so SQL that
  // builds them (migration 0002) and the event-text index (migration 0010: its view and triggers) use
  // this instead. Every connection to the file needs it: the dashboard's own tables live in the same
  // file, and SQLite checks the schema's views and triggers when such a connection changes a table.
  sqlite.function("js_lower", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? value.toLowerCase() : value,
  );
  return sqlite;
}
