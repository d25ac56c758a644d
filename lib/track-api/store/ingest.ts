import { now as clockNow } from "@/lib/clock";
import { dialectOf, type Db } from "./connection";
import { continueState, deriveState, type DerivableEvent } from "./transaction-state";
import { resolvePartyKeys } from "./party-sets";
import { ROLLUP_SOURCE_COLUMNS, RollupDelta } from "./rollup";
import { rowOfState, stateOfRow } from "./state-to-row";
import type { EventRow, TransactionRow } from "./schema";
import type { IngestResult, ParsedIngestEvent } from "@/lib/track-api/ingest/schema";

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

/** What identifies an event (the ingest contract): its transaction and its id. */
const eventKey = (event: ParsedIngestEvent) => `${event.transactionId}\u0000${event.eventId}`;

/** The times a batch may store rows at (the backend makes room for them before the batch). */
function* batchTimes(events: Iterable<ParsedIngestEvent>): Generator<number> {
  for (const event of events) {
    yield Date.parse(event.occurredAt);
    if (event.transaction?.receivedAt) yield Date.parse(event.transaction.receivedAt);
  }
}

/**
 * Appends a batch of events for one tenant and re-derives every transaction they touch, in one
 * database transaction. Idempotent by (transaction id, event id): a replayed batch changes nothing.
 * The rollups move by the difference between each touched transaction's old and new row, in the
 * same transaction. A transaction seen for the first time gets the tenant's next number (`seq`),
 * which its events are stored under. Several batches may run at once (PostgreSQL): the backend's
 * writer (store/dialect) keeps them exact.
 */
export async function ingestEvents(
  db: Db,
  tenantId: string,
  events: ParsedIngestEvent[],
  now = clockNow(),
  ingestedAt: (event: ParsedIngestEvent) => number = () => now,
): Promise<IngestResult> {
  const unique = new Map<string, ParsedIngestEvent>();
  for (const event of events) if (!unique.has(eventKey(event))) unique.set(eventKey(event), event);
  const txIds = [...new Set([...unique.values()].map((e) => e.transactionId))];
  const dialect = dialectOf(db);
  await dialect.prepareTimes(db, batchTimes(unique.values()));
  try {
    return await ingestBatch(db, tenantId, unique, txIds, events.length, ingestedAt);
  } catch (error) {
    // Another process dropped room this one had made (an expired week): make it again, once.
    if (!dialect.lostRoom(error)) throw error;
    await dialect.prepareTimes(db, batchTimes(unique.values()));
    return ingestBatch(db, tenantId, unique, txIds, events.length, ingestedAt);
  }
}

/** The database transaction of one batch (ingestEvents). */
function ingestBatch(
  db: Db,
  tenantId: string,
  unique: Map<string, ParsedIngestEvent>,
  txIds: string[],
  received: number,
  ingestedAt: (event: ParsedIngestEvent) => number,
): Promise<IngestResult> {
  const dialect = dialectOf(db);
  return db.transaction().execute(async (trx) => {
    const writer = dialect.ingestWriter(trx, tenantId);
    // The stored rows of the touched transactions, and every one's number (new ones get the next).
    const before = await writer.load(txIds);
    const fresh = txIds.filter((id) => !before.has(id));
    const numbers = await writer.nextSeqs(fresh.length);
    const seqs = new Map<string, number>();
    for (const [id, row] of before) seqs.set(id, row.seq);
    fresh.forEach((id, i) => seqs.set(id, numbers[i]));

    // The events this batch added (not the ones already stored), by transaction.
    const rows = [...unique.values()].map((event) =>
      toEventRow(tenantId, event, ingestedAt(event), seqs.get(event.transactionId)!),
    );
    const inserted = await writer.insertEvents(rows);
    const accepted = inserted.length;
    if (accepted === 0) return { accepted, duplicates: received, transactions: txIds.length };
    const added = new Map<string, EventRow[]>();
    let newest = -Infinity;
    for (const row of inserted) {
      newest = Math.max(newest, row.ingested_at);
      const list = added.get(row.transaction_id);
      if (list) list.push(row);
      else added.set(row.transaction_id, [row]);
    }

    // A transaction whose events were all stored before is not in `added`: it stays as it is.
    const txRows = await deriveRows(trx, tenantId, seqs, before, added);
    await resolvePartyKeys(trx, tenantId, txRows, before);
    // Shared rows last: the tenant's mark (held by concurrent writers until commit), whose snapshot
    // instant stamps the transactions this batch adds, then the rollups. The mark is taken before
    // the transactions are written so that the stamps increase in commit order: whatever a reader saw
    // committed at a mark, exactly the transactions stamped at or before it (the `asOf` filter).
    const snapshot = await writer.advanceMark(newest, Math.max(0, ...seqs.values()));
    for (const row of txRows) row.ingested_at = before.get(row.id)?.ingested_at ?? snapshot;
    const delta = new RollupDelta();
    for (const row of txRows) {
      const old = before.get(row.id);
      // Most events move only updated_at, which no rollup counts.
      if (old && ROLLUP_SOURCE_COLUMNS.every((c) => old[c] === row[c])) continue;
      if (old) delta.add(old, -1);
      delta.add(row, 1);
    }
    await writer.writeTransactions(before, txRows);
    await dialect.applyRollups(trx, delta);
    return { accepted, duplicates: received - accepted, transactions: txIds.length };
  });
}
