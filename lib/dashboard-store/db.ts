import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { config } from "@/lib/config";
import { dashboardMigrations } from "./migrations";
import type { DashboardDatabase } from "./schema";

export type DashboardDb = Kysely<DashboardDatabase>;

/**
 * Opens the dashboard's database: the same `DATABASE_URL` as the embedded store (`file:path` or
 * `:memory:`), through its own connection, so it works in remote mode where no store is opened.
 */
export function openDashboardDb(url: string): DashboardDb {
  if (/^postgres(ql)?:\/\//.test(url))
    throw new Error("DATABASE_URL: PostgreSQL is not available yet for the dashboard's tables; use a file: URL");
  const file = url === ":memory:" ? ":memory:" : url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<DashboardDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/**
 * Applies the dashboard's pending migrations. NOTE: they are recorded in their own migration tables,
 * so the Track API's migrator never sees (and never refuses) the dashboard's, nor the other way round.
 */
export async function migrateDashboard(db: DashboardDb): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => dashboardMigrations },
    migrationTableName: "dashboard_migration",
    migrationLockTableName: "dashboard_migration_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Dashboard migration ${failed} failed: ${String(error)}`);
  }
}

// On globalThis: Next.js bundles the proxy, the routes and next-auth's handler separately, and all
// of them must share one connection.
const shared = globalThis as unknown as { __dashboardDb?: Promise<DashboardDb> };

/** The process-wide dashboard database, opened and migrated on first use (never at import time). */
export function dashboardDb(): Promise<DashboardDb> {
  shared.__dashboardDb ??= (async () => {
    const db = openDashboardDb(config.databaseUrl);
    await migrateDashboard(db);
    return db;
  })().catch((error) => {
    // A failed open is tried again by the next caller instead of being remembered.
    shared.__dashboardDb = undefined;
    throw error;
  });
  return shared.__dashboardDb;
}
