import { config } from "@/lib/config";
import { migrateToLatest } from "@/lib/db/migrate";
import { dialectOf, registerDialect, type Db } from "./connection";
import { ensureDerived } from "./derived-tables";
import { postgresMigrations, sqliteMigrations } from "./migrations";
import { isPostgresUrl } from "@/lib/db/postgres-pool";
import { openPostgresStore } from "./dialect/postgres";
import { openSqliteStore } from "./dialect/sqlite";
import { WEEK_MS } from "./rollup";

export type { Db };

/** Opens a store database: `postgres://…` (or `postgresql://`) for PostgreSQL, `file:path` or `:memory:` for SQLite. */
export function openDb(url: string): Db {
  const { db, dialect } = isPostgresUrl(url) ? openPostgresStore(url) : openSqliteStore(url);
  registerDialect(db, dialect);
  return db;
}

/** Applies every pending migration (then brings the rollups up to date); throws with the failing migration's name. */
export async function migrate(db: Db): Promise<void> {
  await migrateToLatest(db, { sqlite: sqliteMigrations, postgres: postgresMigrations }, "Store");
  await ensureDerived(db);
}

/**
 * Removes what is older than the retention (`days`): whole weeks (counted from the epoch, as the
 * rollups' weeks) that ended at least `days` before `now`, so at least `days` days are always kept.
 */
export async function expireOldData(db: Db, now: number, days = config.retentionDays): Promise<number> {
  const cutoff = Math.floor((now - days * 86_400_000) / WEEK_MS) * WEEK_MS;
  await dialectOf(db).expireBefore(db, cutoff);
  return cutoff;
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

/** Closes the process-wide store database if it was opened (at shutdown, after everything that uses it). */
export async function closeDb(): Promise<void> {
  const opened = globalDb.__trackDb;
  globalDb.__trackDb = undefined;
  if (opened) await (await opened.catch(() => undefined))?.destroy();
}
