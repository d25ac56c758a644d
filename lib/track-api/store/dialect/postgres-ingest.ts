import crypto from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../connection";
import { addEventLines, eventTextLine } from "../event-text-lines";
import { COMBO_KEY, DIM_KEY, type RollupDelta } from "../rollup";
import type { EventRow, TransactionRow } from "../schema";
import { linkEventLines, type Link } from "./postgres-event-lines";
import { insertUnnest, updateUnnest, type ColumnTypes } from "./postgres-unnest";
import type { IngestWriter } from "./types";

const EVENT_TYPES: ColumnTypes<EventRow> = {
  tenant_id: "text",
  id: "text",
  transaction_id: "text",
  tx_seq: "bigint",
  occurred_at: "bigint",
  ingested_at: "bigint",
  type: "text",
  step: "text",
  level: "text",
  message: "text",
  error_code: "text",
  business_status: "text",
  metadata: "text",
};

/** A transaction's row as PostgreSQL stores it: with its event texts (migration 0012). */
type PostgresTransactionRow = TransactionRow & { event_text: string | null };

const TRANSACTION_TYPES: ColumnTypes<PostgresTransactionRow> = {
  tenant_id: "text",
  id: "text",
  document_type: "text",
  document_number: "text",
  direction: "text",
  in_channel: "text",
  out_channel: "text",
  format: "text",
  sender_id: "text",
  sender_name: "text",
  receiver_id: "text",
  receiver_name: "text",
  partner_id: "text",
  partner_name: "text",
  service_profile: "text",
  amount: "double precision",
  currency: "text",
  status: "text",
  status_reason: "text",
  error_type: "text",
  business_status: "text",
  received_at: "bigint",
  updated_at: "bigint",
  delivered_at: "bigint",
  sla_due_at: "bigint",
  attachments: "integer",
  reference: "text",
  search_text: "text",
  search_head: "text",
  party_key: "bigint",
  seq: "bigint",
  ingested_at: "bigint",
  event_text: "text",
};
const TRANSACTION_COLUMNS = Object.keys(TRANSACTION_TYPES) as (keyof PostgresTransactionRow)[];

const DIM_TYPES = Object.fromEntries(
  [...DIM_KEY, "n"].map((c) => [c, c === "span" || c === "start" || c === "n" ? "bigint" : "text"]),
) as Record<string, string>;
const COMBO_TYPES = Object.fromEntries(
  [...COMBO_KEY, "n"].map((c) => [c, c === "span" || c === "start" || c === "n" ? "bigint" : "text"]),
) as Record<string, string>;

/** A transaction's advisory lock key: 64 bits of a hash of tenant and id (a collision only makes two batches wait). */
const lockKey = (tenantId: string, id: string) =>
  crypto.createHash("sha1").update(`${tenantId}\u0000${id}`).digest().readBigInt64BE(0);

/** Rollup rows per upsert: an ingest batch's delta is one statement; a rebuild's million rows are many. */
const ROLLUP_CHUNK = 20_000;

/** Adds a rollup delta: upserts of rows in key order (every writer locks them in that order). */
export async function applyPostgresRollups(trx: Db, delta: RollupDelta): Promise<void> {
  // Several writers at once: every one locks rollup rows in key order, so none waits in a circle.
  const { dims, combos } = delta.changes(true);
  const add = (table: string) =>
    sql`on conflict (${sql.join(
      (table === "rollup_dims" ? DIM_KEY : COMBO_KEY).map((c) => sql.ref(c)),
    )}) do update set n = ${sql.ref(`${table}.n`)} + excluded.n`;
  for (let i = 0; i < dims.length; i += ROLLUP_CHUNK)
    await insertUnnest(trx, "rollup_dims", DIM_TYPES, dims.slice(i, i + ROLLUP_CHUNK), add("rollup_dims"));
  for (let i = 0; i < combos.length; i += ROLLUP_CHUNK)
    await insertUnnest(trx, "rollup_combos", COMBO_TYPES, combos.slice(i, i + ROLLUP_CHUNK), add("rollup_combos"));
}

/**
 * Several writers at once: a batch first takes a transaction-scoped advisory lock per transaction it
 * touches (in key order, so two batches never wait for each other in a circle), then reads those
 * transactions' rows. Two batches with a transaction in common run one after the other; others run
 * side by side, and meet only on shared rows (party sets, the tenant's mark, rollups), which every
 * batch writes in one order, last, and holds until its commit.
 */
export function postgresIngestWriter(trx: Db, tenantId: string): IngestWriter {
  const storedSeqs: number[] = [];
  /** The texts of the events this batch added, by transaction id (transactions.event_text). */
  const addedLines = new Map<string, Set<string>>();
  return {
    async load(txIds) {
      const keys = [...new Set(txIds.map((id) => lockKey(tenantId, id)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      await sql`select count(pg_advisory_xact_lock(k)) from unnest(${keys.map(String)}::bigint[]) as u(k)`.execute(trx);
      const rows = await sql<TransactionRow>`select * from transactions
        where tenant_id = ${tenantId} and id = any(${txIds}::text[])`.execute(trx);
      const before = new Map<string, TransactionRow>();
      for (const row of rows.rows) {
        before.set(row.id, row);
        storedSeqs.push(row.seq);
      }
      return before;
    },
    async nextSeqs(count) {
      if (count === 0) return [];
      const rows = await sql<{
        seq: number;
      }>`select nextval('transaction_seq') as seq from generate_series(1, ${count}::int)`.execute(trx);
      return rows.rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
    },
    async insertEvents(rows) {
      // Events of a transaction are only ever written under its lock, held now: what is stored is final.
      const stored = new Set<string>();
      if (storedSeqs.length) {
        const found = await sql<{ tx_seq: number; id: string }>`select tx_seq, id from events
          where tenant_id = ${tenantId} and tx_seq = any(${storedSeqs}::bigint[])`.execute(trx);
        for (const e of found.rows) stored.add(`${e.tx_seq}\u0000${e.id}`);
      }
      const fresh = rows.filter((r) => !stored.has(`${r.tx_seq}\u0000${r.id}`));
      if (fresh.length) await insertUnnest(trx, "events", EVENT_TYPES, fresh);
      for (const e of fresh) {
        const lines = addedLines.get(e.transaction_id) ?? new Set<string>();
        lines.add(eventTextLine(e.message, e.error_code));
        addedLines.set(e.transaction_id, lines);
      }
      return fresh;
    },
    async writeTransactions(stored, derived) {
      // `load` read the stored rows whole (`select *`), their event texts with them.
      const before = stored as Map<string, PostgresTransactionRow>;
      const links: Link[] = [];
      const rows: PostgresTransactionRow[] = derived.map((r) => {
        const { column, added } = addEventLines(before.get(r.id)?.event_text, addedLines.get(r.id) ?? []);
        for (const line of added) links.push({ line, seq: r.seq });
        return { ...r, event_text: column };
      });
      const inserts = rows.filter((r) => !before.has(r.id));
      // NOTE: PostgreSQL writes a new version of the whole row, and an entry in every index, whichever
      // columns change; so a changed row is written whole, all of them in one statement.
      const updates = rows.filter((r) => {
        const old = before.get(r.id);
        return old && TRANSACTION_COLUMNS.some((c) => old[c] !== r[c]);
      });
      if (inserts.length) await insertUnnest(trx, "transactions", TRANSACTION_TYPES, inserts);
      if (updates.length)
        await updateUnnest(
          trx,
          "transactions",
          TRANSACTION_TYPES,
          updates.map((r) => ({ ...r, old_received_at: before.get(r.id)!.received_at })),
          sql`t.tenant_id = v.tenant_id and t.id = v.id and t.received_at = v.old_received_at`,
        );
      await linkEventLines(trx, tenantId, links);
    },
    async advanceMark(newest, lastSeq) {
      // NOTE: the row lock is held until commit, so batches pass here in commit order and each one's
      // snapshot is after the one committed before it.
      const rows = await sql<{
        snapshot_at: number;
      }>`insert into ingest_marks (tenant_id, newest_ingested_at, last_seq, snapshot_at)
        values (${tenantId}, ${newest}, ${lastSeq}, ${newest})
        on conflict (tenant_id) do update set
          newest_ingested_at = greatest(ingest_marks.newest_ingested_at, excluded.newest_ingested_at),
          last_seq = greatest(ingest_marks.last_seq, excluded.last_seq),
          snapshot_at = greatest(ingest_marks.snapshot_at + 1, excluded.snapshot_at)
        returning snapshot_at`.execute(trx);
      return Number(rows.rows[0].snapshot_at);
    },
  };
}
