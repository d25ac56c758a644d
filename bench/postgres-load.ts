import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { ensureDemoAccounts } from "@/lib/track-api/seed/demo-accounts";
import { dialectOf } from "@/lib/track-api/store/connection";
import { migrate, openDb } from "@/lib/track-api/store/db";
import { rebuildDerived } from "@/lib/track-api/store/derived-tables";
import { eventTextLine, withEventLines } from "@/lib/track-api/store/event-text-lines";
import { WEEK_MS } from "@/lib/track-api/store/rollup";
import { datasetKey, migrationsHash, type Dataset } from "./generate";
import { pgDatabaseName, pgUrl, recreateDatabase } from "./postgres";

/** Bumped whenever the loading changes, so loaded databases are loaded again. */
const LOADER_VERSION = 4;
/** The tables copied row for row from the SQLite dataset; the rest is made by the store itself. */
const COPIED = ["transactions", "events", "party_sets"] as const;

/** What a PostgreSQL dataset depends on: the SQLite dataset it is copied from, this loader and PostgreSQL's migrations. */
export const pgDatasetKey = (n: number) =>
  JSON.stringify({
    sqlite: datasetKey(n),
    loader: LOADER_VERSION,
    schema: migrationsHash(path.resolve("lib/track-api/store/migrations/postgres")),
  });

async function meta(url: string, key: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const row = await client.query<{ value: string }>("select value from meta where key = $1", [key]);
    return row.rows[0]?.value;
  } catch {
    // No such database, or not loaded to the end.
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
/** A value in COPY's text format. */
const copyValue = (v: unknown) =>
  v === null || v === undefined
    ? "\\N"
    : typeof v === "string"
      ? v.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c])
      : String(v);

/**
 * A transaction's event texts as PostgreSQL keeps them (transactions.event_text, which SQLite has
 * not): read from SQLite as its events' messages and error codes, then made into lines as ingestion
 * makes them (store/event-text-lines.ts).
 */
const EVENT_TEXTS = `(select group_concat(coalesce(e.message, '') || char(31) || coalesce(e.error_code, ''), char(30))
  from events e where e.tenant_id = transactions.tenant_id and e.tx_seq = transactions.seq) as event_text`;
const eventText = (texts: string | null) =>
  withEventLines(
    null,
    (texts === null ? [] : texts.split("\u001e")).map((text) => {
      const [message, errorCode] = text.split("\u001f");
      return eventTextLine(message || null, errorCode || null);
    }),
  );

/**
 * Streams one table from the SQLite file into PostgreSQL with COPY, in the file's row order (the
 * order the generator loaded them in, as they would have arrived). `shift` adds an offset to the
 * transaction numbers of a tenant.
 */
async function copyTable(
  client: pg.Client,
  sqlite: SQLite.Database,
  table: string,
  columns: string[],
  shift?: { column: string; by: Map<string, number> },
): Promise<number> {
  const tenantAt = columns.indexOf("tenant_id");
  const shiftAt = shift ? columns.indexOf(shift.column) : -1;
  const textAt = table === "transactions" ? columns.indexOf("event_text") : -1;
  const selected = columns.map((c, i) => (i === textAt ? EVENT_TEXTS : c));
  const rows = sqlite.prepare(`select ${selected.join(", ")} from ${table} order by rowid`).raw(true);
  let count = 0;
  async function* lines() {
    let chunk = "";
    for (const row of rows.iterate() as Iterable<unknown[]>) {
      if (shiftAt >= 0) row[shiftAt] = (row[shiftAt] as number) + (shift!.by.get(row[tenantAt] as string) ?? 0);
      if (textAt >= 0) row[textAt] = eventText(row[textAt] as string | null);
      chunk += row.map(copyValue).join("\t") + "\n";
      count++;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`copy ${table} (${columns.join(", ")}) from stdin`)));
  return count;
}

/** The definitions of a table's primary key and indexes, to drop them before a bulk load and make them again after. */
async function indexDefinitions(client: pg.Client, table: string): Promise<{ drop: string; create: string }[]> {
  const keys = await client.query<{ name: string; def: string }>(
    `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where conrelid = $1::regclass and contype = 'p'`,
    [table],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as def from pg_index x join pg_class i on i.oid = x.indexrelid
     where x.indrelid = $1::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
    [table],
  );
  return [
    ...keys.rows.map((k) => ({
      drop: `alter table ${table} drop constraint ${k.name}`,
      create: `alter table ${table} add constraint ${k.name} ${k.def}`,
    })),
    // NOTE: the definition of a partitioned table's index says ON ONLY (the parent alone, left
    // invalid); without it, the index is built on every partition.
    ...indexes.rows.map((i) => ({ drop: `drop index ${i.name}`, create: i.def.replace(" ON ONLY ", " ON ") })),
  ];
}

/**
 * The store on a bench database, for loading it. NOTE: rebuilding the rollups of a million
 * transactions (`rebuildDerived`) is one upsert that runs longer than the store's default statement
 * timeout (15 s, DATABASE_STATEMENT_TIMEOUT_MS), so the loader's own pool gets an hour.
 */
function openLoader(url: string) {
  const timeout = process.env.DATABASE_STATEMENT_TIMEOUT_MS;
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = String(3_600_000);
  try {
    return openDb(url);
  } finally {
    if (timeout === undefined) delete process.env.DATABASE_STATEMENT_TIMEOUT_MS;
    else process.env.DATABASE_STATEMENT_TIMEOUT_MS = timeout;
  }
}

/**
 * Loads the SQLite dataset of `n` transactions into its own PostgreSQL database: the schema by the
 * store's migrations, the demo accounts, then transactions, events and party sets by COPY into
 * tables without keys or indexes (made once at the end, as the SQLite generator does), then the
 * rollups and marks by `rebuildDerived`. Transaction numbers are made unique across tenants, as
 * PostgreSQL's ingestion draws them from one sequence, and the sequence is moved past them.
 */
async function load(source: Dataset, database: string): Promise<void> {
  const started = performance.now();
  let last = started;
  const step = (what: string) => {
    console.log(`[bench] ${database}: ${what} in ${((performance.now() - last) / 1000).toFixed(1)} s`);
    last = performance.now();
  };
  await recreateDatabase(database);
  const url = pgUrl(database);
  const db = openLoader(url);
  const sqlite = new SQLite(source.file, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  try {
    await migrate(db);
    await ensureDemoAccounts(db, source.now);
    const range = sqlite
      .prepare(
        `select min(t) as lo, max(t) as hi from (select received_at as t from transactions union all select occurred_at from events)`,
      )
      .get() as { lo: number; hi: number };
    const weeks: number[] = [];
    for (let t = Math.floor(range.lo / WEEK_MS) * WEEK_MS; t <= range.hi; t += WEEK_MS) weeks.push(t);
    await dialectOf(db).prepareTimes(db, weeks);
    // Each tenant's numbers follow the previous tenant's, in the order the tenants were loaded.
    const lastSeqs = sqlite
      .prepare(
        "select tenant_id as id, max(seq) as last, min(rowid) as first from transactions group by tenant_id order by first",
      )
      .all() as { id: string; last: number }[];
    const offsets = new Map<string, number>();
    let offset = 0;
    for (const t of lastSeqs) {
      offsets.set(t.id, offset);
      offset += t.last;
    }

    await client.connect();
    await client.query("set maintenance_work_mem = '1GB'");
    const indexes = (await Promise.all(["transactions", "events"].map((t) => indexDefinitions(client, t)))).flat();
    for (const index of indexes) await client.query(index.drop);
    for (const table of COPIED) {
      const columns = (
        await client.query<{ c: string }>(
          "select column_name as c from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position",
          [table],
        )
      ).rows.map((r) => r.c);
      const shift = table === "transactions" ? "seq" : table === "events" ? "tx_seq" : undefined;
      await copyTable(client, sqlite, table, columns, shift ? { column: shift, by: offsets } : undefined);
      step(`copy ${table}`);
    }
    for (const index of indexes) await client.query(index.create);
    step("keys and indexes");
    await client.query("select setval('transaction_seq', (select max(seq) from transactions))");
    await rebuildDerived(db);
    step("rollups, marks and event texts");
    // Hint bits and the visibility map (index-only scans), as on a store whose rows have settled.
    await client.query("vacuum (analyze)");
    step("vacuum");
    await sql`insert into meta (key, value) values ('bench-dataset-seconds', ${String((performance.now() - started) / 1000)})`.execute(
      db,
    );
    await sql`insert into meta (key, value) values ('bench-dataset', ${pgDatasetKey(source.n)})`.execute(db);
  } finally {
    sqlite.close();
    await client.end().catch(() => {});
    await db.destroy();
  }
}

/** The PostgreSQL copy of a SQLite bench dataset, loaded when missing or stale; `fresh` when this call loaded it. */
export async function ensurePostgresDataset(source: Dataset): Promise<{ dataset: Dataset; fresh: boolean }> {
  const database = pgDatabaseName(source.n);
  const url = pgUrl(database);
  const fresh = (await meta(url, "bench-dataset")) !== pgDatasetKey(source.n);
  if (fresh) await load(source, database);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (table: string) =>
      (
        await client.query<{ id: string; n: string }>(
          `select tenant_id as id, count(*) as n from ${table} group by tenant_id`,
        )
      ).rows;
    const [transactions, events] = [await count("transactions"), await count("events")];
    const bytes = (await client.query<{ b: string }>("select pg_database_size(current_database()) as b")).rows[0].b;
    return {
      fresh,
      dataset: {
        ...source,
        backend: "postgres",
        url,
        tenants: source.tenants.map(({ id }) => ({
          id,
          transactions: Number(transactions.find((t) => t.id === id)?.n ?? 0),
          events: Number(events.find((t) => t.id === id)?.n ?? 0),
        })),
        loadSeconds: Number((await meta(url, "bench-dataset-seconds")) ?? 0),
        bytes: Number(bytes),
      },
    };
  } finally {
    await client.end();
  }
}
