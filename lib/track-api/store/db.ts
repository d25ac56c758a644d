import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { config } from "@/lib/config";
import { registerConnection, type Db } from "./connection";
import { ensureDerived } from "./derived-tables";
import { migrations } from "./migrations";
import type { Database } from "./schema";

export type { Db };

/** Opens a store database: `file:path` or `:memory:` for SQLite. */
export function openDb(url: string): Db {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    throw new Error("DATABASE_URL: the PostgreSQL store is not available yet; use a file: URL");
  }
  const file = url === ":memory:" ? ":memory:" : url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  // Checkpoint the WAL every ~40 MB instead of every 4 MB: an ingest batch rewrites the same index
  // and rollup pages as the previous one, and a larger WAL copies each of them back once, not often.
  // journal_size_limit keeps the file from staying at its largest afterwards.
  sqlite.pragma("wal_autocheckpoint = 10000");
  sqlite.pragma("journal_size_limit = 67108864");
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("temp_store = MEMORY");
  // NOTE: SQLite's lower() only folds ASCII; search texts are lower-cased by JavaScript, so SQL that
  // builds them (migration 0002) uses this instead.
  sqlite.function("js_lower", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? value.toLowerCase() : value,
  );
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  registerConnection(db, sqlite);
  return db;
}

/** Applies every pending migration (then brings the rollups up to date); throws with the failing migration's name. */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${String(error)}`);
  }
  await ensureDerived(db);
}

const globalDb = globalThis as unknown as { __trackDb?: Promise<Db> };

/** The process-wide store database, opened and migrated on first use (never at import time). */
export function getDb(): Promise<Db> {
  globalDb.__trackDb ??= (async () => {
    const db = openDb(config.databaseUrl);
    await migrate(db);
    return db;
  })();
  return globalDb.__trackDb;
}
