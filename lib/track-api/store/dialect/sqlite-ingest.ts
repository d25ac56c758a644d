import type SQLite from "better-sqlite3";
import type { Db } from "../connection";
import { COMBO_KEY, DIM_KEY, type RollupDelta } from "../rollup";
import { EVENT_COLUMNS, type EventRow, type TransactionRow } from "../schema";
import { statement } from "./sqlite-statements";
import { writeTransactions } from "./sqlite-write-transactions";
import type { IngestWriter } from "./types";

const INSERT_EVENT = `insert into events (${EVENT_COLUMNS.join(", ")}) values (${EVENT_COLUMNS.map((c) => `@${c}`).join(", ")}) on conflict (tenant_id, tx_seq, id) do nothing`;
const SELECT_TRANSACTION = "select * from transactions where tenant_id = ? and id = ?";
// NOTE: a write (to the tenant's own mark, which keeps its values), so the batch's transaction takes
// the write lock with its first statement: no other process can commit between its reads and its
// writes (SQLite would refuse the later write as a stale snapshot).
const LAST_SEQ =
  "insert into ingest_marks (tenant_id, newest_ingested_at, last_seq) values (?, 0, 0) on conflict (tenant_id) do update set last_seq = last_seq returning last_seq";
const ADVANCE_MARK = `insert into ingest_marks (tenant_id, newest_ingested_at, last_seq, snapshot_at) values (?, ?, ?, ?) on conflict (tenant_id) do update set
  newest_ingested_at = max(newest_ingested_at, excluded.newest_ingested_at), last_seq = max(last_seq, excluded.last_seq),
  snapshot_at = max(snapshot_at + 1, excluded.snapshot_at) returning snapshot_at`;

const upsert = (table: string, key: readonly string[]) =>
  `insert into ${table} (${[...key, "n"].join(", ")}) values (${[...key, "n"].map((c) => `@${c}`).join(", ")}) on conflict (${key.join(", ")}) do update set n = ${table}.n + excluded.n`;
const UPSERT_DIM = upsert("rollup_dims", DIM_KEY);
const UPSERT_COMBO = upsert("rollup_combos", COMBO_KEY);

/**
 * Adds a rollup delta, a prepared upsert per changed row (dialect/sqlite-statements.ts) on the
 * connection of the caller's open transaction.
 */
export function applySqliteRollups(sqlite: SQLite.Database, delta: RollupDelta): void {
  const { dims, combos } = delta.changes();
  const upsertDim = statement(sqlite, UPSERT_DIM);
  for (const row of dims) upsertDim.run(row);
  const upsertCombo = statement(sqlite, UPSERT_COMBO);
  for (const row of combos) upsertCombo.run(row);
}

/**
 * One writer at a time (SQLite's lock, taken by the batch's first statement): prepared statements run
 * row by row on the one connection, which costs less than building a statement of thousands of rows.
 */
export function sqliteIngestWriter(sqlite: SQLite.Database, trx: Db, tenantId: string): IngestWriter {
  let lastSeq = 0;
  return {
    async load(txIds) {
      lastSeq = (statement(sqlite, LAST_SEQ).get(tenantId) as { last_seq: number }).last_seq;
      const select = statement(sqlite, SELECT_TRANSACTION);
      const before = new Map<string, TransactionRow>();
      for (const id of txIds) {
        const row = select.get(tenantId, id) as TransactionRow | undefined;
        if (row) before.set(id, row);
      }
      return before;
    },
    async nextSeqs(count) {
      return Array.from({ length: count }, () => ++lastSeq);
    },
    async insertEvents(rows: EventRow[]) {
      const insert = statement(sqlite, INSERT_EVENT);
      return rows.filter((row) => insert.run(row).changes > 0);
    },
    writeTransactions: (before, rows) => writeTransactions(trx, sqlite, before, rows),
    async advanceMark(newest, last) {
      return (statement(sqlite, ADVANCE_MARK).get(tenantId, newest, last, newest) as { snapshot_at: number })
        .snapshot_at;
    },
  };
}
