import { now as clockNow } from "@/lib/clock";
import { connectionOf, type Db } from "./connection";
import { continueState, deriveState, type DerivableEvent } from "./transaction-state";
import { resolvePartyKeys } from "./party-sets";
import { ROLLUP_SOURCE_COLUMNS, RollupDelta } from "./rollup";
import { statement } from "./statements";
import { rowOfState, stateOfRow } from "./state-to-row";
import { writeTransactions } from "./write-transactions";
import type { EventRow, TransactionRow } from "./schema";
import type { IngestResult, ParsedIngestEvent } from "@/lib/track-api/ingest/schema";

const EVENT_COLUMNS = [
  "tenant_id",
  "id",
  "transaction_id",
  "tx_seq",
  "occurred_at",
  "ingested_at",
  "type",
  "step",
  "level",
  "message",
  "error_code",
  "business_status",
  "metadata",
] as const;
const INSERT_EVENT = `insert into events (${EVENT_COLUMNS.join(", ")}) values (${EVENT_COLUMNS.map((c) => `@${c}`).join(", ")}) on conflict (tenant_id, id) do nothing`;
const SELECT_TRANSACTION = "select * from transactions where tenant_id = ? and id = ?";
// NOTE: a write (to the tenant's own mark, which keeps its values), so the batch's transaction takes
// the write lock with its first statement: no other process can commit between its reads and its
// writes (SQLite would refuse the later write as a stale snapshot).
const LAST_SEQ =
  "insert into ingest_marks (tenant_id, newest_ingested_at, last_seq) values (?, 0, 0) on conflict (tenant_id) do update set last_seq = last_seq returning last_seq";
const ADVANCE_MARK = `insert into ingest_marks (tenant_id, newest_ingested_at, last_seq) values (?, ?, ?) on conflict (tenant_id) do update set
  newest_ingested_at = max(newest_ingested_at, excluded.newest_ingested_at), last_seq = max(last_seq, excluded.last_seq)`;

/** The stored row of one ingested event; `txSeq` is its transaction's number (TransactionRow.seq). */
export function toEventRow(tenantId: string, event: ParsedIngestEvent, ingestedAt: number, txSeq: number): EventRow {
  return {
    tenant_id: tenantId,
    id: event.eventId,
    transaction_id: event.transactionId,
    tx_seq: txSeq,
    occurred_at: Date.parse(event.occurredAt),
    ingested_at: ingestedAt,
    type: event.type,
    step: event.step,
    level: event.level,
    message: event.message ?? null,
    error_code: event.errorCode ?? null,
    business_status: event.businessStatus ?? null,
    metadata: event.transaction ? JSON.stringify(event.transaction) : null,
  };
}

/** Builds the row of transaction number `seq` from all of its stored events. */
export function toTransactionRow(tenantId: string, id: string, seq: number, events: DerivableEvent[]): TransactionRow {
  return rowOfState(tenantId, id, seq, deriveState(events));
}

/**
 * The new rows of the touched transactions. A new transaction is derived from its events in the
 * batch; a stored one is continued from its row with the events the batch added, when they all come
 * after its stored ones (live traffic); the rest are derived again from all of their stored events.
 */
async function deriveRows(
  trx: Db,
  tenantId: string,
  seqs: Map<string, number>,
  before: Map<string, TransactionRow>,
  added: Map<string, EventRow[]>,
): Promise<TransactionRow[]> {
  const rows: TransactionRow[] = [];
  const again: TransactionRow[] = [];
  for (const [id, events] of added) {
    const old = before.get(id);
    // NOTE: a transaction's row is written with its events, in the same database transaction, so a
    // transaction without a row has no stored events but the batch's.
    const state = old ? continueState(stateOfRow(old), events) : deriveState(events);
    if (state) rows.push(rowOfState(tenantId, id, seqs.get(id)!, state));
    else again.push(old!);
  }
  if (again.length === 0) return rows;
  const stored = await trx
    .selectFrom("events")
    .select(["tx_seq", "id", "occurred_at", "type", "level", "message", "error_code", "business_status", "metadata"])
    .where("tenant_id", "=", tenantId)
    .where(
      "tx_seq",
      "in",
      again.map((row) => row.seq),
    )
    .execute();
  const bySeq = new Map<number, DerivableEvent[]>();
  for (const e of stored) {
    const list = bySeq.get(e.tx_seq);
    if (list) list.push(e);
    else bySeq.set(e.tx_seq, [e]);
  }
  for (const row of again) rows.push(toTransactionRow(tenantId, row.id, row.seq, bySeq.get(row.seq) ?? []));
  return rows;
}

/**
 * Appends a batch of events for one tenant and re-derives every transaction they touch, in one
 * database transaction. Idempotent by event id: a replayed batch changes nothing. The rollups move
 * by the difference between each touched transaction's old and new row, in the same transaction.
 * A transaction seen for the first time gets the tenant's next number (`seq`), which its events are
 * stored under.
 */
export async function ingestEvents(
  db: Db,
  tenantId: string,
  events: ParsedIngestEvent[],
  now = clockNow(),
  ingestedAt: (event: ParsedIngestEvent) => number = () => now,
): Promise<IngestResult> {
  const unique = new Map<string, ParsedIngestEvent>();
  for (const event of events) if (!unique.has(event.eventId)) unique.set(event.eventId, event);
  const txIds = [...new Set([...unique.values()].map((e) => e.transactionId))];
  const sqlite = connectionOf(db);

  return db.transaction().execute(async (trx) => {
    // The stored rows of the touched transactions, and every one's number (new ones get the next).
    const before = new Map<string, TransactionRow>();
    const seqs = new Map<string, number>();
    const selectTransaction = statement(sqlite, SELECT_TRANSACTION);
    let lastSeq = (statement(sqlite, LAST_SEQ).get(tenantId) as { last_seq: number }).last_seq;
    for (const id of txIds) {
      const row = selectTransaction.get(tenantId, id) as TransactionRow | undefined;
      if (row) before.set(id, row);
      seqs.set(id, row ? row.seq : ++lastSeq);
    }

    // The events this batch added (not the ones already stored), by transaction.
    const added = new Map<string, EventRow[]>();
    let accepted = 0;
    let newest = -Infinity;
    const insertEvent = statement(sqlite, INSERT_EVENT);
    for (const event of unique.values()) {
      const row = toEventRow(tenantId, event, ingestedAt(event), seqs.get(event.transactionId)!);
      if (insertEvent.run(row).changes === 0) continue;
      accepted++;
      newest = Math.max(newest, row.ingested_at);
      const list = added.get(row.transaction_id);
      if (list) list.push(row);
      else added.set(row.transaction_id, [row]);
    }
    if (accepted === 0) return { accepted, duplicates: events.length, transactions: txIds.length };
    statement(sqlite, ADVANCE_MARK).run(tenantId, newest, lastSeq);

    // A transaction whose events were all stored before is not in `added`: it stays as it is.
    const txRows = await deriveRows(trx, tenantId, seqs, before, added);
    await resolvePartyKeys(trx, tenantId, txRows, before);
    const delta = new RollupDelta();
    for (const row of txRows) {
      const old = before.get(row.id);
      // Most events move only updated_at, which no rollup counts.
      if (old && ROLLUP_SOURCE_COLUMNS.every((c) => old[c] === row[c])) continue;
      if (old) delta.add(old, -1);
      delta.add(row, 1);
    }
    await writeTransactions(trx, sqlite, before, txRows);
    delta.apply(sqlite);
    return { accepted, duplicates: events.length - accepted, transactions: txIds.length };
  });
}
