import { type Kysely, type Migration, Migrator, PostgresAdapter, sql } from "kysely";

/** Migrations per backend, one sequence of names. */
export interface MigrationSets {
  sqlite: Record<string, Migration>;
  postgres: Record<string, Migration>;
}

/**
 * Applies a database's pending migrations (the set of its backend), recorded in `tableName`; throws
 * naming the one that failed. `what` names the tables in the message.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, sets: MigrationSets, what: string, tableName?: string) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // NOTE: on PostgreSQL, Kysely looks for its migration tables in every schema unless told which.
  const schema = postgres ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => (postgres ? sets.postgres : sets.sqlite) },
    migrationTableSchema: schema,
    ...(tableName ? { migrationTableName: tableName, migrationLockTableName: `${tableName}_lock` } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`${what} migration ${failed} failed: ${String(error)}`);
  }
}
