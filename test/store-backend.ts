import pg from "pg";
import { inject } from "vitest";

/**
 * Which backend the store tests run on: SQLite by default, PostgreSQL in the vitest project
 * "store on postgres" (vitest.config.mts), which sets TEST_STORE and creates a database for the run
 * (test/postgres-database.ts).
 */
export const STORE_BACKEND: "sqlite" | "postgres" = process.env.TEST_STORE === "postgres" ? "postgres" : "sqlite";

let schemas = 0;

/**
 * A URL of an empty store: `:memory:` on SQLite; on PostgreSQL a new schema in the run's database
 * (first on the search path; the extensions stay in public).
 */
export async function freshStoreUrl(): Promise<string> {
  if (STORE_BACKEND === "sqlite") return ":memory:";
  const base = inject("postgresUrl");
  const schema = `t${process.pid}_${++schemas}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema},public`);
  return url.toString();
}
