import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { config } from "@/lib/config";
import { migrations } from "./migrations";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

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
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("temp_store = MEMORY");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${String(error)}`);
  }
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
