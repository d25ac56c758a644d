import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { isPostgresUrl, openPool } from "@/lib/db/postgres-pool";
import { config } from "@/lib/config";
import { migrateToLatest } from "@/lib/db/migrate";
import { openSqliteFile } from "@/lib/db/sqlite-file";
import { dashboardMigrations, postgresDashboardMigrations } from "./migrations";
import type { DashboardDatabase } from "./schema";

export type DashboardDb = Kysely<DashboardDatabase>;

/**
 * Opens the dashboard's database: the same `DATABASE_URL` as the embedded store (`postgres://…`,
 * `file:path` or `:memory:`), through its own connection or pool, so it works in remote mode where no
 * store is opened.
 */
export function openDashboardDb(url: string): DashboardDb {
  if (isPostgresUrl(url))
    return new Kysely<DashboardDatabase>({ dialect: new PostgresDialect({ pool: openPool(url) }) });
  const sqlite = openSqliteFile(url);
  return new Kysely<DashboardDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/**
 * Applies the dashboard's pending migrations. NOTE: they are recorded in their own migration tables,
 * so the Track API's migrator never sees (and never refuses) the dashboard's, nor the other way round.
 */
export async function migrateDashboard(db: DashboardDb): Promise<void> {
  await migrateToLatest(
    db,
    { sqlite: dashboardMigrations, postgres: postgresDashboardMigrations },
    "Dashboard",
    "dashboard_migration",
  );
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

/** Closes the process-wide dashboard database if it was opened (at shutdown, after everything that uses it). */
export async function closeDashboardDb(): Promise<void> {
  const opened = shared.__dashboardDb;
  shared.__dashboardDb = undefined;
  if (opened) await (await opened.catch(() => undefined))?.destroy();
}
