import { Kysely, Migrator, SqliteDialect } from "kysely";
import { config } from "@/lib/config";
import { migrateToLatest, openSqliteFile } from "@/lib/db/sqlite-file";
import { registerConnection, type Db } from "./connection";
import { ensureDerived } from "./derived-tables";
import { migrations } from "./migrations";
import type { Database } from "./schema";

export type { Db };

/** Opens a store database: `file:path` or `:memory:` for SQLite. */
export function openDb(url: string): Db {
  const sqlite = openSqliteFile(url, "the Track API store");
  sqlite.pragma("synchronous = NORMAL");
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
  await migrateToLatest(new Migrator({ db, provider: { getMigrations: async () => migrations } }), "Store");
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
