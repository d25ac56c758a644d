import pg from "pg";

/** The PostgreSQL server the bench loads its datasets into (`BENCH_PG_URL`, without a database name). */
export const PG_SERVER = (process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432").replace(/\/+$/, "");

/** Which backends `npm run bench` measures: `BENCH_DB=sqlite`, `postgres` or `both` (the default). */
export function benchBackends(): { sqlite: boolean; postgres: boolean } {
  const value = (process.env.BENCH_DB ?? "both").toLowerCase();
  if (!["sqlite", "postgres", "both"].includes(value))
    throw new Error(`BENCH_DB must be sqlite, postgres or both, not "${value}"`);
  return { sqlite: value !== "postgres", postgres: value !== "sqlite" };
}

/** Datasets' database names: `track_bench_<n>`, or `<BENCH_PG_PREFIX>_<n>` so that two checkouts bench side by side. */
const PG_PREFIX = process.env.BENCH_PG_PREFIX ?? "track_bench";
if (!/^[a-z_][a-z0-9_]*$/.test(PG_PREFIX))
  throw new Error(`BENCH_PG_PREFIX must be a plain lower-case name, not "${PG_PREFIX}"`);
export const pgDatabaseName = (n: number) => `${PG_PREFIX}_${n}`;
export const pgUrl = (database: string) => `${PG_SERVER}/${database}`;

/**
 * Per-database settings of the bench databases (`ALTER DATABASE … SET`), for a store that owns the
 * machine's memory as the SQLite one does. Server-wide settings (shared_buffers needs a restart) are
 * left as the server has them, and recorded with the results.
 */
export const PG_DATABASE_SETTINGS: Record<string, string> = {
  // Sorts and hashes of the stats and rollup queries stay in memory.
  work_mem: "64MB",
  // Most of the machine's 24 GiB is free for the OS page cache, which holds the tables.
  effective_cache_size: "16GB",
  // Everything is cached: random reads cost little more than sequential ones.
  random_page_cost: "1.1",
  // Compiling a plan costs more than the millisecond queries it would speed up.
  jit: "off",
  // As SQLite's WAL with synchronous = NORMAL (store/dialect/sqlite.ts): a commit is not flushed to
  // disk before it returns; a crash may lose the last commits, never consistency.
  synchronous_commit: "off",
};

/** The settings recorded with the results: the per-database ones above and the server's own. */
export const PG_REPORTED_SETTINGS = [
  "shared_buffers",
  "work_mem",
  "maintenance_work_mem",
  "effective_cache_size",
  "random_page_cost",
  "jit",
  "synchronous_commit",
  "wal_level",
  "max_wal_size",
  "checkpoint_timeout",
  "max_parallel_workers_per_gather",
  "max_connections",
];

/** Runs `fn` with a client on the server's maintenance database (`test`, or BENCH_PG_ADMIN_DB). */
export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgUrl(process.env.BENCH_PG_ADMIN_DB ?? "test") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Drops a bench database (closing its connections) and creates it empty, or as a copy of `template`. */
export async function recreateDatabase(name: string, template?: string): Promise<void> {
  await withAdmin(async (admin) => {
    await admin.query(`drop database if exists ${ident(name)} with (force)`);
    // NOTE: FILE_COPY copies the template's files after a checkpoint; the default (WAL_LOG) writes
    // every block of a multi-GB template to the WAL.
    await admin.query(
      template
        ? `create database ${ident(name)} template ${ident(template)} strategy file_copy`
        : `create database ${ident(name)}`,
    );
    for (const [key, value] of Object.entries(PG_DATABASE_SETTINGS))
      await admin.query(`alter database ${ident(name)} set ${key} = '${value}'`);
  });
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`drop database if exists ${ident(name)} with (force)`));
}

/** The server's version and the settings a session on `database` gets, as PostgreSQL reports them. */
export async function serverSettings(database: string): Promise<{ version: string; settings: Record<string, string> }> {
  const client = new pg.Client({ connectionString: pgUrl(database) });
  await client.connect();
  try {
    const version = (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
    const rows = await client.query<{ name: string; setting: string; unit: string | null; source: string }>(
      "select name, setting, unit, source from pg_settings where name = any($1)",
      [PG_REPORTED_SETTINGS],
    );
    const settings: Record<string, string> = {};
    for (const name of PG_REPORTED_SETTINGS) {
      const row = rows.rows.find((r) => r.name === name);
      if (row) settings[name] = `${formatSetting(row.setting, row.unit)} (${row.source})`;
    }
    return { version, settings };
  } finally {
    await client.end();
  }
}

/** "16384" with unit "8kB" → "128MB". */
function formatSetting(setting: string, unit: string | null): string {
  const size = unit && /^(\d*)(kB|MB)$/.exec(unit);
  if (!size) return unit ? `${setting} ${unit}` : setting;
  const kb = Number(setting) * Number(size[1] || 1) * (size[2] === "MB" ? 1024 : 1);
  return kb % 1_048_576 === 0 ? `${kb / 1_048_576}GB` : kb % 1024 === 0 ? `${kb / 1024}MB` : `${kb}kB`;
}
