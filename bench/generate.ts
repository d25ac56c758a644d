import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import type { ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import { ensureDemoAccounts } from "@/lib/track-api/seed/demo-accounts";
import { generateHistory } from "@/lib/track-api/simulate";
import { migrate, openDb } from "@/lib/track-api/store/db";
import { rebuildDerived } from "@/lib/track-api/store/derived-tables";
import { toEventRow, toTransactionRow } from "@/lib/track-api/store/ingest";
import { partiesText, partyKeyOf } from "@/lib/track-api/store/party-sets";
import { EVENT_COLUMNS } from "@/lib/track-api/store/schema";
import { sqliteMigrations as migrations } from "@/lib/track-api/store/migrations";

/** Bumped whenever the generated data changes, so cached datasets are rebuilt. */
const GENERATOR_VERSION = 4;
const SEED = "track-monitor-bench";
/** The instant the 90-day history ends at; fixed so every run measures the same data. */
export const BENCH_NOW = Date.parse(process.env.BENCH_NOW ?? "2026-11-27T12:00:00Z");
export const DATA_DIR = path.resolve("bench/data");

export interface Dataset {
  /** Transactions of the main tenant (`acme`); `globex` gets a fifth of that. */
  n: number;
  /** Where `url` points; a PostgreSQL dataset is a copy of the SQLite one (bench/postgres-load.ts). */
  backend: "sqlite" | "postgres";
  /** The SQLite file (also of a PostgreSQL dataset: the same rows, read to pick sample values). */
  file: string;
  url: string;
  now: number;
  tenants: { id: string; transactions: number; events: number }[];
  /** Seconds it took to generate and load the file (when it was made, possibly by an earlier run). */
  loadSeconds: number;
  bytes: number;
}

const tenantsFor = (n: number) => [
  { id: "acme", count: n },
  { id: "globex", count: Math.round(n / 5) },
];

/** A hash of the migration sources in a folder (its files only: postgres/ holds PostgreSQL's own). */
export function migrationsHash(dir: string): string {
  const schema = crypto.createHash("sha256");
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
    if (entry.isFile()) schema.update(fs.readFileSync(path.join(dir, entry.name)));
  return schema.digest("hex").slice(0, 16);
}

/** What a dataset depends on: the generator, its parameters and the schema (SQLite's migration sources). */
export function datasetKey(n: number) {
  return JSON.stringify({
    v: GENERATOR_VERSION,
    n,
    now: BENCH_NOW,
    seed: SEED,
    migrations: Object.keys(migrations),
    schema: migrationsHash(path.resolve("lib/track-api/store/migrations")),
  });
}

/** Column names in a stable order, for a prepared INSERT of a whole row object. */
function inserter(sqlite: SQLite.Database, table: string, columns: string[]) {
  const stmt = sqlite.prepare(
    `insert into ${table} (${columns.join(", ")}) values (${columns.map((c) => `@${c}`).join(", ")})`,
  );
  return (row: object) => stmt.run(row);
}

/**
 * Loads one tenant's deterministic 90-day history straight into the tables, deriving each
 * transaction with the store's own `toTransactionRow` (what ingestion would store), without the
 * per-batch upserts of the ingest path.
 */
function loadTenant(sqlite: SQLite.Database, tenantId: string, count: number) {
  const insertEvent = inserter(sqlite, "events", [...EVENT_COLUMNS]);
  let insertTx: ((row: object) => unknown) | undefined;
  let events = 0;
  let transactions = 0;
  // The party keys ingestion would assign (store/party-sets.ts), kept here and stored once at the end.
  const keys = new Map<string, number>();
  const used = new Set<number>();
  const partyKey = (text: string) => {
    let key = keys.get(text);
    for (let attempt = 0; key === undefined; attempt++) {
      const candidate = partyKeyOf(tenantId, text, attempt);
      if (!used.has(candidate)) keys.set(text, (key = candidate));
    }
    used.add(key);
    return key;
  };
  const flush = sqlite.transaction((batch: ParsedIngestEvent[]) => {
    let start = 0;
    for (let i = 1; i <= batch.length; i++) {
      if (i < batch.length && batch[i].transactionId === batch[start].transactionId) continue;
      // Transactions are numbered in the order they are loaded, as ingestion numbers them on arrival.
      const seq = ++transactions;
      const rows = batch
        .slice(start, i)
        .map((e) => toEventRow(tenantId, e, Math.min(BENCH_NOW, Date.parse(e.occurredAt) + 2_000), seq));
      for (const row of rows) insertEvent(row);
      const tx = toTransactionRow(tenantId, batch[start].transactionId, seq, rows);
      tx.party_key = partyKey(partiesText(tx));
      insertTx ??= inserter(sqlite, "transactions", Object.keys(tx));
      insertTx(tx);
      start = i;
    }
    events += batch.length;
  });
  // NOTE: generateHistory ends every batch on a transaction boundary, so a batch holds whole transactions.
  for (const batch of generateHistory({ tenantId, seed: SEED, count, now: BENCH_NOW })) {
    flush(batch.map((e) => ({ ...e, level: e.level ?? "INFO" }) as ParsedIngestEvent));
  }
  const insertParty = sqlite.prepare("insert into party_sets (id, tenant_id, text) values (?, ?, ?)");
  for (const [text, id] of keys) insertParty.run(id, tenantId, text);
  return events;
}

async function build(n: number, file: string): Promise<Dataset["tenants"]> {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const db = openDb(`file:${file}`);
  await migrate(db);
  await ensureDemoAccounts(db, BENCH_NOW);
  await db.destroy();

  const sqlite = new SQLite(file);
  // NOTE: no journal while loading a new file; openDb switches it back to WAL afterwards.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -1000000");
  // Indexes and triggers are dropped during the load and built once at the end: much faster than
  // row by row. The free-text index and rollups are then rebuilt the way the store does it.
  const schema = sqlite
    .prepare(
      "select type, name, sql from sqlite_master where type in ('index', 'trigger') and tbl_name in ('transactions', 'events') and sql is not null",
    )
    .all() as { type: string; name: string; sql: string }[];
  for (const item of schema) sqlite.exec(`drop ${item.type} ${item.name}`);
  const tenants = tenantsFor(n).map(({ id, count }) => ({
    id,
    transactions: count,
    events: loadTenant(sqlite, id, count),
  }));
  for (const item of schema) sqlite.exec(item.sql);
  sqlite.close();

  const loaded = openDb(`file:${file}`);
  await rebuildDerived(loaded);
  await sql`analyze`.execute(loaded);
  await loaded
    .insertInto("meta")
    .values({ key: "bench-dataset", value: datasetKey(n) })
    .execute();
  await loaded
    .insertInto("meta")
    .values({ key: "bench-dataset-seconds", value: String((performance.now() - started) / 1000) })
    .execute();
  await loaded.destroy();
  return tenants;
}

function describe(n: number, file: string): Dataset {
  const sqlite = new SQLite(file, { readonly: true });
  const seconds = sqlite.prepare("select value from meta where key = 'bench-dataset-seconds'").get() as
    { value: string } | undefined;
  const counts = sqlite.prepare("select tenant_id as id, count(*) as n from transactions group by tenant_id").all() as {
    id: string;
    n: number;
  }[];
  const events = sqlite.prepare("select tenant_id as id, count(*) as n from events group by tenant_id").all() as {
    id: string;
    n: number;
  }[];
  sqlite.close();
  const tenants = tenantsFor(n).map(({ id }) => ({
    id,
    transactions: counts.find((c) => c.id === id)?.n ?? 0,
    events: events.find((c) => c.id === id)?.n ?? 0,
  }));
  return {
    n,
    backend: "sqlite",
    file,
    url: `file:${file}`,
    now: BENCH_NOW,
    tenants,
    loadSeconds: Number(seconds?.value ?? 0),
    bytes: fs.statSync(file).size,
  };
}

/** Transactions of the main tenant in the largest dataset (`BENCH_N`, default one million), and the smaller sizes measured beside it. */
export function benchSizes(): number[] {
  const n = Number(process.env.BENCH_N ?? 1_000_000);
  return [...new Set([10_000, 100_000, n])].filter((size) => size <= n).sort((a, b) => a - b);
}

const fileFor = (n: number) => path.join(DATA_DIR, `track-${n}.db`);

/** True when the dataset file exists and was made by this generator for this schema. */
export function datasetReady(n: number): boolean {
  if (!fs.existsSync(fileFor(n))) return false;
  try {
    const sqlite = new SQLite(fileFor(n), { readonly: true });
    const row = sqlite.prepare("select value from meta where key = 'bench-dataset'").get() as
      { value: string } | undefined;
    sqlite.close();
    return row?.value === datasetKey(n);
  } catch {
    // Unreadable or half-written: build it again.
    return false;
  }
}

/** The bench database with `n` transactions for `acme` (and n/5 for `globex`), generated when missing or stale. */
export async function ensureDataset(n: number): Promise<Dataset> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  if (!datasetReady(n)) await build(n, fileFor(n));
  return describe(n, fileFor(n));
}
