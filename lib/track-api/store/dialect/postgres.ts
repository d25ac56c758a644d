import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { config } from "@/lib/config";
import type { Db } from "../connection";
import { contains } from "../like";
import { postgresMigrations } from "../migrations";
import type { Database } from "../schema";
import { applyPostgresRollups, postgresIngestWriter } from "./postgres-ingest";
import { WeeklyPartitions } from "./postgres-partitions";
import type { StoreDialect } from "./types";

/** Whether a DATABASE_URL names a PostgreSQL server. */
export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

// Times and counts are bigint (int8) and sums numeric: as numbers, like SQLite's (every value here
// is far below 2^53).
const NUMBER_TYPES = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    NUMBER_TYPES.has(oid) ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A pool on a PostgreSQL URL, sized and timed by configuration (DATABASE_POOL_SIZE, DATABASE_STATEMENT_TIMEOUT_MS). */
export function openPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: config.databasePoolSize,
    statement_timeout: config.databaseStatementTimeoutMs,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
    types,
  });
  // An idle client that loses its server (a restart) must not take the process down.
  pool.on("error", (error) => console.error(`[track-api] PostgreSQL pool: ${error.message}`));
  return pool;
}

/** Opens a PostgreSQL store on a pool: several connections, several writers at once. */
export function openPostgresStore(url: string): { db: Db; dialect: StoreDialect } {
  const pool = openPool(url);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: postgresDialect(pool) };
}

function postgresDialect(pool: pg.Pool): StoreDialect {
  const partitions = new WeeklyPartitions();
  return {
    kind: "postgres",
    migrations: postgresMigrations,
    // The trigram index over (tenant_id, search_head) answers the LIKE itself; it needs no plan.
    headCandidates: async (_db, text) => ({ where: contains(sql.ref("search_head"), text), none: false }),
    readArrays: async (_db, query) =>
      (await pool.query({ text: query.sql, values: [...query.parameters], rowMode: "array" })).rows as unknown[][],
    ingestWriter: (trx, tenantId) => postgresIngestWriter(trx, tenantId),
    applyRollups: applyPostgresRollups,
    prepareTimes: (db, times) => partitions.ensure(db, times),
    rebuildSearchIndex: async () => {},
    expireBefore: (db, cutoff) => partitions.dropBefore(db, cutoff),
  };
}
