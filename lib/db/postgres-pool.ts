import pg from "pg";
import { config } from "@/lib/config";

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
    // A server that takes connections but never answers fails a request within seconds (a 503 and
    // readiness down), instead of holding it until the client gives up. NOTE: pg-pool applies the same
    // limit to a wait for a free connection, so it stays well above any normal wait under load.
    connectionTimeoutMillis: config.databaseConnectTimeoutMs,
    allowExitOnIdle: true,
    types,
  });
  // An idle client that loses its server (a restart) must not take the process down.
  pool.on("error", (error) => console.error(`[db] PostgreSQL pool: ${error.message}`));
  return pool;
}
