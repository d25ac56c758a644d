import { Migrator, sql } from "kysely";
import { STORE_BACKEND } from "./store-backend";
import type { Db } from "@/lib/track-api/store/db";
import { postgresMigrations, sqliteMigrations } from "@/lib/track-api/store/migrations";

/**
 * A migrator of the store's own migrations on the tests' backend (store tests that take the schema
 * back to an earlier step); on PostgreSQL its table is in the test's schema.
 */
export async function storeMigrator(db: Db): Promise<Migrator> {
  const schema =
    STORE_BACKEND === "postgres"
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s
      : undefined;
  const migrations = STORE_BACKEND === "postgres" ? postgresMigrations : sqliteMigrations;
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema: schema });
}
