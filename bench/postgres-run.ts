import pg from "pg";
import { benchExport, type ExportRun } from "./export";
import type { Dataset } from "./generate";
import { accessToken } from "./http";
import { ensureBuild, startServer } from "./server";

/**
 * Reads every table and index of a PostgreSQL bench database once (`pg_prewarm` in `read` mode),
 * so the OS page cache holds them, as the SQLite runs read their file first.
 */
export async function warmPostgres(dataset: Dataset): Promise<void> {
  const client = new pg.Client({ connectionString: dataset.url });
  await client.connect();
  try {
    await client.query("create extension if not exists pg_prewarm");
    await client.query(`select sum(pg_prewarm(c.oid, 'read')) from pg_class c
      where c.relkind in ('r', 'i') and c.relnamespace = current_schema()::regnamespace`);
  } finally {
    await client.end();
  }
}

/**
 * The CSV export of every row, on a fresh `next start` over the PostgreSQL dataset, from the Track
 * API directly: the dashboard's own tables (its sessions) do not run on PostgreSQL yet.
 */
export async function postgresExport(dataset: Dataset): Promise<ExportRun> {
  ensureBuild();
  const server = await startServer(dataset.url);
  try {
    return await benchExport(server, await accessToken(server.base, "demo@acme.test", "demo"));
  } finally {
    await server.stop();
  }
}
